import Yams

/// The `---` block some articles start with: title, date, author, source, url.
struct FrontMatter: Sendable, Equatable {
    var title: String?
    var date: PartialDate?
    var author: String?
    var source: String?
    var url: String?
    /// The 1-based line just after the closing `---`.
    var bodyStart: Int
    /// What was wrong with the block, for a warning; its other values still count.
    var problems: [String] = []

    /// Reads the front matter at the top of `lines`, if there is one.
    ///
    /// A block needs an opening `---` on line 1 and a closing `---` (or `...`); without the
    /// closing line the `---` is taken as text (a separator), not as an unterminated block.
    /// `plainPath: false` sends every block through Yams (for tests comparing the two ways).
    static func read(_ lines: [String], plainPath: Bool = true) -> FrontMatter? {
        // Most files do not open with "---": told on bytes before any Character is formed.
        guard let first = lines.first, first.utf8.starts(with: "---".utf8), first.trimmingTrailingSpaces == "---" else { return nil }
        // Front matter is short; a closing line far down is a separator in prose, not a block end.
        let searchEnd = min(lines.count, 200)
        guard searchEnd > 1,
              let close = (1..<searchEnd).first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces) })
        else { return nil }
        var matter = FrontMatter(bodyStart: close + 2)
        let pairs: [(key: String?, value: String?)]
        if plainPath, let plain = PlainFrontMatter.pairs(lines[1..<close]) {
            pairs = plain.map { ($0.key, $0.value) }
        } else {
            guard FrontMatterNesting.bound(lines[1..<close]) <= FrontMatterNesting.limit else {
                matter.problems.append("front matter too deeply nested; ignored")
                return matter
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            switch Result(catching: { try Yams.compose(yaml: yaml) }) {
            case .failure:
                // Not YAML, yet its lines that look like `key: value` still say what they mean.
                let lenient = LenientFrontMatter.pairs(lines[1..<close])
                guard !lenient.isEmpty else {
                    matter.problems.append("front matter is not valid YAML (its values are ignored)")
                    return matter
                }
                matter.problems.append("front matter is not valid YAML (read line by line)")
                pairs = lenient.map { ($0.key, $0.value) }
            case .success(nil):
                return matter
            case .success(let root?):
                guard let mapping = root.mapping else {
                    matter.problems.append("front matter is not a list of `key: value` lines (ignored)")
                    return matter
                }
                pairs = mapping.map { ($0.key.string, $0.value.scalar?.string) }
            }
        }
        for (keyText, valueText) in pairs {
            guard let key = keyText?.lowercased() else { continue }
            guard let value = valueText?.trimmed, !value.isEmpty else { continue }
            switch key {
            case "title": matter.title = value
            case "author": matter.author = value
            case "source": matter.source = value
            case "url": matter.url = value
            case "date":
                if let date = PartialDate(iso: value) ?? DatelineParser.date(in: value) ?? Self.isoPrefix(of: value) {
                    matter.date = date
                } else {
                    matter.problems.append("front matter date \"\(value)\" is not a date (ignored)")
                }
            default: continue
            }
        }
        return matter
    }

    /// `2016-06-21T10:00:00Z` and `2016-06-21 10:00` carry a plain date in front.
    private static func isoPrefix(of value: String) -> PartialDate? {
        let prefix = value.prefix { $0.isNumber || $0 == "-" }
        guard prefix.count >= 4, prefix.count < value.count else { return nil }
        return PartialDate(iso: String(prefix))
    }
}
