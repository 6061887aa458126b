/// Finds actor mentions in an article's sentences: longest match first, surnames, typos, roles.
struct MentionFinder: Sendable {
    let gazetteer: Gazetteer
    let index: MentionIndex
    /// Role titles, longest first, each with the " title" suffix a title phrase ends with.
    private let roleTitles: [(title: String, suffix: String)]
    /// The capitalised words of the gazetteer's role titles ("Prime", "Minister", "Secretary", "State"): before a
    /// surname they say which office, not which person.
    let titleWords: Set<String>
    /// Every person's name words and family-name-first surname, for `namesAnotherPerson`.
    let personNames: [UInt32: (words: [String], familyFirst: String?)]
    /// The shared number of `MentionIndex.agreementActor`.
    let agreementNumber = SharedStrings.number(of: MentionIndex.agreementActor)

    /// Words before a surname that say a person is meant.
    static let honorifics: WordSet = [
        "Mr", "Mrs", "Ms", "Miss", "Herr", "Frau", "Gen", "General", "President", "Premier", "Chancellor",
        "Minister", "Secretary", "Dr", "Prof", "Professor", "Madame", "Monsieur", "Mme", "Sen", "Senator",
        "Ambassador", "Admiral", "Adm", "Spokesman", "Spokeswoman", "spokesman", "spokeswoman", "Gospodin",
        "PM", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Lord", "Sir", "Dame", "Lady", "Governor",
        "Gov", "Rep", "Representative", "Congressman", "Congresswoman", "Chairman", "Envoy", "Judge", "Justice", "Speaker",
        "Mayor", "Commissioner", "Leader", "Colonel", "Col", "Captain", "Capt", "Lt", "Marshal", "Chief", "Deputy",
    ]

    /// Nouns after a surname that make it a leader's government ("the Trump administration", "the Abe cabinet").
    static let governments: WordSet = ["administration", "government", "cabinet", "presidency"]

