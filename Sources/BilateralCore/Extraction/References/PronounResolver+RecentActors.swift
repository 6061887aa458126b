/// The persons and the states (organisations counted as their principal) named lately, newest last, each once.
///
/// Kept as two logs of every mention noted: `resolve` notes each mention but asks for the lists only at a
/// pronoun or a pair noun, so the lists are made from the logs when asked rather than kept in order on every note.
struct RecentActors {
    private var persons: [ActorMention] = []
    private var states: [ActorMention] = []

    /// Room for `capacity` notes of each kind (the article's mention count): the logs then never grow step by step.
    init(capacity: Int) {
        persons.reserveCapacity(capacity)
        states.reserveCapacity(capacity)
    }

    /// The latest mention of each actor of `kind` (a person or a state), in the order of those mentions.
    subscript(kind: Actor.Kind) -> [ActorMention] {
        switch kind {
        case .person: Self.latestOfEach(persons)
        case .state: Self.latestOfEach(states)
        default: []
        }
    }

    mutating func note(_ mention: ActorMention, as kind: Actor.Kind) {
        switch kind {
        case .person: persons.append(mention)
        case .state: states.append(mention)
        default: break
        }
    }

    private static func latestOfEach(_ log: [ActorMention]) -> [ActorMention] {
        var latest: [ActorMention] = []
        for entry in log.reversed() where !latest.contains(where: { $0.actorNumber == entry.actorNumber }) {
            latest.append(entry)
        }
        latest.reverse()
        return latest
    }
}
