/// The word shingles of an article's prose, hashed: the set near-duplicate detection compares.
///
/// A word is a run of ASCII letters and digits or of non-ASCII bytes (letters of other scripts), lower-cased;
/// punctuation, case and spacing never tell two copies apart. A shingle is `size` consecutive words; an
/// article shorter than that is one shingle of all its words. The text read is the article's prose: its body
/// lines without metadata lines (title line, dateline, byline) or boilerplate, so a different headline or
/// byline, or a share prompt the loader recognised, leaves the set as it was.
///
/// Hashes are fixed functions of the bytes (FNV-1a and a SplitMix64 finaliser, never Swift's per-process
/// seeded `Hasher`), so the same corpus groups the same way in every run.
public enum WordShingles {
    /// Words per shingle: long enough that two articles on the same event rarely share a run by chance,
    /// short enough that one changed word spoils only five shingles.
    public static let size = 5

    /// The hashed shingles of `article`'s prose, in text order (repeats kept).
    public static func hashes(of article: Article, size: Int = size) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(article.lines.text.utf8.count / 5)
        let skipped = Set(article.metadataLines)
        for position in article.lines.indices {
            let number = position + 1
            guard number >= article.bodyStart, !skipped.contains(number), !article.isBoilerplate(line: number) else { continue }
            appendWords(of: article.lines.line(position), to: &words)
        }
        return hashes(ofWords: words, size: size)
    }

    /// The sorted, distinct shingle hashes of `article`: the set whose Jaccard similarity is measured.
    public static func set(of article: Article, size: Int = size) -> [UInt64] {
        set(ofHashes: hashes(of: article, size: size))
    }

    /// The sorted, distinct values of `hashes` (as `hashes(of:size:)` gives them).
    static func set(ofHashes hashes: consuming [UInt64]) -> [UInt64] {
        var hashes = hashes
        hashes.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(hashes.count)
        for hash in hashes where distinct.last != hash { distinct.append(hash) }
        return distinct
    }

    /// Shingle hashes of a text's words (the tests' way in, and the article's).
    public static func hashes(of text: Substring, size: Int = size) -> [UInt64] {
        var words: [UInt64] = []
        appendWords(of: text, to: &words)
        return hashes(ofWords: words, size: size)
    }

    static func hashes(ofWords words: [UInt64], size: Int) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = min(max(1, size), words.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for word in words[start..<(start + width)] { hash = Mixing.mix(hash ^ word) }
            shingles.append(hash)
        }
        return shingles
    }

    /// FNV-1a hashes of the lower-cased words of `text`, appended to `words`. General punctuation
    /// (U+2000–U+207F: curly quotes, dashes, ellipsis, thin spaces) separates words like its ASCII forms,
    /// so "Japan’s" and "Japan's" are the same words.
    static func appendWords(of text: Substring, to words: inout [UInt64]) {
        let offset: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3
        var hash = offset
        var inWord = false
        var leadE2 = false
        var skip = 0
        func add(_ byte: UInt8) {
            inWord = true
            hash = (hash ^ UInt64(byte)) &* prime
        }
        func end() {
            if inWord { words.append(hash) }
            inWord = false
            hash = offset
        }
        for byte in text.utf8 {
            if skip > 0 {
                skip -= 1
                continue
            }
            if leadE2 {
                leadE2 = false
                if byte == 0x80 || byte == 0x81 {
                    end()
                    skip = 1
                    continue
                }
                add(0xE2)
            }
            switch byte {
            case 0xE2: leadE2 = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): add(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: add(byte)
            default: end()
            }
        }
        if leadE2 { add(0xE2) }
        end()
    }
}

/// A fixed 64-bit mixing function (SplitMix64's finaliser): every input bit reaches every output bit.
enum Mixing {
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
