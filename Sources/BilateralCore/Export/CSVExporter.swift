/// The model as one RFC 4180 table: a row per article, event and stance, told apart by `kind`.
/// The last columns, on every row, name the focal pair (`RUS-JPN`), where the row's era came from, and, when the
/// row's article is a near-duplicate copy, the id of the article the story is counted under (`copyOf`).
public struct CSVExporter: Sendable {
    public static let header = ["kind", "article", "line", "date", "era", "holder", "target", "polarity", "score",
                                "category", "cue", "actors", "text", "pair", "eraSource", "copyOf"]

    public init() {}

    public func export(_ model: CorpusModel) -> String {
        ExportWriter.collecting { write(model, to: &$0) }
    }

    /// Writes the table into `out` a row at a time: rows separated by CRLF, none after the last.
    public func write(_ model: CorpusModel, to out: inout ExportWriter) {
        let pair = model.pair.joined(separator: "-")
        let sources = Dictionary(model.eras.map { ($0.id, $0.source.rawValue) }, uniquingKeysWith: { first, _ in first })
        var copyOf: [String: String] = [:]
        for group in model.duplicates.groups {
            for copy in group.copies where copyOf[model.articles[copy].id] == nil {
                copyOf[model.articles[copy].id] = model.articles[group.canonical].id
            }
        }
        func emit(_ fields: [String]) {
            out.write("\r\n")
            out.write(Self.row(fields + [pair, sources[fields[4]] ?? "", copyOf[fields[1]] ?? ""]))
        }
        out.write(Self.row(Self.header))
        var eraByArticle: [String: String] = [:]
        for (article, analysis) in zip(model.articles, model.analyses) {
            eraByArticle[article.id] = analysis.era
            let mentions = analysis.mentionCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key):\($0.value)" }.joined(separator: ";")
            emit(["article", article.id, "", article.date?.iso ?? "", analysis.era ?? "", "", "", "", "",
                  article.dateSource.rawValue, "", mentions, article.title])
        }
        for event in model.events {
            emit(["event", event.article, String(event.line), event.date.iso, eraByArticle[event.article] ?? "",
                  "", "", "", "", "", "", event.actors.joined(separator: ";"), event.sentence])
        }
        for stance in model.stances {
            emit(["stance", stance.article, String(stance.line), "", eraByArticle[stance.article] ?? "",
                  stance.holder, stance.target, stance.polarity.rawValue, JSONValue.format(stance.score),
                  stance.category, stance.cue, "", stance.evidence])
        }
    }

    /// One printable row: the article id (a file name) with its controls shown as escapes, other fields
    /// without controls, so that neither a terminal nor a line-based reader sees more than one line.
    static func row(_ fields: [String]) -> String {
        fields.enumerated().map { index, text in
            field(index == 1 ? PrintableText.name(text) : PrintableText.text(text))
        }.joined(separator: ",")
    }

    /// A field quoted when it holds a comma, a quote or a line break; quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
