/// Recognises single lines of web boilerplate by the phrases such text is built from.
///
/// The cues are the stock phrases of publishing platforms (share buttons, comment forms,
/// legal notices), not sentences of any one article. Long lines are prose however they
/// start, so every rule has a word limit.
enum BoilerplateRules {
    enum Kind: Equatable, Sendable {
        /// A line of boilerplate.
        case line
        /// A heading after which the rest of the page is boilerplate (comments, related posts).
        case sectionStart
        /// An "About the author" heading: the rest is boilerplate and may name the author.
        case aboutAuthor
    }

    /// Longer than this, a line is prose whatever phrase it holds.
    private static let maximumBytes = 1500

    static func classify(_ line: String) -> Kind? {
        guard line.utf8.count <= maximumBytes else { return nil }
        let text = line.trimmed
        guard !text.isEmpty else { return nil }
        if isSeparator(text) || isNavigation(text) { return .line }
        // Markdown emphasis around a label ("*Further reading:*") does not change what it is.
        let lower = String(text.lowercased().drop { $0 == "*" || $0 == "_" })
        let heading = String(lower.drop { headingPunctuation.contains($0) }.reversed().drop { headingPunctuation.contains($0) }.reversed())
        let words = lower.split(whereSeparator: \.isWhitespace).count
        if words <= 6 {
            if aboutHeadings.contains(heading) { return .aboutAuthor }
            if sectionHeadings.contains(heading) { return .sectionStart }
        }
        if words <= 30, isCommentCount(heading) { return .sectionStart }
        if words <= 150, strongPhrases.contains(where: { lower.contains($0) }) { return .line }
        if words <= 150, prefixes.contains(where: { lower.hasPrefix($0) }) { return .line }
        if words <= 60, weakPhrases.contains(where: { lower.contains($0) }) { return .line }
        if words <= 60, lower.contains("can be read in"), lower.contains("languages") { return .line }
        if words <= 12, shortPrefixes.contains(where: { lower.hasPrefix($0) }) { return .line }
        return nil
    }

    /// `***`, `* * *`, `---`, `___`, `•`: a line made only of separator marks.
    static func isSeparator(_ text: String) -> Bool {
        text.allSatisfy { separatorMarks.contains($0) || $0.isWhitespace } && text.contains { !$0.isWhitespace }
    }

    /// A menu or share bar: three or more short items between bars or bullets.
    static func isNavigation(_ text: String) -> Bool {
        guard text.utf8.count < 200 else { return false }
        let items = text.split { $0 == "|" || $0 == "•" || $0 == "·" }.map { $0.split(whereSeparator: \.isWhitespace).count }
        return items.count >= 3 && items.allSatisfy { (1...3).contains($0) }
    }

    private static func isCommentCount(_ heading: String) -> Bool {
        let parts = heading.split(whereSeparator: \.isWhitespace)
        guard parts.count >= 2, parts[0].allSatisfy(\.isNumber),
              ["comments", "comment", "responses", "response", "replies", "thoughts", "reactions"].contains(String(parts[1]))
        else { return false }
        return parts.count == 2 || ["on", "to"].contains(String(parts[2]))
    }

    private static let separatorMarks: Set<Character> = ["*", "-", "_", "=", "~", "#", "•", "·", "—", "–"]
    private static let headingPunctuation: Set<Character> = [":", ".", " ", "\u{a0}", "#", "*", "-"]

    private static let aboutHeadings: Set<String> = [
        "about the author", "about author", "about the authors", "about the writer", "about the contributor",
    ]

    private static let sectionHeadings: Set<String> = [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "comments", "responses",
        "related", "related posts", "related articles", "related stories", "you may also like",
        "more stories", "recent posts", "popular posts", "share this", "share this article", "like this",
        "like this:", "share", "share:", "like this: loading...", "leave a reply cancel reply",
    ]

    /// Phrases that are boilerplate wherever they appear in a short paragraph.
    private static let strongPhrases: [String] = [
        "copyrighted material", "fair use", "all rights reserved", "©",
        "you are commenting using", "fill in your details", "click an icon to log in", "leave a reply",
        "notify me of new", "connecting to %s", "akismet", "comment data is processed",
        "[email protected]", "log in to reply", "log out /", "log out  /",
        "the views expressed", "opinions expressed in this", "does not necessarily reflect",
        "reprinted with permission", "republished with permission", "translate website",
        "subscribe to our", "sign up for our", "sign up to our", "sign up for the", "daily newsletter",
        "weekly newsletter", "our newsletter", "share this article", "share this story", "click to share",
        "click here to", "click here.", "share button", "follow us on", "like us on facebook",
        "feel free to repost", "repost and share", "share widely", "email/forward", "to your inbox",
    ]

    /// Phrases that mark a line only when it is short.
    private static let weakPhrases: [String] = [
        "newsletter", "subscribe now", "subscribe here", "follow us", "click here", "sign up",
        "log in", "log out", "donate", "support our work", "become a patron", "print this",
    ]

    /// How notices and captions begin.
    private static let prefixes: [String] = [
        "disclaimer", "note to readers", "note to our readers", "featured image", "image credit",
        "photo credit", "cover image", "top image", "categories:", "category:", "tags:", "tagged:",
        "filed under", "posted in", "related:", "related posts", "related articles", "read more:",
        "read also:", "see also:", "for media inquiries", "media inquiries", "articles by",
        "copyright", "this article was originally published", "originally published",
        "this article first appeared", "this article was first published", "further reading",
        "enter your email", "your email address will not be published", "required fields are marked",
    ]

    /// How credit lines begin; only a few words long.
    private static let shortPrefixes: [String] = ["image:", "photo:", "picture:", "source:", "via:", "credit:"]
}
