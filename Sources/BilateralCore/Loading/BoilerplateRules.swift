#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var line = line
        let words = line.withUTF8 { WordCount.words(in: $0, cap: 150) }
        guard words > 0, words <= 150 else { return nil }
        var text = line.trimmed
        if isSeparator(text) || isNavigation(text) { return .line }
        return text.withUTF8 { trimmed in
            // Markdown emphasis around a label ("*Further reading:*") does not change what it is.
            var start = 0
            while start < trimmed.count, trimmed[start] == UInt8(ascii: "*") || trimmed[start] == UInt8(ascii: "_") { start += 1 }
            return classify(UnsafeBufferPointer(rebasing: trimmed[start...]), words: words)
        }
    }

    /// The rules that read the line's words, on its trimmed bytes; ASCII letters compare lower-cased.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Kind? {
        if words <= 6 {
            let heading = String(decoding: ByteSearch.asciiLowercased(bytes), as: UTF8.self)
            let first = heading.firstIndex { !headingPunctuation.contains($0) }
            let last = heading.lastIndex { !headingPunctuation.contains($0) }
            let bare = first.flatMap { first in last.map { String(heading[first...$0]) } } ?? ""
            if aboutHeadings.contains(bare) { return .aboutAuthor }
            if sectionHeadings.contains(bare) { return .sectionStart }
        }
        if words <= 30, let first = bytes.first, (0x30...0x39).contains(first),
           isCommentCount(String(decoding: ByteSearch.asciiLowercased(bytes), as: UTF8.self)) {
            return .sectionStart
        }
        if let first = bytes.first, prefixesByFirstByte[Int(ByteSearch.lower(first))].contains(where: { hasPrefix($0, bytes) }) {
            return .line
        }
        if words <= 12, shortPrefixes.contains(where: { hasPrefix($0, bytes) }) { return .line }
        let found = phrases.groups(in: bytes)
        if found & strongGroup != 0 { return .line }
        if words <= 60, found & weakGroup != 0 { return .line }
        if words <= 60, found & languagesGroups == languagesGroups { return .line }
        return nil
    }

    /// True when `bytes`, ASCII letters lower-cased, start with `prefix`.
    private static func hasPrefix(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for index in prefix.indices where ByteSearch.lower(bytes[index]) != prefix[index] { return false }
        return true
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
        var text = text
        // On the contiguous bytes: walking the UTF-8 view costs several times more per byte.
        let marks = text.withUTF8 { bytes in
            // Most lines hold none of the marks' bytes: memchr tells at a few bytes a step.
            guard let base = bytes.baseAddress,
                  memchr(base, Int32(UInt8(ascii: "|")), bytes.count) != nil || memchr(base, 0xA2, bytes.count) != nil
                    || memchr(base, 0xB7, bytes.count) != nil
            else { return 0 }
            var marks = 0
            var previous: UInt8 = 0
            for byte in bytes {
                // "|", and the last bytes of "•" (E2 80 A2) and "·" (C2 B7).
                if byte == UInt8(ascii: "|") || (byte == 0xA2 && previous == 0x80) || (byte == 0xB7 && previous == 0xC2) { marks += 1 }
                previous = byte
            }
            return marks
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
    private static let strongPhrases = [
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
    private static let weakPhrases = [
        "newsletter", "subscribe now", "subscribe here", "follow us", "click here", "sign up",
        "log in", "log out", "donate", "support our work", "become a patron", "print this",
    ]

    private static let strongGroup: UInt8 = 1
    private static let weakGroup: UInt8 = 2
    /// A note that the article exists in other languages: both phrases, in a short paragraph.
    private static let languagesGroups: UInt8 = 4 | 8

    /// The phrases by group, as bits: strong, weak, "can be read in", "languages".
    private static let phrases = PhraseAutomaton(groups: [strongPhrases, weakPhrases, ["can be read in"], ["languages"]])

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

    /// `prefixes` by their first byte, so a line is compared only with those that can match.
    private static let prefixesByFirstByte: [[[UInt8]]] = (0...255).map { byte in prefixes.filter { $0.first == UInt8(byte) } }

    /// How credit lines begin; only a few words long.
    private static let shortPrefixes: [[UInt8]] = ["image:", "photo:", "picture:", "source:", "via:", "credit:"].map { Array($0.utf8) }
}
