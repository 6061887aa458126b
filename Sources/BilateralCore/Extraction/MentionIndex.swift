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
        /// `actor`'s shared number, taken once here rather than per mention.
        var actorNumber: UInt32
        /// The letters of a one-word name, for typo tolerance.
        var letters: [Character] = []
        /// The same letters as bytes when the name is ASCII: comparing bytes is much cheaper than Characters.
        var asciiLetters: [UInt8]?
        /// The actor's kind and principal as `MentionFinder` describes a mention of it, looked up once here.
        var kind: Actor.Kind = .state
        var principal = ""
        var principalNumber = ActorMention.noPrincipal

        init(tokens: [String], actor: String, source: Source) {
            self.tokens = tokens
            self.actor = actor
            self.source = source
            self.actorNumber = SharedStrings.number(of: actor)
        }

        /// This pattern, set up for typo matching against `name`.
        func spelled(_ name: String) -> Pattern {
            var pattern = self
            pattern.letters = Array(name)
            pattern.asciiLetters = name.utf8.allSatisfy { $0 < 0x80 } ? Array(name.utf8) : nil
            return pattern
        }
    }

    /// Patterns by first token, longest first.
    private(set) var byFirstToken: [String: [Pattern]] = [:]
    /// Person ids by surname, as written.
    private(set) var surnames: [String: [String]] = [:]
    /// Single-word names of six letters or more by first letter, for typo tolerance.
    private(set) var typoCandidates: [Character: [Pattern]] = [:]
    /// The same candidates for names that open with an ASCII letter, by that byte.
    private var asciiTypoCandidates = [[Pattern]](repeating: [], count: 128)
    /// Where each of those candidates' letters sit in `typoBytes` (read in place, no array per name).
    private var asciiTypoSpans = [[TypoSpan]](repeating: [], count: 128)
    private var typoBytes: [UInt8] = []

    private struct TypoSpan: Sendable {
        var start: Int32
        var count: Int32
        var isASCII: Bool
    }
    /// The names that open with one token, split so a lookup tries only those whose second word is the next token.
    private struct NamesByFirstToken: Sendable {
        /// Names of two words or more by their second token, longest first.
        var bySecondToken = CaseTable<[Pattern]>()
        /// One-word names.
        var oneWord: [Pattern] = []
    }

    /// `byFirstToken` regrouped for `longestMatch`: one table probe per token instead of a scan of every name.
    private var namesByFirstToken = CaseTable<NamesByFirstToken>()
    /// The lower-case hashes of those first tokens, for `mayStartName`.
    private var firstTokens = HashFilter([])
    /// The shared numbers of the person ids by surname.
    private var surnameTable = CaseTable<[UInt32]>()

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
                    var pattern = Pattern(tokens: tokens, actor: entry.id, source: source)
                    let described = gazetteer.entry(entry.id)
                    pattern.kind = described?.kind ?? .state
                    pattern.principal = described?.principal ?? entry.id
                    pattern.principalNumber = SharedStrings.number(of: pattern.principal)
                    add(pattern, key: first)
                }
            }
            for surname in entry.surnames {
                surnames[surname, default: []].append(entry.id)
                if surname.count >= 6 {
                    typoCandidates[surname.first ?? " ", default: []].append(
                        Pattern(tokens: [surname], actor: entry.id, source: .surname).spelled(surname))
                }
            }
        }
        for key in byFirstToken.keys {
            byFirstToken[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
        var names: [String: NamesByFirstToken] = [:]
        for (key, patterns) in byFirstToken {
            var bySecondToken: [String: [Pattern]] = [:]
            var secondOrder: [String] = []
            for pattern in patterns {
                if pattern.tokens.count >= 2 {
                    if bySecondToken[pattern.tokens[1]] == nil { secondOrder.append(pattern.tokens[1]) }
                    bySecondToken[pattern.tokens[1], default: []].append(pattern)
                } else {
                    names[key, default: NamesByFirstToken()].oneWord.append(pattern)
                }
            }
            names[key, default: NamesByFirstToken()].bySecondToken = CaseTable(secondOrder.map { ($0, bySecondToken[$0] ?? []) })
        }
        namesByFirstToken = CaseTable(names.map { ($0.key, $0.value) })
        firstTokens = HashFilter(names.keys.map { WordHash.of($0.lowercased()) })
        surnameTable = CaseTable(surnames.map { ($0.key, $0.value.map(SharedStrings.number(of:))) })
        for (first, candidates) in typoCandidates {
            // A one-scalar ASCII Character is that byte; anything else keeps the Character lookup.
            guard first.unicodeScalars.count == 1, let scalar = first.unicodeScalars.first, scalar.isASCII else { continue }
            asciiTypoCandidates[Int(scalar.value)] = candidates
            asciiTypoSpans[Int(scalar.value)] = candidates.map { pattern in
                let letters = pattern.asciiLetters ?? []
                defer { typoBytes += letters }
                return TypoSpan(start: Int32(typoBytes.count), count: Int32(letters.count), isASCII: pattern.asciiLetters != nil)
            }
        }
    }

    /// The shared numbers of the person ids whose surname is the token as written.
    func surnamePeople(for token: Token) -> [UInt32]? {
        surnameTable[token]
    }

    /// False when no gazetteer name opens with the token in any case: most words, turned away without a lookup.
    @inline(__always)
    func mayStartName(_ token: borrowing Token) -> Bool {
        firstTokens.mayContain(token.lowerHash)
    }

    /// True when some gazetteer name opens with the token as written.
    func startsName(_ token: Token) -> Bool {
        namesByFirstToken[token] != nil
    }

    private mutating func add(_ pattern: Pattern, key: String) {
        byFirstToken[key, default: []].append(pattern)
        // A name written in lower case ("the Kremlin") may open a sentence capitalised.
        if let first = key.first, first.isLowercase {
            byFirstToken[first.uppercased() + key.dropFirst(), default: []].append(pattern)
        }
        if pattern.tokens.count == 1, key.count >= 6, let first = key.first, first.isUppercase,
           key.allSatisfy(\.isLetter), pattern.source != .title {
            typoCandidates[first, default: []].append(pattern.spelled(key))
        }
    }

    /// The longest pattern matching `tokens` at `index`, and how many tokens it covers.
    func longestMatch(in tokens: [Token], at index: Int) -> Pattern? {
        guard tokens[index].kind == .word, let names = namesByFirstToken[tokens[index]] else { return nil }
        // Longer names first (the order of `byFirstToken`), then one-word names.
        if index + 1 < tokens.count, !names.bySecondToken.isEmpty, let longer = names.bySecondToken[tokens[index + 1]] {
            for pattern in longer where index + pattern.tokens.count <= tokens.count {
                var matches = true
                for offset in 2..<max(2, pattern.tokens.count) where tokens[index + offset].text != pattern.tokens[offset] {
                    matches = false
                    break
                }
                if matches { return pattern }
            }
        }
        return names.oneWord.first
    }

    /// A single-word name `word` misspells by one edit (same first letter, six letters or more).
    func typoMatch(for word: String) -> Pattern? {
        let size = word.utf8.count
        guard size >= 5 else { return nil }
        var word = word
        if let fast = word.withUTF8({ bytes in asciiTypoMatch(for: bytes) }) { return fast }
        guard let first = word.first, let candidates = typoCandidates[first],
              candidates.contains(where: { abs($0.letters.count - size) <= 1 }) else { return nil }
        let bytes = Array(word.utf8)
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        // ASCII against ASCII compares bytes (one byte is one Character then); anything else compares Characters.
        let needsCharacters = !isASCII || candidates.contains { $0.asciiLetters == nil }
        let letters = needsCharacters ? Array(word) : []
        return candidates.first { pattern in
            if isASCII, let patternBytes = pattern.asciiLetters {
                return abs(patternBytes.count - bytes.count) <= 1 && Self.withinOneEdit(bytes, patternBytes)
            }
            return abs(pattern.letters.count - letters.count) <= 1 && Self.withinOneEdit(letters, pattern.letters)
        }
    }

    /// `typoMatch` for an ASCII word: `.some(nil)` when no name matches, nil when the word is not ASCII.
    private func asciiTypoMatch(for bytes: UnsafeBufferPointer<UInt8>) -> Pattern?? {
        guard bytes[0] < 0x80, Tokenizer.isASCII(bytes) else { return nil }
        let spans = asciiTypoSpans[Int(bytes[0])]
        guard !spans.isEmpty else { return .some(nil) }
        let found = typoBytes.withUnsafeBufferPointer { all -> Int? in
            for (number, span) in spans.enumerated() {
                guard span.isASCII else {
                    // A name with other letters compares Characters; an ASCII word's Characters are its bytes.
                    let pattern = asciiTypoCandidates[Int(bytes[0])][number]
                    let letters = bytes.map { Character(Unicode.Scalar($0)) }
                    if abs(pattern.letters.count - letters.count) <= 1 && Self.withinOneEdit(letters, pattern.letters) { return number }
                    continue
                }
                guard abs(Int(span.count) - bytes.count) <= 1 else { continue }
                let name = UnsafeBufferPointer(rebasing: all[Int(span.start)..<Int(span.start) + Int(span.count)])
                if Self.withinOneEdit(bytes, name) { return number }
            }
            return nil
        }
        return .some(found.map { asciiTypoCandidates[Int(bytes[0])][$0] })
    }

    /// `withinOneEdit` on bytes in place.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        if a.count == b.count {
            if prefix == a.count { return false }
            if Self.same(a, prefix + 1, b, prefix + 1) { return true }
            return a.count - prefix >= 2 && a[prefix] == b[prefix + 1] && b[prefix] == a[prefix + 1] && Self.same(a, prefix + 2, b, prefix + 2)
        }
        return a.count > b.count ? Self.same(a, prefix + 1, b, prefix) : Self.same(b, prefix + 1, a, prefix)
    }

    /// True when `a` from `i` and `b` from `j` hold the same bytes to their ends.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard a.count - i == b.count - j else { return false }
        var i = i, j = j
        while i < a.count {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Bool {
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
