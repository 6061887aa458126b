/// The searchable text of one article, prepared once so a keystroke only scans bytes.
///
/// Holds the lower-cased title and prose lines as UTF-8, each line between `\n`s so that
/// line anchors are plain byte searches, and a 4096-bit Bloom filter of its trigrams that
/// rules most articles out before any scan.
struct ArticleText: Sendable {
    /// `\n` + title + `\n` + line + `\n` … , lower-cased.
    let folded: [UInt8]
    /// 1-based lines that are searched (prose, not boilerplate), for case-sensitive scans.
    let lines: [Int]
    private let trigrams: TrigramBloom

    init(article: Article) {
        let boilerplate = Set(article.boilerplate.flatMap { $0.first...$0.last })
        lines = article.lines.indices.map { $0 + 1 }.filter { $0 >= article.bodyStart && !boilerplate.contains($0) }
        var bytes: [UInt8] = [0x0A]
        bytes.append(contentsOf: article.title.lowercased().utf8)
        bytes.append(0x0A)
        for line in lines {
            bytes.append(contentsOf: article.lines[line - 1].lowercased().utf8)
            bytes.append(0x0A)
        }
        folded = bytes
        trigrams = TrigramBloom(bytes)
    }

    /// False when `needle` (lower-cased bytes) certainly does not occur; true when it may.
    func mayContain(_ needle: [UInt8]) -> Bool {
        trigrams.mayContain(needle)
    }

    /// True when `needle` occurs in the folded text; `wholeWord` needs non-letters on both sides.
    func contains(_ needle: [UInt8], wholeWord: Bool) -> Bool {
        guard mayContain(needle) else { return false }
        return Self.find(needle, in: folded, wholeWord: wholeWord)
    }

    /// Byte search (memmem), repeated past hits that are inside a longer word when `wholeWord`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], wholeWord: Bool) -> Bool {
        haystack.withUnsafeBytes { find(needle, in: $0, wholeWord: wholeWord) }
    }

    static func find(_ needle: [UInt8], in hay: UnsafeRawBufferPointer, wholeWord: Bool) -> Bool {
        var start = 0
        while let position = ByteSearch.firstOffset(of: needle, in: hay, from: start) {
            if !wholeWord { return true }
            if !isWord(endingAt: position - 1, in: hay), !isWord(startingAt: position + needle.count, in: hay) { return true }
            start = position + 1
        }
        return false
    }

    /// Whether the character that starts at byte `index` is part of a word.
    static func isWord(startingAt index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let lead = bytes[index]
        if lead < 0x80 { return isASCIIWordByte(lead) }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        // General punctuation (curly quotes, dashes, U+2000–U+207F) and Latin-1 signs
        // (no-break space, guillemets) separate words like ASCII punctuation does.
        if lead == 0xE2, (0x80...0x81).contains(next) { return false }
        if lead == 0xC2, (0xA0...0xBF).contains(next) { return false }
        return true
    }

    /// Whether the character whose last byte is at `index` is part of a word.
    static func isWord(endingAt index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        var start = index
        while start > 0, index - start < 3, (0x80...0xBF).contains(bytes[start]) { start -= 1 }
        return isWord(startingAt: start, in: bytes)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }
}
