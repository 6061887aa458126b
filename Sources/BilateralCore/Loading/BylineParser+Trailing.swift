/// Bylines whose name comes first: "Anna Petrova, Staff Writer", "Kim Lee | Published March 21, 2023".
extension BylineParser {
    /// The last word of a staff role after a name and a comma.
    private static let roleEnds: Set<String> = [
        "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journalist", "staff", "bureau",
    ]
    /// Words that open an ordinary byline, which names its author after them.
    private static let leadWordsAfterName: Set<String> = ["by", "written", "words", "story", "author", "authors"]
    /// The words that open a date after a name and a bar.
    private static let dateLeads: Set<String> = ["published", "updated", "posted", "first"]

    /// The author (and date) of a line that is a name followed by a staff role or a publication date.
    static func trailingByline(in line: String) -> (author: String, date: PartialDate?)? {
        // Cheap refusals first: such a line is short and has a comma or a bar.
        guard line.utf8.count <= 120, line.utf8.contains(UInt8(ascii: ",")) || line.utf8.contains(UInt8(ascii: "|")),
              let first = line.first, first.isUppercase else { return nil }
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: line, limit: 120))
        // "By Ann Roe, Staff Writer" is an ordinary byline, read by `bylineAndDate`.
        if let lead = tokens.peek?.lower, leadWordsAfterName.contains(lead) { return nil }
        guard let name = name(from: &tokens), name.split(separator: " ").count >= 2,
              let separator = tokens.peek, [",", "|"].contains(separator.text) else { return nil }
        tokens.advance()
        let restStart = tokens.peek?.offset ?? line.utf8.count
        let rest = String(line.dropFirst(restStart))
        let words = rest.lowercased().split(whereSeparator: { !$0.isLetter })
        if separator.text == ",", let last = words.last, roleEnds.contains(String(last)), words.count <= 4 {
            return (name, nil)
        }
        if separator.text == "|", let lead = words.first, dateLeads.contains(String(lead)),
           let date = DatelineParser.date(in: rest) {
            return (name, date)
        }
        return nil
    }
}
