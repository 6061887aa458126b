import Foundation

/// Events that repeat one another, so the timeline shows each once with a count (`×3`).
///
/// Two events repeat one another when they have the same date, the same actors (in any order)
/// and the same sentence once normalised: lower case, letters and digits only, every run of
/// anything else (spaces, punctuation, quotes, dashes) read as one space. That takes in wire
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
        for event in model.events {
            let key = Key(event)
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

    /// What makes two events the same: the date, the actors in any order, and the normalised
    /// sentence, the last two as 64-bit hashes (a slip between two different sentences is about
    /// one in 10^19 per pair), worked out without building a string per event.
    struct Key: Hashable {
        var date: PartialDate
        var actors: Int
        var sentence: Int

        init(_ event: Event) {
            date = event.date
            // Order-free: the sum of each actor's hash.
            actors = event.actors.reduce(0) { $0 &+ $1.hashValue }
            sentence = RepeatedEvents.normalisedHash(event.sentenceSlice.substring.unicodeScalars)
        }
    }

    /// The hash of `normalised(text)`, read scalar by scalar.
    static func normalisedHash(_ scalars: Substring.UnicodeScalarView) -> Int {
        var hasher = Hasher()
        var pendingSpace = false
        var started = false
        for scalar in scalars {
            guard let kept = wordScalar(scalar) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, started { hasher.combine(UInt32(0x20)) }
            pendingSpace = false
            started = true
            switch kept {
            case .one(let value): hasher.combine(value.value)
            case .several(let values): for value in values { hasher.combine(value.value) }
            }
        }
        return hasher.finalize()
    }

    /// A scalar of a word, lower-cased (a few lower-case to more than one scalar).
    private enum WordScalar {
        case one(Unicode.Scalar)
        case several(String.UnicodeScalarView)
    }

    /// A letter or digit, lower-cased; nil for anything else.
    private static func wordScalar(_ scalar: Unicode.Scalar) -> WordScalar? {
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: return .one(scalar)
            case 0x41...0x5A: return .one(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            default: return nil
            }
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        return properties.changesWhenLowercased ? .several(properties.lowercaseMapping.unicodeScalars) : .one(scalar)
    }

    /// `"Russia, Japan  agree"` → `russia japan agree`: lower case letters and digits, other runs as one space.
    public static func normalised(_ sentence: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in sentence.unicodeScalars {
            guard let kept = wordScalar(scalar) else {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            switch kept {
            case .one(let value): result.append(value)
            case .several(let values): result.append(contentsOf: values)
            }
        }
        return String(result)
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
