/// Extraction of one article: sentences to tokens, then date, mentions, events and stances. Its era
/// depends on the corpus's focal pair and is set afterwards (`RelationshipFocus`).
struct ArticleExtraction {
    let extractor: Extractor
    let finder: MentionFinder
    /// One-edit name matches kept across the articles of one run.
    var typos: WordMemo<MentionIndex.Pattern?>? = nil
    private let tokenizer = Tokenizer()
    private let tagger = TemporalTagger()

    struct Result {
        var analysis: ArticleAnalysis
        /// The ids the analysis counts, each once, so the caller need not unpack the counts again.
        var mentioned: [String]
        var events: [Event]
        var stances: [Stance]
    }

    func run(_ article: inout Article) -> Result {
        if article.sentences.isEmpty { article.sentences = FallbackSentenceSplitter().sentences(of: article) }
        let sentences = article.sentences
        let tokens = tokenize(sentences, lines: article.lines)
        let dates = tokens.map { tagger.matches(in: $0) }
        if article.date == nil {
            let inferred = ArticleDater(eras: extractor.eras).infer(sentences: sentences, tokens: tokens, dates: dates)
            article.date = inferred
            article.dateSource = inferred == nil ? .unknown : .inferred
        }
        var mentions = finder.mentions(in: tokens, date: article.date, typos: typos)
        PronounResolver(gazetteer: extractor.gazetteer).resolve(&mentions, tokens: tokens, sentences: sentences)

        // Gathered here and stored once: the analysis keeps its mentions and counts packed.
        var mentionList: [Mention] = []
        mentionList.reserveCapacity(zip(sentences, mentions).reduce(0) { total, pair in
            pair.0.isBoilerplate ? total : total + pair.1.count { !$0.isPronoun }
        })
        var events: [Event] = []
        var stances: [Stance] = []
        let stanceFinder = StanceFinder(lexicon: extractor.lexicon, gazetteer: extractor.gazetteer)
        let exactAnchor = article.dateSource == .frontMatter || article.dateSource == .dateline
            || article.dateSource == .inferred && article.date.map { ArticleDater.leadCarries($0, sentences: sentences, dates: dates) } == true
        var leadPending = article.date != nil
        var previousActors: [String] = []
        // An article names a handful of actors: a scan of the short list beats hashing every mention's id.
        var mentioned: [String] = []
        // Their shared numbers, in the same order: numbering takes a lock and a hash, so each id is numbered once here.
        var numbers: [UInt32] = []
        // Years a timeline's headings or the sentence before give to dates without one.
        var yearContext = EventYearContext()
        // The acts of the last sentence that stated any, for an elliptical repeat ("Kuwait did the same").
        var lastActs: (sentence: Int, stances: [Stance]) = (-3, [])
        // The acts of the last few sentences, for a reaction to an act named by its noun ("condemned the strikes").
        var recentActs: [(sentence: Int, stance: Stance)] = []
        // The pair each paragraph is about, for an act made to someone its sentence does not name ("Tokyo lodged a protest").
        var pairTally = ArticlePairTally()
        // A paragraph's opening date stated by a sentence that names no actor ("May 22: Before dawn a judge grants an
        // injunction."), kept for the next sentence of the paragraph that names one.
        var heldDate: (sentence: Int, paragraph: Int)?
        for (number, sentence) in sentences.enumerated() where !sentence.isBoilerplate {
            yearContext.read(sentence: number, paragraph: sentence.paragraph, tokens: tokens[number], dates: dates[number],
                             articleYear: article.date?.year, articleDate: article.date)
            // By index: binding each mention copied it (two strings) to read its id and range.
            let named = mentions[number]
            for slot in named.indices where !named[slot].isPronoun {
                // A mention holds its actor's shared number: the id is read (under the table's lock) once per actor.
                let actorNumber = named[slot].actorNumber
                let known = numbers.firstIndex(of: actorNumber) ?? {
                    mentioned.append(named[slot].actor)
                    numbers.append(actorNumber)
                    return numbers.count - 1
                }()
                mentionList.append(position(of: named[slot].tokens, numbered: numbers[known], in: tokens[number]))
            }
            for slot in named.indices where !named[slot].isPronoun && named[slot].principalNumber != ActorMention.noPrincipal {
                pairTally.note(named[slot], paragraph: sentence.paragraph)
            }
            // Events also take actors from "the two leaders" and, failing any, from the sentence before in the paragraph.
            var actors = orderedPrincipals(mentions[number]) { !$0.isPronoun || $0.tokens.count == 1 && tokens[number][$0.tokens.lowerBound].lower.hasSuffix("s") }
            if actors.isEmpty, number > 0, sentences[number - 1].paragraph == sentence.paragraph, !sentences[number - 1].isBoilerplate {
                actors = previousActors
            }
            // "He later thanked him." opening a paragraph: two resolved pronouns still name who acts on whom.
            if actors.isEmpty, case let resolved = orderedPrincipals(mentions[number]), resolved.count > 1 { actors = resolved }
            previousActors = actors
            guard !actors.isEmpty else {
                if Self.opensWithDate(dates[number], number: number, in: sentences) { heldDate = (number, sentence.paragraph) }
                continue
            }
            // "May 22: Before dawn a judge grants an injunction. … Starmer signs the treaty.": with no date of its own,
            // the first sentence that names an actor takes the date its paragraph opened with.
            var dated = number
            if dates[number].isEmpty, let held = heldDate, held.paragraph == sentence.paragraph { dated = held.sentence }
            heldDate = nil
            // Made once, so this sentence's events and stances share one copy of its text.
            let text = sentence.textSlice
            let needsTense = dates[dated].contains { !$0.expression.isAbsolute }
            let tense = needsTense ? tagger.tense(of: tokens[dated]) : .present
            var seen = Set<PartialDate>()
            for match in dates[dated] {
                let given = yearContext.anchor(for: match, sentence: dated, paragraph: sentence.paragraph, articleYear: article.date?.year,
                                               tokens: tokens[dated], articleDate: article.date)
                let near = needsTense ? tagger.tense(of: tokens[dated], at: match.tokens, sentence: tense) : tense
                guard let date = match.expression.resolve(against: given ?? article.date, exactAnchor: given == nil && exactAnchor, tense: near),
                      seen.insert(date).inserted else { continue }
                events.append(Event(article: article.id, date: date, sentenceSlice: text, line: sentence.line, actors: actors))
            }
            // A lead reports what happened around the article's date (given, or the latest the text names).
            if leadPending, let date = article.date {
                leadPending = false
                if !seen.contains(date) {
                    events.append(Event(article: article.id, date: date, sentenceSlice: text, line: sentence.line, actors: actors))
                }
            }
            var found: [Stance] = []
            var view: SentenceView?
            let cues = extractor.lexicon.cues(in: tokens[number])
            // A stance needs two actors.
            if let first = mentions[number].first?.actorNumber, mentions[number].contains(where: { $0.actorNumber != first }),
               !cues.isEmpty || StanceFinder.namesAFrontier(tokens[number]) {
                let sentenceView = SentenceView(tokens: tokens[number], mentions: mentions[number])
                view = sentenceView
                for finding in stanceFinder.findings(in: sentenceView, cues: cues) {
                    found.append(Stance(
                        article: article.id, holder: finding.holder, target: finding.target,
                        polarity: Stance.Polarity(score: finding.score), score: finding.score, category: finding.category,
                        cue: finding.cue, evidenceSlice: text, line: sentence.line))
                }
            }
            // "Syria condemned the strikes": a reaction to an act named by its noun, done by someone stated just before.
            // The act answered may be stated earlier in this very sentence ("…, and Peru responded in kind").
            if !cues.isEmpty, !recentActs.isEmpty || !found.isEmpty {
                let sentenceView = view ?? SentenceView(tokens: tokens[number], mentions: mentions[number])
                view = sentenceView
                let reactions = stanceFinder.reactionsToNamedActs(in: sentenceView, cues: cues)
                    + stanceFinder.retaliationsWithoutTarget(in: sentenceView, cues: cues)
                    + stanceFinder.judgedNamedActs(in: sentenceView, cues: cues)
                if !reactions.isEmpty {
                    let recent = recentActs.filter { $0.sentence >= number - 2 }.map(\.stance)
                    found += Self.reactionStances(reactions, view: sentenceView, here: found, recent: recent, gazetteer: extractor.gazetteer,
                                                  text: text, line: sentence.line)
                }
            }
            // "Tokyo lodged a protest": made to the other side of the paragraph's pair when the sentence names no addressee.
            if cues.contains(where: { $0.cue.score < 0 && StanceFinder.addressedRoots.contains($0.cue.root) }) {
                let sentenceView = view ?? SentenceView(tokens: tokens[number], mentions: mentions[number])
                view = sentenceView
                let acts = stanceFinder.addressedActsWithoutTarget(in: sentenceView, cues: cues)
                if !acts.isEmpty {
                    found += Self.counterpartStances(acts, view: sentenceView, here: found, pair: pairTally.pair(in: sentence.paragraph),
                                                     gazetteer: extractor.gazetteer, article: article.id, text: text, line: sentence.line)
                }
            }
            // "Kuwait did the same": the act stated just before, here or in the sentence before, with a new holder.
            if StanceFinder.mayHoldEllipsis(tokens[number]) {
                let sentenceView = view ?? SentenceView(tokens: tokens[number], mentions: mentions[number])
                let repeats = stanceFinder.ellipticalRepeats(in: sentenceView)
                if !repeats.isEmpty {
                    found += Self.repeatedActs(repeats, view: sentenceView, here: found, before: lastActs.sentence >= number - 2 ? lastActs.stances : [],
                                               gazetteer: extractor.gazetteer, text: text, line: sentence.line)
                }
            }
            if !found.isEmpty {
                lastActs = (number, found)
                recentActs.removeAll { $0.sentence < number - 2 }
                recentActs += found.map { (number, $0) }
                stances += found
            }
        }
        // "the US-China trade war" in the headline and "China retaliated" in the body: the body states it.
        if !article.metadataLines.isEmpty { stances = Self.withoutHeadlineRepeats(stances, metadataLines: article.metadataLines, gazetteer: extractor.gazetteer) }
        // The counts are the tally of the list: stored once, without packing and unpacking them to compare.
        let analysis = ArticleAnalysis(article: article.id, era: nil, talliedMentions: mentionList)
        return Result(analysis: analysis, mentioned: mentioned, events: events, stances: stances)
    }

