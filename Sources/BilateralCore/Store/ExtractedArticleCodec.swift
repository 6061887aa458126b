/// The store's record of one extracted article in two parts kept in two columns, so that a warm open reads only
/// the small one: the head (metadata, boilerplate ranges, mentions, events, stances and the stretches of text they
/// quote) and the body (the text, its lines, paragraphs and sentences), read only when an article is shown,
/// searched or exported.
///
/// Quotes of the article's text (events' sentences, stances' evidence) are written as offsets into it. The head
/// also carries the quoted stretches themselves: read without the body, events and stances quote from those (the
/// text `QuotedText.requote` would make); read with it, from the whole text, as extraction made them.
/// A field added to `Article`, `Event`, `Stance` or `ArticleAnalysis` must be added here too, and `format`
/// raised: `StoreCodecTests` lists the fields it expects, so a new one fails that test until it is.
enum ExtractedArticleCodec {
    /// Raised whenever the layout below changes; part of the extractor version, so old records are redone.
    static let format = 3

    /// One article's record, or one file's (`encode(all:)`), as the store's two columns hold it.
    struct Record: Equatable {
        var head: [UInt8]
        var body: [UInt8]
    }

    static func encode(_ item: ExtractedArticle) -> Record {
        let article = item.article
        let storage = article.lines.sharedStorage
        var out = BinaryWriter(reserving: 256 + 32 * (item.events.count + item.stances.count))
        out.unsigned(UInt64(format))
        out.string(article.id)
        out.string(article.title)
        out.string(article.titleSource.rawValue)
        out.optionalString(article.author)
        write(article.date, to: &out)
        out.string(article.dateSource.rawValue)
        out.optionalString(article.source)
        out.optionalString(article.url)
        out.bool(article.isSummary)
        out.int(article.bodyStart)
        out.unsigned(UInt64(article.boilerplate.count))
        for range in article.boilerplate { write(range, to: &out) }
        writeQuotes(of: item, storage: storage, to: &out)

        out.optionalString(item.analysis.era)
        let mentions = item.analysis.mentions
        out.unsigned(UInt64(mentions.count))
        for mention in mentions {
            out.string(mention.actor)
            write(mention.start, to: &out)
            out.int(mention.length)
        }
        out.unsigned(UInt64(item.mentioned.count))
        for id in item.mentioned { out.string(id) }

        out.unsigned(UInt64(item.events.count))
        for event in item.events {
            write(event.sentenceSlice, storage: storage, to: &out)
            write(event.date, to: &out)
            out.int(event.line)
            let actors = event.actors
            out.unsigned(UInt64(actors.count))
            for actor in actors { out.string(actor) }
        }
        out.unsigned(UInt64(item.stances.count))
        for stance in item.stances {
            write(stance.evidenceSlice, storage: storage, to: &out)
            out.string(stance.cue)
            out.double(stance.score)
            out.string(stance.holder)
            out.string(stance.target)
            out.string(stance.category)
            out.int(stance.line)
            out.string(stance.polarity.rawValue)
        }
        return Record(head: out.bytes, body: encodeBody(article))
    }

    /// The records of every article of one file (a feed or a dump holds many): in each column a count, then each
    /// article's part with its length.
    static func encode(all items: [ExtractedArticle]) -> Record {
        var head = BinaryWriter()
        var body = BinaryWriter()
        head.unsigned(UInt64(items.count))
        body.unsigned(UInt64(items.count))
        for item in items {
            let record = encode(item)
            head.unsigned(UInt64(record.head.count))
            head.raw(record.head)
            body.unsigned(UInt64(record.body.count))
            body.raw(record.body)
        }
        return Record(head: head.bytes, body: body.bytes)
    }

    /// The articles of one file read back (see `encode(all:)`).
    /// - Parameters:
    ///   - head: the file's heads.
    ///   - body: the file's bodies, or nil to read each article without its body (`Article.withoutBody()`), as the
    ///     warm open does: the body column is then not read at all.
    ///   - numbers: the numbers of shared strings this thread has been given (one memo per decoding thread).
    static func decode(
        all head: [UInt8], body: [UInt8]?, path: String, numbers: SharedStrings.LocalNumbers = SharedStrings.LocalNumbers()
    ) throws(BinaryReader.Damaged) -> [ExtractedArticle] {
        let heads = try parts(of: head)
        let bodies = try body.map { bytes throws(BinaryReader.Damaged) in try parts(of: bytes) }
        if let bodies, bodies.count != heads.count { throw BinaryReader.Damaged() }
        var items: [ExtractedArticle] = []
        items.reserveCapacity(heads.count)
        for (index, range) in heads.enumerated() {
            let bodyInput = bodies.map { BinaryReader(body ?? [], range: $0[index]) }
            items.append(try decode(BinaryReader(head, range: range), body: bodyInput, path: path, numbers: numbers))
        }
        return items
    }

