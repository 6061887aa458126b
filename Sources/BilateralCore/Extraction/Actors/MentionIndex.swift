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

    /// Patterns by first token, longest first; and person ids by surname, as written. Used while the index is
    /// built, then emptied: `namesByFirstToken` and `surnameTable` hold the same and are what lookups read.
    private var byFirstToken: [String: [Pattern]] = [:]
    private var surnames: [String: [String]] = [:]
    /// Single-word names of six letters or more by first letter, for typo tolerance.
    private(set) var typoCandidates: [Character: [Pattern]] = [:]
    /// The same candidates for names that open with an ASCII letter, by that byte.
    private(set) var asciiTypoCandidates = [[Pattern]](repeating: [], count: 128)
    /// Where each of those candidates' letters sit in `typoBytes` (read in place, no array per name).
    private(set) var asciiTypoSpans = [[TypoSpan]](repeating: [], count: 128)
    private(set) var typoBytes: [UInt8] = []
    /// Per first byte of a typo candidate, bit n set when some candidate starting with it is within one letter of n
    /// bytes long (every bit for a name with other letters): `mayMisspell` turns most words away on it.
    private(set) var typoLengths = [UInt64](repeating: 0, count: 256)

    /// Where one typo candidate's letters sit in `typoBytes`, and whether they are all ASCII.
    struct TypoSpan: Sendable {
        var start: Int32
        var count: Int32
        var isASCII: Bool
    }

    /// The names that open with one token, split so a lookup tries only those whose second word is the next token.
    private struct NamesByFirstToken: Sendable {
        /// Names of two words or more (indices into `patterns`) by their second token, longest first.
        var bySecondToken = CaseTable<[Int]>()
        /// The first one-word name, if any.
        var oneWord: Int?
    }

    /// What a mention takes from its pattern, held without references so that reading it copies nothing.
    struct Match: Sendable {
        /// The pattern in `patterns`.
        var pattern: Int
        var length: Int
        var source: Source
        var actorNumber: UInt32
        var kind: Actor.Kind
        var principalNumber: UInt32
    }

    /// Every pattern `longestMatch` may return, once per first token it is filed under.
    private(set) var patterns: [Pattern] = []
    private var matches: [Match] = []
    /// `byFirstToken` regrouped for `longestMatch`: one table probe per token instead of a scan of every name.
    /// The table gives an index into the list: a struct of tables as the value was copied out on every probe.
    private var namesByFirstToken = CaseTable<Int>()
    private var firstTokenNames: [NamesByFirstToken] = []
    /// The lower-case hashes of those first tokens, for `mayMatch`.
    private var firstTokens = HashFilter([])
    /// The first tokens of one-word names, and the first two tokens of longer names (`pairHash`), by their lower-case
    /// hashes: `mayMatch` asks them before any table, and "the" before a word that continues no name stops there.
    private var oneWordFirsts = HashFilter([])
    private var firstPairs = HashFilter([])
    /// Every gazetteer actor's kind and principal by its shared number: describing a surname or typo match this way
    /// spares a copy of its whole gazetteer entry and two reads of the shared table.
    private var descriptions: [UInt32: (kind: Actor.Kind, principalNumber: UInt32)] = [:]
    /// The shared numbers of the person ids by surname.
    private var surnameTable = CaseTable<[UInt32]>()
    /// The gazetteer's other names, as written: a word among them is itself, never a misspelt actor.
    private var otherNames: Set<String> = []
    /// Names more than one entry claims, with their claimers in the gazetteer's order ("Congo"); see `MentionFinder+SharedNames`.
    private(set) var sharedNames: [String: [Claimer]] = [:]
    /// The actors that claim some shared name: a mention of any other actor is never one.
    private(set) var sharedClaimers: Set<UInt32> = []

    /// The actor id an agreement's name is filed under: no gazetteer entry has it, and the finder skips its matches.
    static let agreementActor = " agreement"

    init(gazetteer: Gazetteer) {
        let tokenizer = Tokenizer()
        otherNames = Set(gazetteer.otherNames)
        var claims: [(phrase: String, claimer: Claimer)] = []
        for entry in gazetteer.entries {
            if let described = gazetteer.entry(entry.id) {
                descriptions[SharedStrings.number(of: entry.id)] = (described.kind, SharedStrings.number(of: described.principal))
            }
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
                    if source == .alias || source == .metonym {
                        claims.append((tokens.joined(separator: " "), Claimer(actorNumber: pattern.actorNumber, kind: pattern.kind,
                                                                               principalNumber: pattern.principalNumber)))
                    }
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
        sharedNames = Self.sharedNames(in: claims)
        sharedClaimers = Set(sharedNames.values.joined().map(\.actorNumber))
        // An agreement's name is matched like an actor's, longest first, so that the finder can pass over it whole.
        for name in gazetteer.agreements {
            let tokens = tokenizer.tokens(of: name).map(\.text)
            guard let first = tokens.first else { continue }
            add(Pattern(tokens: tokens, actor: Self.agreementActor, source: .alias), key: first)
        }
        for key in byFirstToken.keys {
            byFirstToken[key]?.sort { $0.tokens.count > $1.tokens.count }
        }
        var names: [String: NamesByFirstToken] = [:]
        var oneWordKeys: [String] = [], pairs: [UInt64] = []
        for (key, filed) in byFirstToken {
            var bySecondToken: [String: [Int]] = [:]
            var secondOrder: [String] = []
            for pattern in filed {
                let number = patterns.count
                patterns.append(pattern)
                matches.append(Match(pattern: number, length: pattern.tokens.count, source: pattern.source, actorNumber: pattern.actorNumber,
                                     kind: pattern.kind, principalNumber: pattern.principalNumber))
                if pattern.tokens.count >= 2 {
                    if bySecondToken[pattern.tokens[1]] == nil { secondOrder.append(pattern.tokens[1]) }
                    bySecondToken[pattern.tokens[1], default: []].append(number)
                    pairs.append(Self.pairHash(WordHash.of(key.lowercased()), WordHash.of(pattern.tokens[1].lowercased())))
                } else if names[key]?.oneWord == nil {
                    names[key, default: NamesByFirstToken()].oneWord = number
                    oneWordKeys.append(key)
                }
            }
            names[key, default: NamesByFirstToken()].bySecondToken = CaseTable(secondOrder.map { ($0, bySecondToken[$0] ?? []) })
        }
        firstTokenNames = Array(names.values)
        namesByFirstToken = CaseTable(names.keys.enumerated().map { ($0.element, $0.offset) })
        firstTokens = HashFilter(names.keys.map { WordHash.of($0.lowercased()) })
        oneWordFirsts = HashFilter(oneWordKeys.map { WordHash.of($0.lowercased()) })
        firstPairs = HashFilter(pairs)
        surnameTable = CaseTable(surnames.map { ($0.key, $0.value.map(SharedStrings.number(of:))) })
        byFirstToken = [:]
        surnames = [:]
        for name in typoCandidates.values.joined().map({ $0.letters }) {
            guard let first = String(name).utf8.first else { continue }
            let isASCII = name.allSatisfy(\.isASCII)
            typoLengths[Int(first)] |= isASCII ? (0...2).reduce(0) { $0 | 1 << UInt64(min(max(name.count - 1 + $1, 0), 63)) } : ~0
        }
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
    func surnamePeople(for token: borrowing Token) -> [UInt32]? {
        surnameTable[token]
    }

    /// False when no gazetteer name can match at `index`: the token opens no one-word name in any case, and it and
    /// the next token open no longer one. Most tokens, "the" among them, are turned away here on two bit tests.
    @inline(__always)
    func mayMatch(at index: Int, in tokens: [Token]) -> Bool {
        let first = tokens[index].lowerHash
        guard firstTokens.mayContain(first) else { return false }
        if oneWordFirsts.mayContain(first) { return true }
        return index + 1 < tokens.count && firstPairs.mayContain(Self.pairHash(first, tokens[index + 1].lowerHash))
    }

    /// One hash for two words in order.
    private static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// The kind and principal of the gazetteer actor numbered `actorNumber`, as `MentionFinder` describes a mention.
    func description(of actorNumber: UInt32) -> (kind: Actor.Kind, principalNumber: UInt32)? {
        descriptions[actorNumber]
    }

    /// What a mention takes from the pattern `longestMatch` found.
    func match(_ pattern: Int) -> Match {
        matches[pattern]
    }

    /// True when the word, as written, is one of the gazetteer's other names: a place or person of its own.
    func isOtherName(_ word: String) -> Bool {
        otherNames.contains(word)
    }

    /// True when some gazetteer name opens with the token as written.
    func startsName(_ token: borrowing Token) -> Bool {
        namesByFirstToken[token] != nil
    }

    private mutating func add(_ pattern: Pattern, key: String) {
        byFirstToken[key, default: []].append(pattern)
        // A name written in lower case ("the Kremlin") may open a sentence capitalised.
        if let first = key.first, first.isLowercase {
            byFirstToken[first.uppercased() + key.dropFirst(), default: []].append(pattern)
        }
        if pattern.tokens.count == 1, key.count >= 6, let first = key.first, first.isUppercase,
           key.allSatisfy(\.isLetter), pattern.source != .title, pattern.actor != Self.agreementActor {
            typoCandidates[first, default: []].append(pattern.spelled(key))
        }
    }

    /// The longest pattern matching `tokens` at `index`, as its index in `patterns`.
    func longestMatch(in tokens: [Token], at index: Int) -> Int? {
        guard tokens[index].kind == .word, let first = namesByFirstToken[tokens[index]] else { return nil }
        // Longer names first (the order of `byFirstToken`), then one-word names.
        if index + 1 < tokens.count, !firstTokenNames[first].bySecondToken.isEmpty,
           let longer = firstTokenNames[first].bySecondToken[tokens[index + 1]] {
            for number in longer where index + patterns[number].tokens.count <= tokens.count {
                var matches = true
                for offset in 2..<max(2, patterns[number].tokens.count) where tokens[index + offset].text != patterns[number].tokens[offset] {
                    matches = false
                    break
                }
                if matches { return number }
            }
        }
        return firstTokenNames[first].oneWord
    }
}