    /// "May 22: …", "On Friday, …", "At midnight on Friday …": the paragraph's first sentence, with a date among its
    /// first four tokens.
    private static func opensWithDate(_ dates: [TemporalTagger.Match], number: Int, in sentences: [Sentence]) -> Bool {
        guard let first = dates.first, first.tokens.lowerBound <= 3 else { return false }
        return number == 0 || sentences[number - 1].paragraph != sentences[number].paragraph
    }

    /// Tokens of every sentence, read from the file lines so positions are file positions.
    private func tokenize(_ sentences: [Sentence], lines: ArticleLines) -> [[Token]] {
        // Sentences come in file order, so the line read last is the one the next sentence starts on.
        var cached: (number: Int, line: Tokenizer.Line)?
        return sentences.map { sentence in
            var tokens: [Token] = []
            guard sentence.start.line >= 1 else { return tokens }
            // About one token per five scalars in prose; growing the array step by step cost more.
            if sentence.start.line == sentence.end.line { tokens.reserveCapacity(max(0, sentence.end.column - sentence.start.column) / 5 + 4) }
            for line in sentence.start.line...max(sentence.start.line, sentence.end.line) where line <= lines.count {
                var characters = cached.flatMap { $0.number == line ? $0.line : nil } ?? Tokenizer.Line(lines.line(line - 1))
                let from = line == sentence.start.line ? sentence.start.column : 0
                let to = line == sentence.end.line ? sentence.end.column : Int.max
                tokenizer.appendTokens(of: &characters, line: line, columns: from..<max(from, to), into: &tokens)
                // Kept with where this sentence stopped, so the next sentence on the line is found from there.
                cached = (line, characters)
            }
            return tokens
        }
    }

