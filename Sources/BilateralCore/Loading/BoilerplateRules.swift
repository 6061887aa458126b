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
        let words = wordCount(line)
        guard words > 0, words <= 150 else { return nil }
        let text = line.trimmed
        if isSeparator(text) || isNavigation(text) { return .line }
        // Markdown emphasis around a label ("*Further reading:*") does not change what it is.
        let lower = ByteSearch.asciiLowercased(text, droppingLeading: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") })
        if words <= 6 {
            let heading = String(decoding: lower, as: UTF8.self)
            let first = heading.firstIndex { !headingPunctuation.contains($0) }
            let last = heading.lastIndex { !headingPunctuation.contains($0) }
            let bare = first.flatMap { first in last.map { String(heading[first...$0]) } } ?? ""
            if aboutHeadings.contains(bare) { return .aboutAuthor }
            if sectionHeadings.contains(bare) { return .sectionStart }
        }
        if words <= 30, isCommentCount(String(decoding: lower, as: UTF8.self)) { return .sectionStart }
        let bloom = TrigramBloom(lower)
        let has = { (phrase: [UInt8]) in bloom.mayContain(phrase) && ByteSearch.contains(phrase, in: lower) }
        if strongPhrases.contains(where: has) { return .line }
        if prefixes.contains(where: { lower.starts(with: $0) }) { return .line }
        if words <= 60, weakPhrases.contains(where: has) { return .line }
        if words <= 60, has(Array("can be read in".utf8)), has(Array("languages".utf8)) { return .line }
        if words <= 12, shortPrefixes.contains(where: { lower.starts(with: $0) }) { return .line }
        return nil
    }

    /// Words separated by ASCII spaces and tabs, counted on bytes; past 150 the count may stop
    /// anywhere above 150, since longer lines are prose.
    private static func wordCount(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            guard let first = bytes.first else { return 0 }
            var count = isSpace(first) ? 0 : 1
            // A word starts at each non-space byte after a space; counted in blocks without a
            // branch or a carried state, which the compiler can vectorise.
            var index = 1
            while index < bytes.count {
                let end = min(index + 512, bytes.count)
                var starts = 0
                for offset in index..<end {
                    starts &+= !isSpace(bytes[offset]) && isSpace(bytes[offset - 1]) ? 1 : 0
                }
                count += starts
                if count > 150 { return count }
                index = end
            }
            return count
        }
    }

    /// `***`, `* * *`, `---`, `___`, `•`: a line made only of separator marks.
    static func isSeparator(_ text: String) -> Bool {
        // A line that opens with an ASCII letter or digit is not made of marks.
        if let first = text.utf8.first, (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) {
            return false
        }
        return text.allSatisfy { separatorMarks.contains($0) || $0.isWhitespace } && text.contains { !$0.isWhitespace }
    }

    /// A menu or share bar: three or more short items between bars or bullets.
    static func isNavigation(_ text: String) -> Bool {
        guard text.utf8.count < 200 else { return false }
        var marks = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // "|", and the last bytes of "•" (E2 80 A2) and "·" (C2 B7).
            if byte == UInt8(ascii: "|") || (byte == 0xA2 && previous == 0x80) || (byte == 0xB7 && previous == 0xC2) { marks += 1 }
            previous = byte
        }
        guard marks >= 2 else { return false }
        let items = text.split { $0 == "|" || $0 == "•" || $0 == "·" }.map { $0.split(whereSeparator: \.isWhitespace).count }
        return items.count >= 3 && items.allSatisfy { (1...3).contains($0) }
    }

    private static func isCommentCount(_ heading: String) -> Bool {
        guard let first = heading.utf8.first, (0x30...0x39).contains(first) else { return false }
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
    private static let strongPhrases: [[UInt8]] = [String]([
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
    ]).map { Array($0.utf8) }

    /// Phrases that mark a line only when it is short.
    private static let weakPhrases: [[UInt8]] = [String]([
        "newsletter", "subscribe now", "subscribe here", "follow us", "click here", "sign up",
        "log in", "log out", "donate", "support our work", "become a patron", "print this",
    ]).map { Array($0.utf8) }

    /// How notices and captions begin.
    private static let prefixes: [[UInt8]] = [String]([
        "disclaimer", "note to readers", "note to our readers", "featured image", "image credit",
        "photo credit", "cover image", "top image", "categories:", "category:", "tags:", "tagged:",
        "filed under", "posted in", "related:", "related posts", "related articles", "read more:",
        "read also:", "see also:", "for media inquiries", "media inquiries", "articles by",
        "copyright", "this article was originally published", "originally published",
        "this article first appeared", "this article was first published", "further reading",
        "enter your email", "your email address will not be published", "required fields are marked",
    ]).map { Array($0.utf8) }

    /// How credit lines begin; only a few words long.
    private static let shortPrefixes: [[UInt8]] = ["image:", "photo:", "picture:", "source:", "via:", "credit:"].map { Array($0.utf8) }
}
