/// A capital city as the name of a format, an accord or a meeting held there: "the Minsk Group", "the Oslo Accords",
/// "the Astana talks" name a process between others, and the Washington Post is a newspaper (issue 15, class 8).
extension MentionFinder {
    /// Nouns that make a capital before them part of a name, written either way ("the Minsk Group", "the Minsk group").
    static let formatNouns: WordSet = [
        "group", "format", "process", "protocol", "protocols", "agreement", "agreements", "accord", "accords", "declaration",
        "convention", "conventions", "talks", "conference", "communique", "communiqué", "consensus", "memorandum", "charter",
        "post", "times", "olympics", "games", "club",
    ]

    /// True when the metonym ending before `end` (starting at `start`) names a format or a thing held there: the
    /// noun follows at once, and either it is capitalised ("Minsk Group") or "the" opens the phrase ("the Astana talks").
    static func namesAFormat(after end: Int, start: Int, in tokens: [Token]) -> Bool {
        guard end < tokens.count, tokens[end].isWord, formatNouns.contains(lower: tokens[end]) else { return false }
        if tokens[end].isCapitalised, tokens[end].spaceBefore { return !isHeadlineCase(tokens) }
        return start > 0 && tokens[start - 1].lower == "the"
    }

    /// A line in title case ("Moscow Talks Tough On Kyiv"): capitals say nothing there, so they make no name.
    private static func isHeadlineCase(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.isWord && $0.length > 3 }
        return words.count >= 3 && words.filter(\.isCapitalised).count * 4 >= words.count * 3
    }
}
