import Foundation

/// Events that repeat one another, so the timeline shows each once with a count (`×3`).
///
/// Two events repeat one another when they have the same date, the same actors (in any order)
/// and the same sentence once normalised: letters (ASCII ones lower-cased) and digits only, every
/// run of anything else (spaces, punctuation, curly quotes, dashes, CJK stops) read as one space. That takes in wire
/// copies of one report and a sentence quoted twice with different quote marks or spacing, and
/// nothing that says something else. Events carry no type beyond their sentence, so the
/// sentence stands for it.
public struct RepeatedEvents: Sendable, Equatable {
    /// Per event of the model, the number of its group: events with one number repeat one another.
    public let group: [Int32]
    /// How many groups there are (group numbers are `0..<groupCount`).
    public let groupCount: Int

    public init(model: CorpusModel) {
        var groups: [Key: Int32] = [:]
        var group = [Int32]()
        group.reserveCapacity(model.events.count)
        // Actor lists are shared numbers; each list's order-free hash is worked out once.
        var actorHashes: [UInt32: Int] = [:]
        for event in model.events {
            let list = event.actorListNumber
            let actors: Int
            if let known = actorHashes[list] {
                actors = known
            } else {
                actors = event.actors.reduce(0) { $0 &+ $1.hashValue }
                actorHashes[list] = actors
            }
            let key = Key(date: event.date, actors: actors, sentence: Self.normalisedHash(event.sentenceSlice.substring))
            if let known = groups[key] {
                group.append(known)
            } else {
                let number = Int32(clamping: groups.count)
                groups[key] = number
                group.append(number)
            }
        }
        self.group = group
        groupCount = groups.count
    }

    /// What makes two events the same: the date, the actors in any order (the sum of their hashes),
    /// and the normalised sentence as a 64-bit hash (two different sentences meet by chance about
    /// once in 10^19 pairs), worked out from the sentence's bytes without building a string.
    struct Key: Hashable {
        var date: PartialDate
        var actors: Int
        var sentence: Int
    }

    /// The hash of `normalised(text)`.
    static func normalisedHash(_ text: Substring) -> Int {
        var hasher = Hasher()
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEachNormalisedByte(bytes) { hasher.combine($0) }
        }
        if done == nil { forEachNormalisedByte(Array(text.utf8)) { hasher.combine($0) } }
        return hasher.finalize()
    }

    /// `"Russia, Japan  agree"` → `russia japan agree`: lower-case letters and digits, every other run as one space.
    public static func normalised(_ sentence: String) -> String {
        var bytes: [UInt8] = []
        forEachNormalisedByte(Array(sentence.utf8)) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes of the normalised text: ASCII letters lower-cased, ASCII digits, and every other
    /// character but punctuation and spaces (letters of other scripts kept as they are); a run of
    /// anything else between two words is one space.
    private static func forEachNormalisedByte<Bytes: Collection>(_ bytes: Bytes, _ emit: (UInt8) -> Void) where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        var pendingSpace = false
        var started = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(index + length, bytes.endIndex)
            let isWord: Bool
            if length == 1 {
                isWord = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            } else {
                isWord = !isPunctuationOrSpace(bytes, from: index, length: end - index)
            }
            if isWord {
                if pendingSpace, started { emit(0x20) }
                pendingSpace = false
                started = true
                if length == 1 {
                    emit(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    for position in index..<end { emit(bytes[position]) }
                }
            } else {
                pendingSpace = true
            }
            index = end
        }
    }

    /// The non-ASCII characters wire copies differ by: no-break and other spaces, curly quotes,
    /// dashes, ellipses, guillemets, CJK commas, stops and brackets.
    private static func isPunctuationOrSpace<Bytes: Collection>(_ bytes: Bytes, from index: Int, length: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var scalar: UInt32 = 0
        let lead = bytes[index]
        switch length {
        case 2: scalar = UInt32(lead & 0x1F)
        case 3: scalar = UInt32(lead & 0x0F)
        case 4: scalar = UInt32(lead & 0x07)
        default: return false
        }
        for position in (index + 1)..<(index + length) { scalar = scalar << 6 | UInt32(bytes[position] & 0x3F) }
        switch scalar {
        case 0x00A0...0x00BF: return true      // no-break space, «, », ¡, ¿, ·, section signs
        case 0x2000...0x206F: return true      // spaces, dashes, quotes, ellipsis, bullets
        case 0x3000...0x303F: return true      // CJK space, commas, stops, brackets
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20: return true  // full-width punctuation
        default: return false
        }
    }
}

/// The groups of one model, worked out the first time a timeline needs them (shared by copies of its index).
final class RepeatedEventsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: RepeatedEvents?

    func groups(of model: CorpusModel) -> RepeatedEvents {
        lock.lock()
        defer { lock.unlock() }
        if let computed, computed.group.count == model.events.count { return computed }
        let groups = RepeatedEvents(model: model)
        computed = groups
        return groups
    }
}
