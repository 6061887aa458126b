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

    /// What makes two events the same.
    struct Key: Hashable {
        var date: PartialDate
        var actors: [String]
        var sentence: String

        init(_ event: Event) {
            date = event.date
            actors = event.actors.sorted()
            sentence = RepeatedEvents.normalised(event.sentence)
        }
    }

    /// `"Russia, Japan  agree"` → `russia japan agree`: lower case letters and digits, other runs as one space.
    public static func normalised(_ sentence: String) -> String {
        var result = ""
        result.reserveCapacity(sentence.utf8.count)
        var pendingSpace = false
        for character in sentence.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
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
