/// The searchable text of every article, prepared once so that a keystroke reads bitmaps
/// and, for the few articles they leave, scans bytes.
///
/// Each article's title and prose lines are lower-cased into one flat byte array, each line
/// between `\n`s so that line anchors are plain byte searches. Across articles there are
/// bitmaps of who holds each byte pair (exact), each of 4096 trigram hashes and each of
/// 4096 whole-word hashes (Bloom filters laid out key by key: one row ANDs all articles),
/// and exact rows for the most widespread trigrams (`CommonTrigrams`).
struct FoldedCorpus: Sendable {
    /// `\n` + title + `\n` + line + `\n` … per article, lower-cased, one article after another.
    let bytes: [UInt8]
    /// Article `i`'s text is `bytes[starts[i]..<starts[i + 1]]`.
    let starts: [Int]
    /// Per article, the 1-based lines that are searched (prose, not boilerplate), for case-sensitive scans.
    let lines: [[Int]]
    private let bigrams: ArticleBitmaps
    private let trigrams: ArticleBitmaps
    private let words: ArticleBitmaps
    private let common: CommonTrigrams
    private static let hashBuckets = 4096

    var count: Int { lines.count }

    /// The searchable text of `articles`; bodies they are held without are read back through `bodies` a batch at a time.
    init(articles: [Article], bodies: ArticleBodies = ArticleBodies()) {
        var model = CorpusModel(articles: articles)
        model.bodies = bodies
        var lines: [[Int]] = []
        lines.reserveCapacity(articles.count)
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(articles.count + 1)
        var folds: [UInt32: [UInt8]] = [:]
        model.forEachArticleWithBody { _, article in
            let boilerplate = Set(article.boilerplate.flatMap { $0.first...$0.last })
            let searched = article.lines.indices.map { $0 + 1 }.filter { $0 >= article.bodyStart && !boilerplate.contains($0) }
            lines.append(searched)
            bytes.append(0x0A)
            Self.appendFolded(Substring(article.title), to: &bytes, folds: &folds)
            bytes.append(0x0A)
            for line in searched {
                Self.appendFolded(article.lines.line(line - 1), to: &bytes, folds: &folds)
                bytes.append(0x0A)
            }
            starts.append(bytes.count)
        }
        var bigrams = ArticleBitmaps(keyCount: 1 << 16, articleCount: articles.count)
        var trigrams = ArticleBitmaps(keyCount: Self.hashBuckets, articleCount: articles.count)
        var words = ArticleBitmaps(keyCount: Self.hashBuckets, articleCount: articles.count)
        var pairs = KeySet(keyCount: 1 << 16), triples = KeySet(keyCount: Self.hashBuckets), wordKeys = KeySet(keyCount: Self.hashBuckets)
        defer {
            pairs.deallocate()
            triples.deallocate()
            wordKeys.deallocate()
        }
        bytes.withUnsafeBytes { all in
            for article in articles.indices {
                let text = UnsafeRawBufferPointer(rebasing: all[starts[article]..<starts[article + 1]])
                guard text.count >= 2 else { continue }
                var previous = Int(text[0]), pair = 0
                for offset in 1..<text.count {
                    let current = Int(text[offset])
                    let nextPair = previous << 8 | current
                    pairs.insert(nextPair)
                    if offset >= 2 { triples.insert(Self.trigramBucket(pair << 8 | current)) }
                    pair = nextPair
                    previous = current
                }
                TextScan.forEachWordHash(in: text) { hash in
                    let (first, second) = Self.wordBuckets(hash)
                    wordKeys.insert(first)
                    wordKeys.insert(second)
                }
                bigrams.add(pairs.keys, article: article)
                trigrams.add(triples.keys, article: article)
                words.add(wordKeys.keys, article: article)
                pairs.removeAll()
                triples.removeAll()
                wordKeys.removeAll()
            }
        }
        common = bytes.withUnsafeBytes { CommonTrigrams(bytes: $0, starts: starts) }
        self.bytes = bytes
        self.starts = starts
        self.lines = lines
        self.bigrams = bigrams
        self.trigrams = trigrams
        self.words = words
    }