    private func position(of span: Range<Int>, numbered actorNumber: UInt32, in tokens: [Token]) -> Mention {
        // Fields read in place: a Token copy holds two strings.
        let first = tokens[span.lowerBound].position, firstLength = tokens[span.lowerBound].length
        let last = tokens[span.upperBound - 1].position, lastLength = tokens[span.upperBound - 1].length
        let length = last.line == first.line ? last.column + lastLength - first.column : firstLength
        return Mention(actorNumber: actorNumber, start: first, length: length)
    }

    /// The principals of the mentions that `counts` accepts (all by default), each once, in order; no filtered copy.
    private func orderedPrincipals(_ mentions: [ActorMention], counting counts: (ActorMention) -> Bool = { _ in true }) -> [String] {
        // A sentence names a handful of actors: a scan of the short result beats hashing every id. Gathered as
        // shared numbers, so each principal's id is read (under the table's lock) once rather than per mention.
        var principals: [UInt32] = []
        for slot in mentions.indices where counts(mentions[slot]) {
            let principal = mentions[slot].principalNumber == ActorMention.noPrincipal
                ? SharedStrings.number(of: extractor.gazetteer.principal(of: mentions[slot].actor)) : mentions[slot].principalNumber
            if !principals.contains(principal) { principals.append(principal) }
        }
        return principals.map(SharedStrings.string)
    }

    /// Drops a stance stated in a metadata line (the headline) when a body sentence states the same holder, target
    /// and polarity, so its evidence is the body sentence (issue 15, class 10).
    static func withoutHeadlineRepeats(_ stances: [Stance], metadataLines: [Int], gazetteer: Gazetteer) -> [Stance] {
        guard stances.contains(where: { metadataLines.contains($0.line) }) else { return stances }
        func key(_ stance: Stance) -> String {
            "\(gazetteer.principal(of: stance.holder))>\(gazetteer.principal(of: stance.target))\(stance.polarity.rawValue)"
        }
        let body = Set(stances.filter { !metadataLines.contains($0.line) }.map(key))
        return stances.filter { !metadataLines.contains($0.line) || !body.contains(key($0)) }
    }
}
