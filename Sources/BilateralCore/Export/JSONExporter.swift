/// The model as the JSON object of the export contract (`schema: 1`).
public struct JSONExporter: Sendable {
    public var pretty: Bool
    /// Adds each article's main text (`"text"`), so an outside scorer can read what the program kept.
    public var withText: Bool

    public init(pretty: Bool = true, withText: Bool = false) {
        self.pretty = pretty
        self.withText = withText
    }

    public func export(_ model: CorpusModel) -> String {
        ExportWriter.collecting { write(model, to: &$0) }
    }

    /// Writes the document `document(model)` describes into `out` as it goes: one article, event or stance at a
    /// time, so the whole document is never held (the same bytes as `document(model).serialized(pretty:)`).
    public func write(_ model: CorpusModel, to out: inout ExportWriter) {
        out.write(byte: UInt8(ascii: "{"))
        member("schema", first: true, to: &out)
        JSONValue.int(1).write(to: &out, pretty: pretty, indent: 1)
        member("pair", to: &out)
        JSONValue.array(model.pair.map(JSONValue.string)).write(to: &out, pretty: pretty, indent: 1)
        member("eras", to: &out)
        list(model.eras, to: &out, era)
        member("actors", to: &out)
        list(model.actors, to: &out, actor)
        member("articles", to: &out)
        list(Array(model.articles.indices), to: &out) { [self] index in
            article(
                model.articles[index], analysis: model.analyses[index], marks: model.marks[model.articles[index].marksKey],
                duplicates: duplicateFields(of: index, in: model), bodies: model.bodies)
        }
        member("events", to: &out)
        list(model.events, to: &out) { [self] in event($0) }
        member("stances", to: &out)
        list(model.stances, to: &out) { [self] in stance($0) }
        if pretty { JSONValue.newline(depth: 0, to: &out) }
        out.write(byte: UInt8(ascii: "}"))
    }

    /// A top-level member's key, after the comma that separates it from the one before.
    private func member(_ key: String, first: Bool = false, to out: inout ExportWriter) {
        if !first { out.write(byte: UInt8(ascii: ",")) }
        if pretty { JSONValue.newline(depth: 1, to: &out) }
        JSONValue.escape(key, to: &out)
        out.write(pretty ? ": " : ":")
    }

    /// Items of a top-level array rendered to bytes together on one thread.
    static let chunk = 256