    /// Surnames of five letters or more that are also common English words, so never enough alone.
    static let commonWordSurnames: WordSet = [
        "trump", "brown", "price", "carter", "major", "power", "young", "gates", "grant", "baker", "sharp",
        "short", "field", "stone", "bishop", "moore", "miller", "little", "white", "black", "green", "rice",
        "cotton", "graham", "wells", "hunt", "noble", "mercer", "burns", "church", "frank", "sunak", "truss",
        "may", "bush", "kerry", "jordan", "powell", "abbott", "king", "blair",
    ]

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.index = MentionIndex(gazetteer: gazetteer)
        self.roleTitles = gazetteer.roleTitles.map { ($0, " " + $0) }
        self.titleWords = Set(gazetteer.entries.flatMap { $0.roles.flatMap { $0.title.split(separator: " ").map(String.init) } }
            .filter { $0.first?.isUppercase == true })
        self.personNames = Self.personNames(of: gazetteer)
    }

    /// Mentions per sentence; `date` resolves titles ("the Japanese prime minister") to their holder.
    /// `typos` keeps the one-edit matches of words across articles, when the caller holds one for a run.
    func mentions(in sentences: [[Token]], date: PartialDate?, typos: WordMemo<MentionIndex.Pattern?>? = nil) -> [[ActorMention]] {
        var found = sentences.map { exactMatches(in: $0, date: date) }
        resolveSharedNames(&found, tokens: sentences)
        // The actors named in full: an article names a handful, so a list beats a set.
        var named: [UInt32] = []
        for mentions in found {
            for slot in mentions.indices where mentions[slot].source != .surname && !named.contains(mentions[slot].actorNumber) {
                named.append(mentions[slot].actorNumber)
            }
        }
        // Surnames the article gave to someone else in full ("Tim Morrison"): alone later, they name that person too.
        var strangers: [String] = []
        for (number, tokens) in sentences.enumerated() {
            var extra: [ActorMention] = []
            // Exact matches come in text order and never overlap: the first not yet passed says whether a token is taken.
            var exact = 0
            for position in tokens.indices where tokens[position].isWord && tokens[position].isCapitalised {
                while exact < found[number].count, found[number][exact].tokens.upperBound <= position { exact += 1 }
                if exact < found[number].count, found[number][exact].tokens.lowerBound <= position { continue }
                guard let mention = looseMatch(in: tokens, at: position, named: named, strangers: &strangers, typos: typos) else { continue }
                extra.append(mention)
            }
            if !extra.isEmpty {
                found[number] = (found[number] + extra).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
        return found
    }

    /// Gazetteer names as written, longest first.
    private func exactMatches(in tokens: [Token], date: PartialDate?) -> [ActorMention] {
        var mentions: [ActorMention] = []
        var position = 0
        while position < tokens.count {
            guard index.mayMatch(at: position, in: tokens), let found = index.longestMatch(in: tokens, at: position),
                  startsAtWordBoundary(tokens, position) else {
                position += 1
                continue
            }
            let match = index.match(found)
            let end = position + match.length
            // "AUKUS", "the Camp David Accords": a pact's name is no actor, nor any name inside it.
            if match.actorNumber == agreementNumber {
                position = end
                continue
            }
            let possessive = end < tokens.count && tokens[end].kind == .possessive
            // "the Minsk Group", "the Astana talks": a capital naming a format, accord or meeting held there is no actor.
            if match.source == .metonym, !possessive, Self.namesAFormat(after: end, start: position, in: tokens) {
                position = end
                continue
            }
            var mention = ActorMention(actorNumber: match.actorNumber, tokens: position..<end, source: match.source, isPossessive: possessive)
            if match.source == .title, let date, case let pattern = index.patterns[found],
               let holder = roleHolder(phrase: pattern.tokens, state: pattern.actor, date: date), holder != pattern.actor,
               // "Dutch Prime Minister" in 2017 is Rutte for the Netherlands, not for the body he later led.
               gazetteer.principal(of: holder) == gazetteer.principal(of: pattern.actor) {
                mention.actor = holder
                mention = described(mention)
            } else if match.principalNumber != ActorMention.noPrincipal {
                // Described when the index was built: no gazetteer lookup per mention.
                mention.kind = match.kind
                mention.principalNumber = match.principalNumber
            } else {
                mention = described(mention)
            }
            if mention.kind == .person, let stated = statedState(before: position, in: tokens, mentions: mentions),
               stated != mention.principalNumber {
                mention = described(ActorMention(actorNumber: stated, tokens: mention.tokens, source: mention.source,
                                                 isPossessive: mention.isPossessive))
            }
            // Most sentences name a few actors: one allocation instead of growing from one.
            if mentions.isEmpty { mentions.reserveCapacity(4) }
            mentions.append(mention)
            position = end
        }
        return mentions
    }

    /// "Dutch Prime Minister Mark Rutte", "the Polish foreign minister, Zbigniew Rau": the state a person is said to
    /// act for by the nationality or title right before the name, past capitalised office words and a comma. The
    /// text's own statement wins over the person's one fixed affiliation in the data (issue 15, class 8).
    private func statedState(before start: Int, in tokens: [Token], mentions: [ActorMention]) -> UInt32? {
        guard let previous = mentions.last, start - previous.tokens.upperBound <= 5, !previous.isPossessive,
              previous.source == .adjective || previous.source == .title, previous.kind != .person else { return nil }
        let between = previous.tokens.upperBound..<start
        // Only office words may stand between: "Japanese officials met Mark Rutte" names no office.
        guard between.allSatisfy({ tokens[$0].kind == .word && (titleWords.contains(tokens[$0].text) || Self.honorifics.contains(tokens[$0].text)
            || Self.officeWords.contains(lower: tokens[$0])) || tokens[$0].text == "," && $0 == start - 1 }) else { return nil }
        return previous.principalNumber == ActorMention.noPrincipal ? nil : previous.principalNumber
    }

    /// Lower-case office words between a nationality and a name: "the Dutch prime minister, Mark Rutte".
    static let officeWords: WordSet = [
        "prime", "minister", "foreign", "defence", "defense", "president", "chancellor", "secretary", "premier", "envoy",
        "ambassador", "spokesman", "spokeswoman", "leader", "king", "queen", "finance", "trade", "interior", "deputy",
    ]

    /// The mention with its actor's kind and principal filled in.
    private func described(_ mention: ActorMention) -> ActorMention {
        var described = mention
        if let known = index.description(of: mention.actorNumber) {
            described.kind = known.kind
            described.principalNumber = known.principalNumber
            return described
        }
        let actor = mention.actor
        let entry = gazetteer.entry(actor)
        described.kind = entry?.kind ?? .state
        described.principal = entry?.principal ?? actor
        return described
    }

    /// A name glued to a preceding letter is part of another word.
    private func startsAtWordBoundary(_ tokens: [Token], _ position: Int) -> Bool {
        position == 0 || tokens[position].spaceBefore || tokens[position - 1].kind != .word
    }

    /// A surname alone, or a one-edit misspelling of a long name.
    private func looseMatch(
        in tokens: [Token], at position: Int, named: [UInt32], strangers: inout [String], typos: WordMemo<MentionIndex.Pattern?>?
    ) -> ActorMention? {
        // The token is read in place: a copy of it (two strings) cost more than most of the checks.
        guard tokens[position].isCapitalised else { return nil }
        let possessive = position + 1 < tokens.count && tokens[position + 1].kind == .possessive
        var surnamePeople = index.surnamePeople(for: tokens[position])
        // "in May", "May 2018": a surname that is also a month names the month where a date reads.
        if surnamePeople != nil, DateWords.months[tokens[position]] != nil, TemporalTagger.readsAsMonth(tokens, at: position) {
            surnamePeople = nil
        }
        // "Tim Morrison", "Hu Chunhua": a surname inside another full name names someone the gazetteer lacks.
        if let people = surnamePeople {
            if namesAnotherPerson(in: tokens, at: position, people: people) {
                strangers.append(tokens[position].text)
                return nil
            }
            // Alone later, the surname stays the stranger's unless the known person is named in full too.
            if strangers.contains(tokens[position].text), !people.contains(where: named.contains) { return nil }
        }
        if let people = surnamePeople {
            let previous = position > 1 && tokens[position - 1].text == "." ? position - 2 : position - 1
            let afterHonorific = previous >= 0 && Self.honorifics.contains(tokens[previous].text)
            let known = people.filter { named.contains($0) }
            let chosen: UInt32?
            if known.count == 1 {
                chosen = known[0]
            } else if people.count == 1, afterHonorific || isDistinctive(tokens[position].text)
                        || position + 1 < tokens.count && Self.governments.contains(lower: tokens[position + 1]) {
                // "the Trump administration": even a surname that is an English word names its person before these.
                chosen = people[0]
            } else {
                chosen = nil
            }
            if let chosen {
                return described(ActorMention(actorNumber: chosen, tokens: position..<position + 1, source: .surname, isPossessive: possessive))
            }
        }
        if surnamePeople == nil, index.mayMisspell(tokens[position].text), !index.startsName(tokens[position]),
           let pattern = typoMatch(for: tokens[position].text, typos: typos) {
            // "Palawan", "Johnston": a place or person of its own is no misspelt actor (the gazetteer's other names).
            guard !index.isOtherName(tokens[position].text), pattern.source != .surname || named.contains(pattern.actorNumber) || isDistinctive(pattern.tokens[0]) else {
                return nil
            }
            // "Gabriela Sommerfeld" is not a misspelt "Gabriel": a word right before another name is a given name, and
            // a misspelt surname names its person only where a surname stands; "Adriana Merkell" is someone else.
            if pattern.source == .surname, startsAFullName(tokens, at: position)
                || namesAnotherPerson(in: tokens, at: position, people: [pattern.actorNumber]) { return nil }
            // "Foreign Minister Mauro Vieira" is no misspelt "Majuro": an office or honorific is followed by a
            // person's name, so only a person's name may be read as misspelt there.
            if pattern.source != .surname, followsAnOffice(tokens, at: position) { return nil }
            return described(ActorMention(actorNumber: pattern.actorNumber, tokens: position..<position + 1, source: pattern.source, isPossessive: possessive))
        }
        return nil
    }

    /// True when the word before `position` (an abbreviation's full stop aside) is an office word or an honorific.
    private func followsAnOffice(_ tokens: [Token], at position: Int) -> Bool {
        let previous = position > 1 && tokens[position - 1].text == "." ? position - 2 : position - 1
        guard previous >= 0, tokens[previous].kind == .word else { return false }
        return titleWords.contains(tokens[previous].text) || Self.honorifics.contains(tokens[previous].text)
    }

    /// True when a capitalised word that is no office word follows on the same line with only a space between:
    /// the word at `position` opens a person's full name.
    private func startsAFullName(_ tokens: [Token], at position: Int) -> Bool {
        guard position + 1 < tokens.count, case let next = tokens[position + 1], next.isWord, next.isCapitalised, next.spaceBefore,
              next.position.line == tokens[position].position.line else { return false }
        return !titleWords.contains(next.text) && !Self.honorifics.contains(next.text)
    }

    /// `MentionIndex.typoMatch`, through the run's memo when there is one.
    private func typoMatch(for word: String, typos: WordMemo<MentionIndex.Pattern?>?) -> MentionIndex.Pattern? {
        guard let typos else { return index.typoMatch(for: word) }
        let probe = typos.probe(word)
        if let entry = probe.found { return typos.value(entry) }
        let pattern = index.typoMatch(for: word)
        typos.keep(pattern, at: probe)
        return pattern
    }

    /// Long enough and not an English word, so it names its person even without a first name.
    private func isDistinctive(_ surname: String) -> Bool {
        surname.count >= 5 && !Self.commonWordSurnames.contains(surname.lowercased())
    }

    /// The person a state's title phrase names on `date`, through the gazetteer's dated roles.
    private func roleHolder(phrase: [String], state: String, date: PartialDate) -> String? {
        guard gazetteer.entry(state)?.kind == .state else { return nil }
        let text = phrase.joined(separator: " ").lowercased()
        for (title, suffix) in roleTitles where text.hasSuffix(suffix) {
            return gazetteer.holder(of: title, state: state, on: date)
        }
        return nil
    }
}
