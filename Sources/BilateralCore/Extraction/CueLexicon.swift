import Foundation

/// The stance cue lexicon (`Resources/cues.json`), indexed by first word for one pass per sentence.
public struct CueLexicon: Sendable {
    /// The part a cue plays: it decides where the holder and the target are looked for.
    public enum Role: String, Sendable {
        case verb, noun, adjective, predicate
    }

    /// One inflected form of a cue.
    public struct Cue: Sendable, Equatable {
        public var words: [String]
        public var lemma: String
        public var role: Role
        public var category: String
        public var score: Double
        /// "cooperation between X and Y" holds in both directions.
        public var symmetric: Bool
    }

    struct Category: Decodable {
        var code: String
        var name: String
        var score: Double
        var verbs: [String]?
        var nouns: [String]?
        var adjectives: [String]?
        var predicates: [String]?
        var irregular: [String]?
    }

    struct File: Decodable {
        var categories: [Category]
        var speechVerbs: [String]
        var speechNouns: [String]
        var negators: [String]
        var refusals: [String]
        var cessations: [String]
        var symmetric: [String]
        var relationNouns: [String]
        var targetPrepositions: [String]
        var supportVerbs: [String]
        var irregularSupportVerbs: [String]
        var representativeNouns: [String]
        var auxiliaries: [String]
        var nounOnlyPrepositions: [String]
        var experiencers: [String]?
        var reversals: [String]?
        var obligations: [String]?
        var relationVerbs: RelationVerbs?
    }

    /// Verbs that are cues only with a relationship as subject ("ties warmed", "relations cooled").
    struct RelationVerbs: Decodable {
        var better: [String]
        var worse: [String]
    }

    /// Cues by first word, longest first.
    private(set) var byFirstWord = WordTable<[Cue]>()
    /// First words with a two-word verb cue whose particle may follow its object: only they need `separated`.
    private(set) var separableHeads: WordSet = []
    /// Inflected forms of the verbs that introduce reported speech.
    private(set) var speechWords: WordSet = []
    private(set) var negators: WordSet = []
    /// Inflected forms of "refuse", "fail" …: "refused to cooperate" rejects the cooperation.
    private(set) var refusals: WordSet = []
    private(set) var cessations: WordSet = []
    private(set) var relationNouns: WordSet = []
    private(set) var targetPrepositions: WordSet = []
    /// Inflected forms of verbs whose object noun carries the stance ("presented a cooperation plan").
    private(set) var supportVerbs: WordSet = []
    /// Nouns after a national adjective that make it stand for the state ("the Japanese ambassador").
    private(set) var representativeNouns: WordSet = []
    /// Auxiliaries and modals: a target search stops at the next verb group.
    private(set) var auxiliaries: WordSet = []
    /// Prepositions that introduce a noun cue's target ("investment in Russia", "invasion of Ukraine")
    /// but only a place or a topic after a verb ("met in Singapore").
    private(set) var nounOnlyPrepositions: WordSet = []
    /// "disappointed by", "alarmed at": feelings whose holder is the subject and whose target follows.
    private(set) var experiencers: WordSet = []
    /// Inflected forms of verbs that undo a penalty: "lifted sanctions" yields rather than coerces.
    private(set) var reversals: WordSet = []
    /// "must", "had to": in reported speech, what the speaker says another actor has to do is a demand.
    private(set) var obligations: WordSet = []
    /// Lemmas of verbs that count only when a relationship is their subject.
    private(set) var relationOnly: WordSet = []
    /// Every refusal, cessation and negator, with "no" and "little": the negation check skips other words at once.
    private(set) var negationFilter = HashFilter([])

    /// An empty lexicon: no cue, so no stance.
    public init() {}