    /// A top-level array, each item made into a value only when its turn comes. A long one is rendered a chunk
    /// of items at a time on every core while this thread writes out the chunks before, in order: the same
    /// bytes, with a few chunks held at once rather than the document.
    private func list<Item: Sendable>(_ items: [Item], to out: inout ExportWriter, _ value: @Sendable (Item) -> JSONValue) {
        out.write(byte: UInt8(ascii: "["))
        guard !items.isEmpty else { return out.write(byte: UInt8(ascii: "]")) }
        func render(_ range: Range<Int>, to out: inout ExportWriter) {
            for index in range {
                if index > 0 { out.write(byte: UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(depth: 2, to: &out) }
                value(items[index]).write(to: &out, pretty: pretty, indent: 2)
            }
        }
        if items.count <= Self.chunk {
            render(items.indices, to: &out)
        } else {
            let chunks = stride(from: 0, to: items.count, by: Self.chunk).map { $0..<min($0 + Self.chunk, items.count) }
            PipelinedMap.run(chunks, batchSize: 1, batchesAhead: 2 * ProcessorCount.active, makeWorker: { () }, transform: { range, _ in
                ExportWriter.bytes { render(range, to: &$0) }
            }) { rendered in
                for bytes in rendered { bytes.withUnsafeBufferPointer { out.write($0) } }
                return true
            }
        }
        if pretty { JSONValue.newline(depth: 1, to: &out) }
        out.write(byte: UInt8(ascii: "]"))
    }

    /// The whole document as one value (what `write` streams); for small models and for tests.
    public func document(_ model: CorpusModel) -> JSONValue {
        .object([
            ("schema", .int(1)),
            ("pair", .array(model.pair.map(JSONValue.string))),
            ("eras", .array(model.eras.map(era))),
            ("actors", .array(model.actors.map(actor))),
            ("articles", .array(zip(model.articles, model.analyses).enumerated().map { index, pair in
                article(
                    pair.0, analysis: pair.1, marks: model.marks[pair.0.marksKey], duplicates: duplicateFields(of: index, in: model),
                    bodies: model.bodies)
            })),
            ("events", .array(model.events.map(event))),
            ("stances", .array(model.stances.map(stance))),
        ])
    }

    func era(_ era: Era) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(era.id)), ("label", .string(era.label)),
            ("start", .string(era.start.iso)), ("end", .string(era.end.iso)),
            ("summary", .string(era.summary)), ("source", .string(era.source.rawValue)),
        ]
        if let statistics = era.statistics {
            fields.append(("statistics", .object([
                ("stances", .int(statistics.stances)), ("cooperative", .int(statistics.cooperative)),
                ("conflictual", .int(statistics.conflictual)), ("meanScore", .number(statistics.mean)),
                ("activeMonths", .int(statistics.activeMonths)),
            ])))
        }
        return .object(fields)
    }

    func actor(_ actor: Actor) -> JSONValue {
        .object([
            ("id", .string(actor.id)), ("name", .string(actor.name)),
            ("kind", .string(actor.kind.rawValue)), ("affiliation", .optional(actor.affiliation)),
        ])
    }

    func article(
        _ article: Article, analysis: ArticleAnalysis, marks: ArticleMarks? = nil, duplicates: [(String, JSONValue)] = [],
        bodies: ArticleBodies = ArticleBodies()
    ) -> JSONValue {
        let mentions = analysis.mentionCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        // The user's marks only where there are some: a corpus without marks exports as it always did.
        var own: [(String, JSONValue)] = []
        if let marks, marks.read { own.append(("read", .bool(true))) }
        if let marks, marks.bookmarked { own.append(("bookmarked", .bool(true))) }
        if let note = marks?.note { own.append(("note", .string(note))) }
        var fields: [(String, JSONValue)] = [
            ("id", .string(article.id)), ("path", .string(article.path)),
            ("title", .string(article.title)), ("titleSource", .string(article.titleSource.rawValue)),
            ("author", .optional(article.author)),
            ("date", .optional(article.date?.iso)), ("dateSource", .string(article.dateSource.rawValue)),
            ("source", .optional(article.source)), ("url", .optional(article.url)),
            ("era", .optional(analysis.era)),
            ("mentions", .object(mentions.map { ($0.key, .int($0.value)) })),
            ("boilerplate", .array(article.boilerplate.map { .array([.int($0.first), .int($0.last)]) })),
            ("summary", .bool(article.isSummary)),
        ]
        if withText { fields.append(("text", .string(bodies.withBody(article).mainText))) }
        return .object(fields + duplicates + own)
    }

    /// `copies` on a canonical article, `copyOf` on a copy; nothing on an article in no duplicate group, so a
    /// corpus without duplicates exports as it always did.
    func duplicateFields(of index: Int, in model: CorpusModel) -> [(String, JSONValue)] {
        guard let group = model.duplicates.group(of: index) else { return [] }
        guard group.canonical == index else { return [("copyOf", .string(model.articles[group.canonical].id))] }
        return [("copies", .array(zip(group.copies, group.similarities).map { copy, similarity in
            let article = model.articles[copy]
            return .object([
                ("id", .string(article.id)), ("path", .string(article.path)), ("source", .optional(article.source)),
                ("url", .optional(article.url)), ("date", .optional(article.date?.iso)), ("similarity", .number(similarity)),
            ])
        }))]
    }

    func event(_ event: Event) -> JSONValue {
        .object([
            ("article", .string(event.article)), ("date", .string(event.date.iso)),
            ("sentence", .string(event.sentence)), ("line", .int(event.line)),
            ("actors", .array(event.actors.map(JSONValue.string))),
        ])
    }

    func stance(_ stance: Stance) -> JSONValue {
        .object([
            ("article", .string(stance.article)), ("holder", .string(stance.holder)),
            ("target", .string(stance.target)), ("polarity", .string(stance.polarity.rawValue)),
            ("score", .number(stance.score)), ("category", .string(stance.category)),
            ("cue", .string(stance.cue)), ("evidence", .string(stance.evidence)), ("line", .int(stance.line)),
        ] + (stance.verdict.map { [("verdict", JSONValue.string($0.rawValue))] } ?? [])
          + (stance.fromCopy ? [("fromCopy", JSONValue.bool(true))] : []))
    }
}
