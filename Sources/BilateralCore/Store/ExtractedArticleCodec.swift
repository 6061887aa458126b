/// The store's record of one extracted article: the article (its text, lines, sentences, metadata), its
/// mentions, events and stances, in a compact binary form.
///
/// Quotes of the article's own text (sentences, events' sentences, stances' evidence) are written as offsets
/// into it, so a record holds the text once and reading it back shares one copy as extraction does.
/// A field added to `Article`, `Event`, `Stance` or `ArticleAnalysis` must be added here too, and `format`
/// raised: `StoreCodecTests` lists the fields it expects, so a new one fails that test until it is.
enum ExtractedArticleCodec {
    /// Raised whenever the layout below changes; part of the extractor version, so old records are redone.
    static let format = 2

    static func encode(_ item: ExtractedArticle) -> [UInt8] {
        let article = item.article
        let storage = article.lines.sharedStorage
        var out = BinaryWriter(reserving: article.lines.text.utf8.count + 64 * article.sentences.count + 256)
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
        out.string(article.lines.text)
        let starts = article.lines.lineStarts
        out.unsigned(UInt64(starts.count))
        for start in starts { out.int(Int(start)) }
        out.int(article.bodyStart)
        out.unsigned(UInt64(article.metadataLines.count))
        for line in article.metadataLines { out.int(line) }
        out.unsigned(UInt64(article.paragraphs.count))
        for paragraph in article.paragraphs {
            write(paragraph.lines, to: &out)
            out.bool(paragraph.isBoilerplate)
        }
        out.unsigned(UInt64(article.sentences.count))
        for sentence in article.sentences {
            write(sentence.textSlice, storage: storage, to: &out)
            write(sentence.start, to: &out)
            write(sentence.end, to: &out)
            out.int(sentence.paragraph)
            out.bool(sentence.isBoilerplate)
        }
        out.unsigned(UInt64(article.boilerplate.count))
        for range in article.boilerplate { write(range, to: &out) }

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
        return out.bytes
    }

    /// The records of every article of one file (a feed or a dump holds many): a count, then each
    /// record with its length.
    static func encode(all items: [ExtractedArticle]) -> [UInt8] {
        var out = BinaryWriter()
        out.unsigned(UInt64(items.count))
        for item in items {
            let bytes = encode(item)
            out.unsigned(UInt64(bytes.count))
            for byte in bytes { out.byte(byte) }
        }
        return out.bytes
    }

    /// The articles of one file read back (see `encode(all:)`).
    /// - Parameters:
    ///   - numbers: the numbers of shared strings this thread has been given (one memo per decoding thread).
    ///   - withBody: false reads each article without its body (`Article.withoutBody()`), its lines, paragraphs and
    ///     sentences stepped over rather than built, as the warm open does.
    static func decode(
        all bytes: [UInt8], path: String, numbers: SharedStrings.LocalNumbers = SharedStrings.LocalNumbers(),
        withBody: Bool = true
    ) throws(BinaryReader.Damaged) -> [ExtractedArticle] {
        var input = BinaryReader(bytes)
        var items: [ExtractedArticle] = []
        for _ in 0..<(try input.count()) {
            let length = try input.count()
            let start = input.position
            input.skip(length)
            items.append(try decode(
                BinaryReader(bytes, range: start..<(start + length)), path: path, numbers: numbers, withBody: withBody))
        }
        return items
    }

    /// The article read back, under the path the corpus now gives its file.
    /// - Throws: `BinaryReader.Damaged` when the record is cut short, of another format or inconsistent.
    static func decode(_ bytes: [UInt8], path: String) throws(BinaryReader.Damaged) -> ExtractedArticle {
        try decode(BinaryReader(bytes), path: path, numbers: SharedStrings.LocalNumbers(), withBody: true)
    }