    /// Lower-cases `line` onto `bytes` as `lowercased()` does, one scalar at a time: ASCII
    /// letters by a bit, other scalars through `folds`, which remembers each one's mapping.
    private static func appendFolded(_ line: Substring, to bytes: inout [UInt8], folds: inout [UInt32: [UInt8]]) {
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

    /// Keeps in `candidates` only articles that may hold `needle` (folded bytes): those with
    /// every byte pair of it (for one byte: that byte followed by anything, as every text
    /// ends in `\n`) and every trigram (exactly for widespread ones, else by its hash). For
    /// one or two bytes this is exact, and for three when `decides(_:)` says so.
    func narrow(_ candidates: inout ArticleBits, toContain needle: [UInt8]) {
        if needle.count == 1 {
            let first = Int(needle[0]) << 8
            candidates.formIntersection(bigrams.union(of: first..<(first + 256), count: count))
            return
        }
        guard needle.count >= 2 else { return }
        for offset in 1..<needle.count {
            bigrams.narrow(&candidates, toHold: Int(needle[offset - 1]) << 8 | Int(needle[offset]))
        }
        guard needle.count >= 3 else { return }
        for offset in 2..<needle.count {
            let packed = Int(needle[offset - 2]) << 16 | Int(needle[offset - 1]) << 8 | Int(needle[offset])
            if !common.narrow(&candidates, toHold: packed) { trigrams.narrow(&candidates, toHold: Self.trigramBucket(packed)) }
        }
    }

    /// True when `narrow(_:toContain:)` leaves exactly the articles holding `needle`, with no
    /// text left to scan: one or two bytes, or three that are a widespread trigram.
    func decides(_ needle: [UInt8]) -> Bool {
        switch needle.count {
        case 1, 2: return true
        case 3: return common.knows(Int(needle[0]) << 16 | Int(needle[1]) << 8 | Int(needle[2]))
        default: return false
        }
    }

    /// Keeps in `candidates` only articles that may have a whole word hashing to `hash`.
    func narrow(_ candidates: inout ArticleBits, toHaveWord hash: UInt64) {
        let (first, second) = Self.wordBuckets(hash)
        words.narrow(&candidates, toHold: first)
        words.narrow(&candidates, toHold: second)
    }

    /// The bucket of three bytes packed as `a << 16 | b << 8 | c`.
    private static func trigramBucket(_ packed: Int) -> Int {
        Int((UInt32(truncatingIfNeeded: packed) &* 2_654_435_761) >> 20) & (hashBuckets - 1)
    }

    private static func wordBuckets(_ hash: UInt64) -> (Int, Int) {
        (Int(hash & UInt64(hashBuckets - 1)), Int((hash >> 32) & UInt64(hashBuckets - 1)))
    }
}

/// The distinct keys one article holds, gathered before they go into the bitmaps; raw
/// memory in a struct so the per-byte test-and-set has no copy-on-write, bounds or
/// exclusivity checks. `deallocate()` when done.
private struct KeySet {
    private let seen: UnsafeMutablePointer<UInt64>
    private let found: UnsafeMutablePointer<Int>
    private var count = 0

    /// `keyCount` must be a multiple of 64.
    init(keyCount: Int) {
        seen = UnsafeMutablePointer<UInt64>.allocate(capacity: keyCount / 64)
        seen.initialize(repeating: 0, count: keyCount / 64)
        found = UnsafeMutablePointer<Int>.allocate(capacity: keyCount)
    }

    var keys: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: found, count: count) }

    mutating func insert(_ key: Int) {
        let bit: UInt64 = 1 << UInt64(key & 63)
        guard seen[key >> 6] & bit == 0 else { return }
        seen[key >> 6] |= bit
        found[count] = key
        count += 1
    }

    mutating func removeAll() {
        for key in keys { seen[key >> 6] = 0 }
        count = 0
    }

    func deallocate() {
        seen.deallocate()
        found.deallocate()
    }
}
