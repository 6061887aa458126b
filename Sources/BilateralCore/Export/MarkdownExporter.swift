/// The model as a readable Markdown report: eras, then per article its date, actors, events and stances.
public struct MarkdownExporter: Sendable {
    public init() {}

    public func export(_ model: CorpusModel) -> String {
        ExportWriter.collecting { write(model, to: &$0) }
    }

    /// Writes the report into `out` an article at a time.
    public func write(_ model: CorpusModel, to writer: inout ExportWriter) {
        var out = "# bilateral: \(model.articles.count) articles, \(model.events.count) events, \(model.countedStances.count) stances\n"
        if !model.pair.isEmpty {
            let names = model.pair.map { id in model.actor(id).map { "\($0.name) (\(id))" } ?? id }
            out += "\n- pair: \(cell(names.joined(separator: " – ")))\n"
        }
        if !model.eras.isEmpty {
            out += "\n## Eras\n\n| id | label | from | to | source |\n| --- | --- | --- | --- | --- |\n"
            for era in model.eras {
                out += "| \(cell(era.id)) | \(cell(era.label)) | \(era.start.iso) | \(era.end.iso) | \(era.source.rawValue) |\n"
            }
        }
        let events = Dictionary(grouping: model.events, by: \.article)
        let stances = Dictionary(grouping: model.stances, by: \.article)
        for (index, (article, analysis)) in zip(model.articles, model.analyses).enumerated() {
            writer.write(out)
            out.removeAll(keepingCapacity: true)
            out += "\n## \(cell(article.title.isEmpty ? PrintableText.name(article.id) : article.title))\n\n"
            out += "- file: `\(PrintableText.name(article.path))`\n"
            out += "- date: \(article.date?.iso ?? "unknown") (\(article.dateSource.rawValue))\n"
            out += "- era: \(analysis.era ?? "none")\n"
            out += duplicateLine(of: index, in: model)
            let marks = model.marks(of: article)
            if marks.bookmarked { out += "- bookmarked\n" }
            if let note = marks.note { out += "- note: \(inline(note))\n" }
            let actors = analysis.mentionCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            if !actors.isEmpty {
                out += "- actors: " + actors.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + "\n"
            }
            if let list = events[article.id], !list.isEmpty {
                out += "\n### Events\n\n"
                for event in list.sorted(by: { $0.date < $1.date }) {
                    out += "- **\(event.date.iso)** \(event.actors.joined(separator: ", ")): \(inline(event.sentence)) (line \(event.line))\n"
                }
            }
            if let list = stances[article.id], !list.isEmpty {
                out += "\n### Stances\n\n| holder | target | polarity | score | cue | line |\n| --- | --- | --- | --- | --- | --- |\n"
                for stance in list {
                    // A rejected stance (or a copy's) stays listed, struck through: it does not count.
                    let strike = stance.verdict == .rejected || stance.fromCopy ? "~~" : ""
                    let mark = stance.verdict == .confirmed ? " ✓" : ""
                    out += "| \(strike)\(cell(stance.holder))\(strike)\(mark) | \(cell(stance.target)) | \(stance.polarity.sign) | "
                        + "\(JSONValue.format(stance.score)) | \(cell(stance.cue)) | \(stance.line) |\n"
                }
            }
        }
        writer.write(out)
    }

    /// `- copies: …` under a canonical article, `- copy of: …` under a copy (whose stances do not count).
    private func duplicateLine(of index: Int, in model: CorpusModel) -> String {
        guard let group = model.duplicates.group(of: index) else { return "" }
        func named(_ index: Int) -> String {
            let article = model.articles[index]
            let id = "`\(PrintableText.name(article.id))`"
            return article.source.map { "\(id) (\(inline($0)))" } ?? id
        }
        if group.canonical != index { return "- copy of: \(named(group.canonical)); its stances are not counted\n" }
        return "- copies: " + group.copies.map(named).joined(separator: ", ") + "\n"
    }

    /// Text safe inside a table cell: pipes escaped, line breaks as spaces.
    private func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// One printable line: controls and escape sequences removed, line breaks as spaces.
    private func inline(_ text: String) -> String {
        PrintableText.text(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
