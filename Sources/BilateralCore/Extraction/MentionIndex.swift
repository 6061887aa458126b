/// The gazetteer's names as token sequences, keyed by their first token, built once.
struct MentionIndex: Sendable {
    /// How a name names its actor; it decides how sure a match is and how roles resolve.
    enum Source: Sendable, Equatable {
        case alias, adjective, metonym, title, surname
    }

    struct Pattern: Sendable {
        var tokens: [String]
        var actor: String
        var source: Source
        /// The letters of a one-word name, for typo tolerance.
        var letters: [Character] = []
    }

    /// Patterns by first token, longest first.
    private(set) var byFirstToken: [String: [Pattern]] = [:]
    /// Person ids by surname, as written.
    private(set) var surnames: [String: [String]] = [:]
    /// Single-word names of six letters or more by first letter, for typo tolerance.
    private(set) var typoCandidates: [Character: [Pattern]] = [:]
    private var firstTokenFilter = KeyFilter([])

    init(gazetteer: Gazetteer) {
        let tokenizer = Tokenizer()
        for entry in gazetteer.entries {
            let groups: [([String], Source)] = [
                ([entry.name] + entry.aliases, .alias), (entry.adjectives, .adjective),
                (entry.metonyms, .metonym), (entry.titles, .title),
            ]
            for (phrases, source) in groups {
                for phrase in phrases {
                    let tokens = tokenizer.tokens(of: phrase).map(\.text)
                    guard let first = tokens.first else { continue }
                    add(Pattern(tokens: tokens, actor: entry.id, source: source), key: first)
                }
            }
            for surname in entry.surnames {
                surnames[surname, default: []].append(entry.id)
                if surname.count >= 6 {
                    typoCandidates[surname.first ?? " ", default: []].append(
                        Pattern(tokens: [surname], actor: entry.id, source: .surname, letters: Array(surname)))
                }
            }
        }
        for key in byFirstToken.keys {
            byFirstToken[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
        firstTokenFilter = KeyFilter(byFirstToken.keys)
    }

    private mutating func add(_ pattern: Pattern, key: String) {
        byFirstToken[key, default: []].append(pattern)
        // A name written in lower case ("the Kremlin") may open a sentence capitalised.
        if let first = key.first, first.isLowercase {
            byFirstToken[first.uppercased() + key.dropFirst(), default: []].append(pattern)
        }
        if pattern.tokens.count == 1, key.count >= 6, let first = key.first, first.isUppercase,
           key.allSatisfy(\.isLetter), pattern.source != .title {
            var candidate = pattern
            candidate.letters = Array(key)
            typoCandidates[first, default: []].append(candidate)
        }
    }

    /// The longest pattern matching `tokens` at `index`, and how many tokens it covers.
    func longestMatch(in tokens: [Token], at index: Int) -> Pattern? {
        let text = tokens[index].text
        guard tokens[index].kind == .word, firstTokenFilter.mayContain(text), let candidates = byFirstToken[text] else { return nil }
        for pattern in candidates where index + pattern.tokens.count <= tokens.count {
            var matches = true
            for offset in 1..<max(1, pattern.tokens.count) where tokens[index + offset].text != pattern.tokens[offset] {
                matches = false
                break
            }
            if matches { return pattern }
        }
        return nil
    }

    /// A single-word name `word` misspells by one edit (same first letter, six letters or more).
    func typoMatch(for word: String) -> Pattern? {
        let size = word.utf8.count
        guard size >= 5, let first = word.first, let candidates = typoCandidates[first],
              candidates.contains(where: { abs($0.letters.count - size) <= 1 }) else { return nil }
        let letters = Array(word)
        return candidates.first { pattern in
            abs(pattern.letters.count - letters.count) <= 1 && Self.withinOneEdit(letters, pattern.letters)
        }
    }

    /// True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return false }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        let restA = a[prefix...], restB = b[prefix...]
        if a.count == b.count {
            if restA.dropFirst().elementsEqual(restB.dropFirst()) { return true }
            return restA.count >= 2 && restA.first == restB.dropFirst().first && restB.first == restA.dropFirst().first
                && restA.dropFirst(2).elementsEqual(restB.dropFirst(2))
        }
        return a.count > b.count ? restA.dropFirst().elementsEqual(restB) : restB.dropFirst().elementsEqual(restA)
    }
}