    /// The heads of one file's articles (see `encode(all:)`) decoded without their bodies, as a warm open holds
    /// them, straight into `part`'s flat arrays as the file at corpus position `place`: no article gets arrays of
    /// its own for its events and stances. Their quotes are appended to `arena` and point at its placeholder until
    /// the caller seals it (see `QuoteArena`); nil gives each article's quotes storage of their own.
    /// - Throws: `BinaryReader.Damaged`, with nothing of the file left in `part`.
    static func decodeHeads(
        all head: [UInt8], file place: Int, path: String, numbers: SharedStrings.LocalNumbers, into part: inout GatheredArticles,
        arena: inout QuoteArena?
    ) throws(BinaryReader.Damaged) {
        let heads = try parts(of: head)
        let mark = part.mark
        part.beginFile(place)
        var mentioned: [String] = []
        do throws(BinaryReader.Damaged) {
            for range in heads {
                mentioned += try decode(
                    BinaryReader(head, range: range), body: nil, path: path, numbers: numbers, into: &part, arena: &arena)
            }
        } catch {
            part.rollBack(to: mark)
            throw error
        }
        for id in mentioned { part.noteMentioned(numbers.number(of: id)) }
    }

    /// One article read back as `ExtractedArticle` (see `decode(_:body:path:numbers:into:)`).
    private static func decode(
        _ input: BinaryReader, body: BinaryReader?, path: String, numbers: SharedStrings.LocalNumbers
    ) throws(BinaryReader.Damaged) -> ExtractedArticle {
        var one = OneArticle()
        var ownQuotes: QuoteArena? = nil
        let mentioned = try decode(input, body: body, path: path, numbers: numbers, into: &one, arena: &ownQuotes)
        guard let article = one.article, let analysis = one.analysis else { throw BinaryReader.Damaged() }
        return ExtractedArticle(article: article, analysis: analysis, events: one.events, stances: one.stances, mentioned: mentioned)
    }

    /// The article read back with its body, under the path the corpus now gives its file.
    /// - Throws: `BinaryReader.Damaged` when the record is cut short, of another format or inconsistent.
    static func decode(_ record: Record, path: String) throws(BinaryReader.Damaged) -> ExtractedArticle {
        try decode(BinaryReader(record.head), body: BinaryReader(record.body), path: path, numbers: SharedStrings.LocalNumbers())
    }

    /// Where each article's part lies in one column's bytes (see `encode(all:)`).
    private static func parts(of bytes: [UInt8]) throws(BinaryReader.Damaged) -> [Range<Int>] {
        var input = BinaryReader(bytes)
        var ranges: [Range<Int>] = []
        for _ in 0..<(try input.count()) {
            let length = try input.count()
            let start = input.position
            guard start + length <= bytes.count else { throw BinaryReader.Damaged() }
            input.skip(length)
            ranges.append(start..<(start + length))
        }
        guard input.isAtEnd else { throw BinaryReader.Damaged() }
        return ranges
    }