    /// Decodes the `cues.json` format.
    /// - Throws: `ResourceError.malformed` naming the reason.
    public init(data: Data, name: String = "cues.json") throws(ResourceError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .malformed(name: name, reason: String(describing: error))
        }
        let symmetric = Set(file.symmetric)
        let tokenizer = Tokenizer()
        var byFirstWord: [String: [Cue]] = [:]
        var relationOnly = Set<String>()
        func words(_ phrase: String) -> [String] { tokenizer.tokens(of: phrase).map(\.lower) }
        for category in file.categories {
            let label = "\(category.code) \(category.name)"
            func add(_ phrase: String, _ role: Role, forms: [String]) {
                let base = words(phrase)
                guard !base.isEmpty else { return }
                for form in Set(forms) {
                    var inflected = base
                    if role == .verb { inflected[0] = form } else { inflected[inflected.count - 1] = form }
                    let cue = Cue(words: inflected, lemma: phrase, role: role, category: label, score: category.score,
                                  symmetric: symmetric.contains(phrase))
                    byFirstWord[inflected[0], default: []].append(cue)
                }
            }
            for verb in category.verbs ?? [] {
                let head = words(verb)[0]
                add(verb, .verb, forms: Inflection.verbForms(head))
            }
            for irregular in category.irregular ?? [] {
                add(irregular, .verb, forms: [words(irregular).first ?? irregular])
            }
            for noun in category.nouns ?? [] {
                let last = words(noun).last ?? noun
                add(noun, .noun, forms: [last, Inflection.plural(last)])
            }
            for adjective in category.adjectives ?? [] {
                add(adjective, .adjective, forms: [words(adjective).last ?? adjective])
            }
            for predicate in category.predicates ?? [] {
                let last = words(predicate).last ?? predicate
                add(predicate, .predicate, forms: [last, Inflection.plural(last)])
            }
        }
        // Feelings aimed at someone ("dismayed by Seoul") disapprove; obligations become demands only in
        // reported speech, which the stance finder checks.
        for word in file.experiencers ?? [] {
            byFirstWord[word, default: []].append(Cue(words: [word], lemma: word, role: .adjective, category: "11 Disapprove",
                                                      score: -2.0, symmetric: false))
        }
        for modal in file.obligations ?? [] {
            let phrase = ["must", "should"].contains(modal) ? [modal] : [modal, "to"]
            byFirstWord[modal, default: []].append(Cue(words: phrase, lemma: modal, role: .verb, category: "10 Demand",
                                                       score: -5.0, symmetric: false))
        }
        for (verbs, category, score) in [(file.relationVerbs?.better ?? [], "05 Engage in diplomatic cooperation", 3.5),
                                         (file.relationVerbs?.worse ?? [], "16 Reduce relations", -4.0)] {
            for verb in verbs {
                relationOnly.insert(verb)
                for form in Inflection.verbForms(verb) {
                    byFirstWord[form, default: []].append(Cue(words: [form], lemma: verb, role: .verb, category: category,
                                                              score: score, symmetric: true))
                }
            }
        }
        self.relationOnly = WordSet(relationOnly)
        experiencers = WordSet(file.experiencers ?? [])
        reversals = WordSet((file.reversals ?? []).flatMap(Inflection.verbForms))
        obligations = WordSet(file.obligations ?? [])
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
        self.byFirstWord = WordTable(byFirstWord.map { ($0.key, $0.value) })
        separableHeads = WordSet(byFirstWord.filter { $0.value.contains(where: Self.isSeparable) }.map(\.key))
        speechWords = WordSet(file.speechVerbs.flatMap(Inflection.verbForms) + file.speechNouns + ["said", "told", "thought"])
        negators = WordSet(file.negators)
        refusals = WordSet(file.refusals.flatMap(Inflection.verbForms))
        cessations = WordSet(file.cessations.flatMap(Inflection.verbForms))
        supportVerbs = WordSet(file.supportVerbs.flatMap(Inflection.verbForms) + file.irregularSupportVerbs)
        representativeNouns = WordSet(file.representativeNouns)
        auxiliaries = WordSet(file.auxiliaries)
        nounOnlyPrepositions = WordSet(file.nounOnlyPrepositions)
        relationNouns = WordSet(file.relationNouns)
        targetPrepositions = WordSet(file.targetPrepositions)
        negationFilter = HashFilter((refusals.words + cessations.words + negators.words + ["no", "little"]).map(WordHash.of))
    }

    public static func bundled() throws(ResourceError) -> CueLexicon {
        try CueLexicon(data: ResourceError.bundledData(named: "cues"), name: "cues.json")
    }

    /// Words after which a form that is both noun and verb is a verb ("to sanction", "will attack").
    static let verbContext: WordSet = [
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "n't",
        "he", "she", "they", "we", "i", "it", "who", "also", "then", "later", "jointly", "openly", "strongly",
        "longer", "still", "now", "never", "often", "already", "again", "once", "soon", "cannot",
    ]

    /// Picks the noun or the verb reading of a form that is both ("sanctions", "visit", "attack").
    private func reading(of cues: [Cue], after previous: Token?) -> Cue? {
        let wantsVerb = previous.map { Self.verbContext.contains(lower: $0) || $0.lower.endsWithASCII("ly") } ?? false
        return cues.first { ($0.role == .verb) == wantsVerb } ?? cues.first
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
        while index < tokens.count {
            guard tokens[index].kind == .word, let candidates = byFirstWord[lower: tokens[index]] else {
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
            let match: Cue?
            if let longest, several {
                match = reading(of: longest.filter(matches).map { candidates[$0] }, after: index > 0 ? tokens[index - 1] : nil)
            } else {
                match = longest.map { candidates[$0.lowerBound] }
            }
            if match.map({ $0.words.count < 2 }) ?? true, separableHeads.contains(lower: tokens[index]),
               let (split, particle) = separated(candidates, at: index, in: tokens) {
                // "brushed the complaint aside": the head stands for the cue, the object stays in between.
                found.append((split, index..<index + 1))
                separatedParticles.insert(particle)
                index += 1
            } else if separatedParticles.contains(index) {
                index += 1
            } else if let match {
                found.append((match, index..<index + match.words.count))
                index += match.words.count
            } else {
                index += 1
            }
        }
        return found
    }
}

extension CueLexicon {
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

/// English inflection, enough for the cue lexicon.
enum Inflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Base, third person, past and gerund of a verb's head word.
    static func verbForms(_ verb: String) -> [String] {
        let word = verb.split(separator: " ").first.map(String.init) ?? verb
        guard let last = word.last else { return [] }
        let stem = word.dropLast()
        if last == "e" {
            let gerund = word.hasSuffix("ee") ? word + "ing" : stem + "ing"
            return [word, word + "s", word + "d", gerund]
        }
        if last == "y", let before = stem.last, !vowels.contains(before) {
            return [word, stem + "ies", stem + "ied", word + "ing"]
        }
        if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") || word.hasSuffix("z") {
            return [word, word + "es", word + "ed", word + "ing"]
        }
        let letters = Array(word)
        var forms = [word, word + "s", word + "ed", word + "ing"]
        // "ban" → "banned", "expel" → "expelled": both spellings, since stress decides and costs nothing to keep.
        if letters.count >= 3, !vowels.contains(last), !"wxy".contains(last),
           vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) {
            forms += [word + String(last) + "ed", word + String(last) + "ing"]
        }
        return forms
    }

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") { return noun }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") { return noun + "es" }
        return noun + "s"
    }
}
