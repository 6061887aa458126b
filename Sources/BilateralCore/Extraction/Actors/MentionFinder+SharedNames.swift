/// Names two or more actors share ("Congo" for both Congos): the article decides which is meant by the one it names
/// otherwise ("Kinshasa", "DRC", "Brazzaville"); with several named, the one named most often (an article on the North
/// that lists "the Republic of Korea" once among the parties still means the North by "Korea"); with a tie or none
/// named, the first entry that claims the name.
///
/// | pattern | resolves to | look-alike kept |
/// |---|---|---|
/// | "Congo … Brazzaville …" | COG | "Congo … Kinshasa …" is COD |
/// | "Congo" alone | the first claimer in actors.json (COD) | |
/// | "North Korea" ×3, "the Republic of Korea" ×1, "Korea" | PRK | "Seoul" ×2, "Pyongyang" ×1, "Korea" is KOR |
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
    /// Gives each mention of a shared name the claimer the article names most often by another name (the first such
    /// in the gazetteer's order on a tie), else the first claimer.
    func resolveSharedNames(_ found: inout [[ActorMention]], tokens: [[Token]]) {
        let shared = index.sharedNames
        guard !shared.isEmpty else { return }
        let claimers = index.sharedClaimers
        func phrase(of mention: ActorMention, in sentence: [Token]) -> String? {
            guard claimers.contains(mention.actorNumber), mention.tokens.upperBound <= sentence.count else { return nil }
            return sentence[mention.tokens].map(\.text).joined(separator: " ")
        }
        // How often the article names each actor by a name of its own.
        var named: [UInt32: Int] = [:]
        for (number, mentions) in found.enumerated() {
            for mention in mentions where phrase(of: mention, in: tokens[number]).flatMap({ shared[$0] }) == nil {
                named[mention.actorNumber, default: 0] += 1
            }
        }
        func mostNamed(_ candidates: [MentionIndex.Claimer]) -> MentionIndex.Claimer? {
            var best: MentionIndex.Claimer?
            var bestCount = 0
            for candidate in candidates {
                let count = named[candidate.actorNumber] ?? 0
                if count > bestCount { best = candidate; bestCount = count }
            }
            return best
        }
        for number in found.indices {
            for slot in found[number].indices {
                guard let text = phrase(of: found[number][slot], in: tokens[number]), let candidates = shared[text],
                      let chosen = mostNamed(candidates) ?? candidates.first else { continue }
                found[number][slot].actorNumber = chosen.actorNumber
                found[number][slot].kind = chosen.kind
                found[number][slot].principalNumber = chosen.principalNumber
            }
        }
    }
}
