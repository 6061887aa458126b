import Foundation

/// The stance cue lexicon (`Resources/cues.json`), indexed by first word for one pass per sentence.
public struct CueLexicon: Sendable {
    /// The part a cue plays: it decides where the holder and the target are looked for.
    public enum Role: String, Sendable {
        case verb, noun, adjective, predicate
    }

    /// Cues by first word, longest first.
    private(set) var byFirstWord = WordTable<[Cue]>()
    /// The first words' hashes: one bit test turns away most words of a sentence before the table is probed.
    private(set) var firstWordFilter = HashFilter([])
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
    /// Lemmas of verbs that count only with an actor right after them as object ("received him", not "received aid").
    private(set) var actorObjectOnly: Set<String> = []
    /// "explanation", "clarification": an appeal for one of these is a demand (`StanceFinder+Explanations`).
    private(set) var accountNouns: WordSet = []
    /// Inflected forms of "explain", "justify": "asked Seoul to explain" demands an account.
    private(set) var accountVerbs: WordSet = []
    /// Lemmas of verbs that count only when a relationship is their subject.
    private(set) var relationOnly: WordSet = []
    /// "if", "unless": an act inside such a clause is only supposed.
    private(set) var conditionals: WordSet = []
    /// "able to", "would rather": phrases right before a cue that make its act wished or possible, not done.
    private(set) var unrealisedMarkers: [[String]] = []
    /// Last words of those phrases: one probe turns most words away.
    private(set) var unrealisedMarkerEnds: WordSet = []
    /// "might", "could": a possible act reported, not done.
    private(set) var possibilityModals: WordSet = []
    /// Adverbs that may stand between such a modal and its verb ("could also impose").
    private(set) var possibilityAdverbs: WordSet = []
    /// Forms of "deny": an act denied was not done.
    private(set) var denials: WordSet = []
    /// "in", "near": a state after these outside a cue's own phrase is where something happens.
    private(set) var locativePrepositions: WordSet = []
    /// "border", "coast": nouns that make the state they name a piece of geography.
    private(set) var geographyNouns: WordSet = []
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
        actorObjectOnly = Set(file.actorObjectOnly ?? [])
        experiencers = WordSet(file.experiencers ?? [])
        reversals = WordSet((file.reversals ?? []).flatMap(Inflection.verbForms))
        obligations = WordSet(file.obligations ?? [])
        accountNouns = WordSet(file.accounts?.nouns ?? [])
        accountVerbs = WordSet((file.accounts?.verbs ?? []).flatMap(Inflection.verbForms))
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
        self.byFirstWord = WordTable(byFirstWord.map { ($0.key, $0.value) })
        firstWordFilter = HashFilter(byFirstWord.keys.map(WordHash.of))
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
        if let unrealised = file.unrealised {
            conditionals = WordSet(unrealised.conditionals)
            unrealisedMarkers = unrealised.markers.map(words)
            unrealisedMarkerEnds = WordSet(unrealisedMarkers.compactMap(\.last))
            possibilityModals = WordSet(unrealised.possibilityModals)
            possibilityAdverbs = WordSet(unrealised.possibilityAdverbs)
            denials = WordSet(unrealised.denials.flatMap(Inflection.verbForms))
        }
        if let places = file.places {
            locativePrepositions = WordSet(places.locativePrepositions)
            geographyNouns = WordSet(places.geographyNouns.flatMap { [$0, Inflection.plural($0)] })
        }
        negationFilter = HashFilter((refusals.words + cessations.words + negators.words + ["no", "little"]).map(WordHash.of))
    }

    public static func bundled() throws(ResourceError) -> CueLexicon {
        try CueLexicon(data: DataFile.cues.builtinData(), name: "cues.json")
    }
}