    /// The article `input` holds (see `decode(all:body:path:numbers:)`), handed to `sink`: the article and its
    /// analysis, then its events, then its stances; read without the body, its quotes go to `arena` when there is one.
    /// - Returns: the ids the analysis counts (`ExtractedArticle.mentioned`).
    private static func decode(
        _ input: BinaryReader, body: BinaryReader?, path: String, numbers: SharedStrings.LocalNumbers,
        into sink: inout some DecodedArticleSink, arena: inout QuoteArena?
    ) throws(BinaryReader.Damaged) -> [String] {
        var input = input
        guard try input.unsigned() == UInt64(format) else { throw BinaryReader.Damaged() }
        let id = try input.string()
        let title = try input.string()
        guard let titleSource = Article.TitleSource(rawValue: try input.string()) else { throw BinaryReader.Damaged() }
        let author = try input.optionalString()
        let date = try readDate(&input)
        guard let dateSource = Article.DateSource(rawValue: try input.string()) else { throw BinaryReader.Damaged() }
        let source = try input.optionalString()
        let url = try input.optionalString()
        let isSummary = try input.bool()
        let bodyStart = try input.int()
        var boilerplate: [LineRange] = []
        for _ in 0..<(try input.count()) { boilerplate.append(try readRange(&input)) }
        let quotes = try readQuotes(&input, arena: &arena)
        let parts = try body.map { reader throws(BinaryReader.Damaged) in try readBody(reader) }
        var article = Article(
            id: id, path: path, title: title, titleSource: titleSource, author: author, date: date, dateSource: dateSource,
            source: source, url: url, bodyStart: bodyStart, metadataLines: parts?.metadataLines ?? [],
            paragraphs: parts?.paragraphs ?? [], sentences: parts?.sentences ?? [], boilerplate: boilerplate)
        article.lines = parts?.lines ?? .empty
        article.hasBody = parts != nil
        article.isSummary = isSummary
        // Quotes come from the whole text when it is read, else from the stretches the head carries.
        let quoting: (Range<Int>) throws(BinaryReader.Damaged) -> TextSlice
        if let lines = parts?.lines {
            let storage = lines.sharedStorage
            let length = lines.text.utf8.count
            quoting = { range throws(BinaryReader.Damaged) in
                guard range.upperBound <= length else { throw BinaryReader.Damaged() }
                return TextSlice(storage: storage, utf8: range)
            }
        } else {
            quoting = { range throws(BinaryReader.Damaged) in try quotes.slice(range) }
        }

        let era = try input.optionalString()
        var mentions: [Mention] = []
        let mentionCount = try input.count()
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            mentions.append(Mention(
                actorNumber: try input.number(numbers), start: try readPosition(&input), length: try input.int()))
        }
        var mentioned: [String] = []
        for _ in 0..<(try input.count()) { mentioned.append(try input.string()) }
        sink.appendArticle(article, ArticleAnalysis(article: id, era: era, talliedMentions: mentions))
        let idNumber = numbers.number(of: id)

        for _ in 0..<(try input.count()) {
            let slice = try readSlice(&input, quoting: quoting)
            guard let date = try readDate(&input) else { throw BinaryReader.Damaged() }
            let line = try input.int()
            var actors: [String] = []
            for _ in 0..<(try input.count()) { actors.append(try input.string()) }
            sink.appendEvent(Event(
                articleNumber: idNumber, date: date, sentenceSlice: slice, line: line, actorList: numbers.number(ofList: actors)))
        }
        for _ in 0..<(try input.count()) {
            let slice = try readSlice(&input, quoting: quoting)
            let cue = try input.number(numbers)
            let score = try input.double()
            let holder = try input.number(numbers)
            let target = try input.number(numbers)
            let category = try input.number(numbers)
            let line = try input.int()
            guard let polarity = Stance.Polarity(rawValue: try input.string()) else { throw BinaryReader.Damaged() }
            sink.appendStance(Stance(
                articleNumber: idNumber, holderNumber: holder, targetNumber: target,
                polarity: polarity, score: score, categoryNumber: category, cueNumber: cue,
                evidenceSlice: slice, line: line))
        }
        guard input.isAtEnd else { throw BinaryReader.Damaged() }
        return mentioned
    }
}

/// Where `ExtractedArticleCodec` puts an article it decodes: the article and its analysis first, then its events,
/// then its stances.
protocol DecodedArticleSink {
    mutating func appendArticle(_ article: Article, _ analysis: ArticleAnalysis)
    mutating func appendEvent(_ event: Event)
    mutating func appendStance(_ stance: Stance)
}

extension GatheredArticles: DecodedArticleSink {}

/// One article decoded on its own, as `ExtractedArticle`.
private struct OneArticle: DecodedArticleSink {
    var article: Article?
    var analysis: ArticleAnalysis?
    var events: [Event] = []
    var stances: [Stance] = []

    mutating func appendArticle(_ article: Article, _ analysis: ArticleAnalysis) {
        self.article = article
        self.analysis = analysis
    }

    mutating func appendEvent(_ event: Event) { events.append(event) }
    mutating func appendStance(_ stance: Stance) { stances.append(stance) }
}
