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

    /// The person named most often so far who acts for `principal` (ties to the latest), leaving out `excluded`:
    /// the leader a side of the article's pair is represented by.
    func mostNamedPerson(actingFor principal: UInt32, excluding excluded: [UInt32]) -> ActorMention? {
        var counts: [(mention: ActorMention, count: Int)] = []
        for entry in persons where entry.principalNumber == principal && !excluded.contains(entry.actorNumber) {
            if let index = counts.firstIndex(where: { $0.mention.actorNumber == entry.actorNumber }) {
                counts[index] = (entry, counts[index].count + 1)
            } else {
                counts.append((entry, 1))
            }
        }
        // Ties go to the person first named: the article introduces its pair's leaders before their aides.
        var best: (mention: ActorMention, count: Int)?
        for candidate in counts where candidate.count > (best?.count ?? 0) { best = candidate }
        return best?.mention
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
