/// Opening lines of a page saved as text that are the site's furniture, not the article's headline:
/// "Skip to main content", a breadcrumb ("Home › Asia-Pacific › Russia"), a menu ("Home | News | World"),
/// and the section or site name beside a headline ("India, China agree … | World News").
enum HeaderFurniture {
    /// Lines that only move the reader around the site, lower-cased.
    private static let navigationLines: Set<String> = [
        "skip to main content", "skip to content", "skip to navigation", "skip to main navigation", "jump to navigation",
        "jump to content", "main menu", "menu", "toggle navigation", "navigation", "search", "sign in", "log in",
        "subscribe", "advertisement", "home", "close", "share", "open menu", "site navigation",
    ]
    /// What separates the items of a breadcrumb or a menu, and a headline from its section or site.
    private static let separators: [String] = ["›", "»", ">", "|", "/", "·", "•"]
    /// Every separator is one scalar: a line without any of them is one part.
    private static let separatorScalars = Set(separators.compactMap(\.unicodeScalars.first))
    /// A breadcrumb or menu item has at most this many words; a headline has more.
    private static let itemWords = 4
    /// A headline beside a section or site name has at least this many words.
    private static let headlineWords = 4

    /// True when `text` (a trimmed line) is navigation rather than the article's title.
    static func isNavigation(_ text: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        let lower = text.lowercased()
        if navigationLines.contains(lower) || lower.hasPrefix("skip to ") || lower.hasPrefix("jump to ") { return true }
        let items = parts(of: text)
        guard items.allSatisfy({ wordCount($0) <= itemWords }) else { return false }
        // Two short items may be a headline ("Opinion | Japan's Russia Gamble"); a trail starts at home.
        return items.count >= 3
            || (items.count == 2 && (trailStarts.contains(items[0].lowercased()) || text.contains("›") || text.contains("»")))
    }

    /// The first item of a two-item trail.
    private static let trailStarts: Set<String> = ["home", "news", "homepage", "start", "main"]

    /// The headline of "Headline | Section" or "Site | Headline": the one long part, when the others are short.
    static func headline(of text: String) -> String? {
        let items = parts(of: text)
        guard items.count >= 2 else { return nil }
        let long = items.filter { wordCount($0) >= headlineWords }
        guard long.count == 1, let headline = long.first,
              items.allSatisfy({ $0 == headline || wordCount($0) <= itemWords }) else { return nil }
        return headline
    }

    /// The items between separators written with spaces around them (a bare "/" or ">" inside a word,
    /// "1/2" or "Asia-Pacific", separates nothing); "›" and "»" separate however they are written.
    private static func parts(of text: String) -> [String] {
        // Most lines hold no separator at all: one pass over the scalars rather than seven searches that each
        // copy the line (this was 8% of a first open's CPU, every line above the body being asked).
        guard text.unicodeScalars.contains(where: { separatorScalars.contains($0) }) else {
            let trimmed = text.trimmed
            return trimmed.isEmpty ? [] : [trimmed]
        }
        var pieces = [text]
        for separator in separators {
            let spaced = "›»".contains(separator) ? separator : " " + separator + " "
            pieces = pieces.flatMap { $0.components(separatedBy: spaced) }
        }
        return pieces.map { $0.trimmed }.filter { !$0.isEmpty }
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
