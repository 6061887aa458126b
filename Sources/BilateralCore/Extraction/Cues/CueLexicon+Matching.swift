/// Finding the cues of a sentence: one table probe per word, the longest cue first, a noun or a verb reading.
extension CueLexicon {
    /// Words after which a form that is both noun and verb is a verb ("to sanction", "will attack").
    static let verbContext: WordSet = [
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "n't",
        "he", "she", "they", "we", "i", "it", "who", "also", "then", "later", "jointly", "openly", "strongly",
        "longer", "still", "now", "never", "often", "already", "again", "once", "soon", "cannot",
    ]

    /// Picks the noun or the verb reading of a form that is both ("sanctions", "visit", "attack"), as an index
    /// into `candidates`.
    private func reading(of choices: [Int], in candidates: [Cue], after previous: Token?) -> Int? {
        let wantsVerb = previous.map { Self.verbContext.contains(lower: $0) || $0.lower.endsWithASCII("ly") } ?? false
        return choices.first { (candidates[$0].role == .verb) == wantsVerb } ?? choices.first
    }

    /// True when some cue begins with `word` (lower case).
    @inline(__always)
    func startsCue(_ token: borrowing Token) -> Bool {
        byFirstWord.index(of: token.lower, hash: token.lowerHash) != nil
    }

    /// Every cue in `tokens`, longest first where they overlap, as (cue, token range).
    func cues(in tokens: [Token]) -> [(cue: Cue, tokens: Range<Int>)] {
        var found: [(cue: Cue, tokens: Range<Int>)] = []
        var separatedParticles = Set<Int>()
        var index = 0
        let filter = firstWordFilter
        while index < tokens.count {
            guard tokens[index].kind == .word, filter.mayContain(tokens[index].lowerHash),
                  let candidates = byFirstWord[lower: tokens[index]] else {
                index += 1
                continue
            }
            // The longest cues matching here, without copying the others: candidates run longest first, so those
            // sit together after the first match.
            func matches(_ cue: Int) -> Bool {
                let words = candidates[cue].words
                guard index + words.count <= tokens.count else { return false }
                for offset in 1..<max(1, words.count) where tokens[index + offset].lower != words[offset] {
                    return false
                }
                return true
            }
            var longest: Range<Int>?
            var several = false
            for cue in candidates.indices {
                if let found = longest {
                    guard candidates[cue].words.count == candidates[found.lowerBound].words.count else { break }
                    if matches(cue) { several = true }
                    longest = found.lowerBound..<cue + 1
                } else if matches(cue) {
                    longest = cue..<cue + 1
                }
            }
            // An index until the cue is stored: each copy of a cue retains its words, lemma and category.
            let match: Int?
            if let longest, several {
                match = reading(of: longest.filter(matches), in: candidates, after: index > 0 ? tokens[index - 1] : nil)
            } else {
                match = longest?.lowerBound
            }
            // "stood firmly behind", "stands squarely with": a manner adverb inside a phrasal verb cue.
            if match.map({ candidates[$0].words.count < 2 }) ?? true, index + 2 < tokens.count, tokens[index + 1].kind == .word,
               tokens[index + 1].lower.endsWithASCII("ly"), let split = adverbSplit(candidates, at: index, in: tokens) {
                found.append((candidates[split], index..<index + candidates[split].words.count + 1))
                index += candidates[split].words.count + 1
            } else if match.map({ candidates[$0].words.count < 2 }) ?? true, separableHeads.contains(lower: tokens[index]),
               let (split, particle) = separated(candidates, at: index, in: tokens) {
                // "brushed the complaint aside": the head stands for the cue, the object stays in between.
                found.append((split, index..<index + 1))
                separatedParticles.insert(particle)
                index += 1
            } else if separatedParticles.contains(index) {
                index += 1
            } else if let match {
                // Most sentences hold a few cues: room for them at once, rather than growing the list one by one.
                if found.isEmpty { found.reserveCapacity(8) }
                let length = candidates[match].words.count
                found.append((candidates[match], index..<index + length))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }
}

extension CueLexicon {
    /// The longest verb cue of several words that matches with the adverb at `index + 1` left out.
    fileprivate func adverbSplit(_ candidates: [Cue], at index: Int, in tokens: [Token]) -> Int? {
        candidates.indices.first { cue in
            let words = candidates[cue].words
            guard candidates[cue].role == .verb, words.count >= 2, index + words.count + 1 <= tokens.count else { return false }
            return (1..<words.count).allSatisfy { tokens[index + 1 + $0].lower == words[$0] }
        }
    }

    /// Particles a phrasal verb may leave after its object ("waved the protest off").
    static let particles: Set<String> = ["aside", "off", "down", "back", "away"]

    /// A two-word verb cue whose particle follows a short object of plain words, and the particle's index.
    /// A two-word verb cue whose second word is a particle.
    static func isSeparable(_ cue: Cue) -> Bool {
        cue.role == .verb && cue.words.count == 2 && particles.contains(cue.words[1])
    }

    fileprivate func separated(_ candidates: [Cue], at index: Int, in tokens: [Token]) -> (Cue, Int)? {
        for cue in candidates where Self.isSeparable(cue) {
            var next = index + 1
            while next < tokens.count, next - index <= 5 {
                let token = tokens[next]
                if token.lower == cue.words[1] { return next > index + 1 ? (cue, next) : nil }
                guard token.kind == .word || token.kind == .possessive, !["and", "or", "but", "to", "that"].contains(token.lower),
                      !auxiliaries.contains(token.lower) else { break }
                next += 1
            }
        }
        return nil
    }
}
