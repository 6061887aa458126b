/// Names two or more actors share ("Congo" for both Congos): the article decides which is meant by the one it names
/// otherwise ("Kinshasa", "DRC", "Brazzaville"); with neither or both named, the first entry that claims the name.
///
/// | pattern | resolves to | look-alike kept |
/// |---|---|---|
/// | "Congo … Brazzaville …" | COG | "Congo … Kinshasa …" is COD |
/// | "Congo" alone | the first claimer in actors.json (COD) | |
extension MentionIndex {
    /// One actor that claims a shared name, described as the index describes its patterns.
    struct Claimer: Sendable, Equatable {
        var actorNumber: UInt32
        var kind: Actor.Kind
        var principalNumber: UInt32
    }

    /// The names (aliases and metonyms, as written) that more than one entry claims, with their claimers in the
    /// gazetteer's order.
    static func sharedNames(in claims: [(phrase: String, claimer: Claimer)]) -> [String: [Claimer]] {
        var byPhrase: [String: [Claimer]] = [:]
        for (phrase, claimer) in claims where !(byPhrase[phrase]?.contains { $0.actorNumber == claimer.actorNumber } ?? false) {
            byPhrase[phrase, default: []].append(claimer)
        }
        return byPhrase.filter { $0.value.count > 1 }
    }
}

extension MentionFinder {
    /// Gives each mention of a shared name the claimer the article names by another name (the first such in the
    /// gazetteer's order), else the first claimer.
    func resolveSharedNames(_ found: inout [[ActorMention]], tokens: [[Token]]) {
        let shared = index.sharedNames
        guard !shared.isEmpty else { return }
        let claimers = index.sharedClaimers
        func phrase(of mention: ActorMention, in sentence: [Token]) -> String? {
            guard claimers.contains(mention.actorNumber), mention.tokens.upperBound <= sentence.count else { return nil }
            return sentence[mention.tokens].map(\.text).joined(separator: " ")
        }
        // The actors the article names by a name of their own.
        var named: [UInt32] = []
        for (number, mentions) in found.enumerated() {
            for mention in mentions where phrase(of: mention, in: tokens[number]).flatMap({ shared[$0] }) == nil {
                if !named.contains(mention.actorNumber) { named.append(mention.actorNumber) }
            }
        }
        for number in found.indices {
            for slot in found[number].indices {
                guard let text = phrase(of: found[number][slot], in: tokens[number]), let candidates = shared[text],
                      let chosen = candidates.first(where: { named.contains($0.actorNumber) }) ?? candidates.first else { continue }
                found[number][slot].actorNumber = chosen.actorNumber
                found[number][slot].kind = chosen.kind
                found[number][slot].principalNumber = chosen.principalNumber
            }
        }
    }
}