    /// The article `input` holds (see `decode(_:path:)`).
    private static func decode(
        _ input: BinaryReader, path: String, numbers: SharedStrings.LocalNumbers, withBody: Bool
    ) throws(BinaryReader.Damaged) -> ExtractedArticle {
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
        let text = try input.string()
        var article: Article
        let storage: TextSlice.Storage
        if withBody {
            article = try readBody(&input, text: text)
            storage = article.lines.sharedStorage
        } else {
            article = try skipBody(&input, text: text)
            storage = TextSlice.Storage.make(text)
        }
        let lines = article.lines
        article = Article(
            id: id, path: path, title: title, titleSource: titleSource, author: author, date: date, dateSource: dateSource,
            source: source, url: url, bodyStart: article.bodyStart, metadataLines: article.metadataLines,
            paragraphs: article.paragraphs, sentences: article.sentences, boilerplate: article.boilerplate)
        article.lines = withBody ? lines : .empty
        article.hasBody = withBody
        article.isSummary = isSummary

        let era = try input.optionalString()
        var mentions: [Mention] = []
        let mentionCount = try input.count()
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            mentions.append(Mention(
                actorNumber: numbers.number(of: try input.string()), start: try readPosition(&input), length: try input.int()))
        }
        var mentioned: [String] = []
        for _ in 0..<(try input.count()) { mentioned.append(try input.string()) }
        let analysis = ArticleAnalysis(article: id, era: era, talliedMentions: mentions)
        let idNumber = numbers.number(of: id)

        var events: [Event] = []
        let eventCount = try input.count()
        events.reserveCapacity(eventCount)
        for _ in 0..<eventCount {
            let slice = try readSlice(&input, storage: storage, textLength: text.utf8.count)
            guard let date = try readDate(&input) else { throw BinaryReader.Damaged() }
            let line = try input.int()
            var actors: [String] = []
            for _ in 0..<(try input.count()) { actors.append(try input.string()) }
            events.append(Event(
                articleNumber: idNumber, date: date, sentenceSlice: slice, line: line, actorList: numbers.number(ofList: actors)))
        }
        var stances: [Stance] = []
        let stanceCount = try input.count()
        stances.reserveCapacity(stanceCount)
        for _ in 0..<stanceCount {
            let slice = try readSlice(&input, storage: storage, textLength: text.utf8.count)
            let cue = try input.string()
            let score = try input.double()
            let holder = try input.string()
            let target = try input.string()
            let category = try input.string()
            let line = try input.int()
            guard let polarity = Stance.Polarity(rawValue: try input.string()) else { throw BinaryReader.Damaged() }
            stances.append(Stance(
                articleNumber: idNumber, holderNumber: numbers.number(of: holder), targetNumber: numbers.number(of: target),
                polarity: polarity, score: score, categoryNumber: numbers.number(of: category), cue: cue,
                evidenceSlice: slice, line: line))
        }
        guard input.isAtEnd else { throw BinaryReader.Damaged() }
        // Without the body the quotes keep only what they quote, not the whole text.
        if !withBody { QuotedText.requote(events: &events, stances: &stances, of: storage) }
        return ExtractedArticle(article: article, analysis: analysis, events: events, stances: stances, mentioned: mentioned)
    }

    // MARK: - Parts

    private static func write(_ date: PartialDate?, to out: inout BinaryWriter) {
        guard let date else { return out.int(0) }
        out.int(date.year)
        out.int(date.month ?? 0)
        out.int(date.day ?? 0)
    }

    private static func readDate(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> PartialDate? {
        let year = try input.int()
        guard year != 0 else { return nil }
        let month = try input.int()
        let day = try input.int()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw BinaryReader.Damaged()
        }
        return date
    }

    private static func write(_ position: TextPosition, to out: inout BinaryWriter) {
        out.int(position.line)
        out.int(position.column)
    }

    static func readPosition(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> TextPosition {
        TextPosition(line: try input.int(), column: try input.int())
    }

    private static func write(_ range: LineRange, to out: inout BinaryWriter) {
        out.int(range.first)
        out.int(range.last)
    }

    static func readRange(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> LineRange {
        LineRange(first: try input.int(), last: try input.int())
    }

    /// A slice of the article's text as offsets; any other text (made by hand, not by extraction) in full.
    private static func write(_ slice: TextSlice, storage: TextSlice.Storage, to out: inout BinaryWriter) {
        if slice.isSlice(of: storage) {
            out.byte(0)
            out.int(slice.utf8Range.lowerBound)
            out.int(slice.utf8Range.upperBound)
        } else {
            out.byte(1)
            out.string(slice.string)
        }
    }

    static func readSlice(
        _ input: inout BinaryReader, storage: TextSlice.Storage, textLength: Int
    ) throws(BinaryReader.Damaged) -> TextSlice {
        switch try input.byte() {
        case 0:
            let lower = try input.int()
            let upper = try input.int()
            guard 0 <= lower, lower <= upper, upper <= textLength else { throw BinaryReader.Damaged() }
            return TextSlice(storage: storage, utf8: lower..<upper)
        case 1:
            return TextSlice(try input.string())
        default:
            throw BinaryReader.Damaged()
        }
    }
}
