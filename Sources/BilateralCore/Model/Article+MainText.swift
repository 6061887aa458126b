extension Article {
    /// The article's own text: its paragraphs without boilerplate or metadata lines (title,
    /// dateline, byline), one paragraph per block separated by a blank line.
    public var mainText: String {
        let metadata = Set(metadataLines)
        var blocks: [String] = []
        for paragraph in paragraphs where !paragraph.isBoilerplate {
            var kept: [String] = []
            for line in paragraph.lines.first...paragraph.lines.last where !metadata.contains(line) && !isBoilerplate(line: line) {
                let text = lines.line(line - 1)
                kept.append(String(text))
            }
            if !kept.isEmpty { blocks.append(kept.joined(separator: "\n")) }
        }
        return blocks.joined(separator: "\n\n")
    }
}
