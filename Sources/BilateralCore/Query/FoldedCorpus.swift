/// The searchable text of every article, prepared once so that a keystroke reads bitmaps
/// and, for the few articles they leave, scans bytes.
///
/// Each article's title and prose lines are lower-cased into one flat byte array, each line
/// between `\n`s so that line anchors are plain byte searches. Per article there are two
/// 4096-bit Bloom filters, of its byte trigrams and of its whole words, and across articles
/// the `BigramPostings` of every byte pair.
struct FoldedCorpus: Sendable {
    /// `\n` + title + `\n` + line + `\n` … per article, lower-cased, one article after another.
    let bytes: [UInt8]
    /// Article `i`'s text is `bytes[starts[i]..<starts[i + 1]]`.
    let starts: [Int]
    /// Per article, the 1-based lines that are searched (prose, not boilerplate), for case-sensitive scans.
    let lines: [[Int]]
    let bigrams: BigramPostings
    /// `bloomWords` words per article, one article after another.
    private let trigramBlooms: [UInt64]
    private let wordBlooms: [UInt64]
    private static let bloomWords = 64

    var count: Int { lines.count }

    init(articles: [Article]) {
        var lines: [[Int]] = []
        lines.reserveCapacity(articles.count)
        var estimate = 0
        for article in articles {
            let boilerplate = Set(article.boilerplate.flatMap { $0.first...$0.last })
            let searched = article.lines.indices.map { $0 + 1 }.filter { $0 >= article.bodyStart && !boilerplate.contains($0) }
            lines.append(searched)
            estimate += article.title.utf8.count + 2 + searched.reduce(0) { $0 + article.lines[$1 - 1].utf8.count + 1 }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(estimate + estimate / 64)
        var starts = [0]
        starts.reserveCapacity(articles.count + 1)
        var folds: [UInt32: [UInt8]] = [:]
        for (article, searched) in zip(articles, lines) {
            bytes.append(0x0A)
            Self.appendFolded(article.title, to: &bytes, folds: &folds)
            bytes.append(0x0A)
            for line in searched {
                Self.appendFolded(article.lines[line - 1], to: &bytes, folds: &folds)
                bytes.append(0x0A)
            }
            starts.append(bytes.count)
        }
        var trigramBlooms = [UInt64](repeating: 0, count: articles.count * Self.bloomWords)
        var wordBlooms = [UInt64](repeating: 0, count: articles.count * Self.bloomWords)
        var bigrams = BigramPostings(articleCount: articles.count)
        bytes.withUnsafeBytes { all in
            for article in articles.indices {
                let text = UnsafeRawBufferPointer(rebasing: all[starts[article]..<starts[article + 1]])
                let base = article * Self.bloomWords
                bigrams.add(text, article: article)
                if text.count >= 3 {
                    for offset in 0..<(text.count - 2) {
                        let bit = Self.trigramBit(text[offset], text[offset + 1], text[offset + 2])
                        trigramBlooms[base + bit >> 6] |= 1 << UInt64(bit & 63)
                    }
                }
                TextScan.forEachWordHash(in: text) { hash in
                    let (first, second) = Self.wordBits(hash)
                    wordBlooms[base + first >> 6] |= 1 << UInt64(first & 63)
                    wordBlooms[base + second >> 6] |= 1 << UInt64(second & 63)
                }
            }
        }
        bigrams.finish()
        self.bytes = bytes
        self.starts = starts
        self.lines = lines
        self.bigrams = bigrams
        self.trigramBlooms = trigramBlooms
        self.wordBlooms = wordBlooms
    }

    /// Lower-cases `line` onto `bytes` as `lowercased()` does, one scalar at a time: ASCII
    /// letters by a bit, other scalars through `folds`, which remembers each one's mapping.
    private static func appendFolded(_ line: String, to bytes: inout [UInt8], folds: inout [UInt32: [UInt8]]) {
        var line = line
        line.withUTF8 { utf8 in
            var offset = 0
            while offset < utf8.count {
                let lead = utf8[offset]
                if lead < 0x80 {
                    bytes.append((0x41...0x5A).contains(lead) ? lead | 0x20 : lead)
                    offset += 1
                    continue
                }
                let length = min(TextScan.characterLength(lead), utf8.count - offset)
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for next in (offset + 1)..<(offset + length) { value = value << 6 | UInt32(utf8[next] & 0x3F) }
                if let folded = folds[value] {
                    bytes.append(contentsOf: folded)
                } else {
                    let folded = Unicode.Scalar(value).map { Array(String(Character($0)).lowercased().utf8) }
                        ?? Array(utf8[offset..<(offset + length)])
                    folds[value] = folded
                    bytes.append(contentsOf: folded)
                }
                offset += length
            }
        }
    }

    /// Calls `body` with the whole flat text; slice it with `text(_:in:)`.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        bytes.withUnsafeBytes(body)
    }

    /// Article `article`'s folded text inside `all` (from `withBytes`).
    func text(_ article: Int, in all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: all[starts[article]..<starts[article + 1]])
    }

    /// False when `needle` (folded bytes) certainly does not occur in the article; true when it may.
    func mayContain(_ needle: [UInt8], article: Int) -> Bool {
        guard needle.count >= 3 else { return true }
        let base = article * Self.bloomWords
        for offset in 0..<(needle.count - 2) {
            let bit = Self.trigramBit(needle[offset], needle[offset + 1], needle[offset + 2])
            if trigramBlooms[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return true
    }

    /// False when no maximal run of word characters in the article hashes to `hash`.
    func mayHaveWord(_ hash: UInt64, article: Int) -> Bool {
        let base = article * Self.bloomWords
        let (first, second) = Self.wordBits(hash)
        return wordBlooms[base + first >> 6] & (1 << UInt64(first & 63)) != 0
            && wordBlooms[base + second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    private static func trigramBit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let packed = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
        return Int((packed &* 2_654_435_761) >> 20) & 4095
    }

    private static func wordBits(_ hash: UInt64) -> (Int, Int) {
        (Int(hash & 4095), Int((hash >> 32) & 4095))
    }
}
