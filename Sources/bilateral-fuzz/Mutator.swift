/// Makes new inputs from old ones the way a fuzzer does: bit flips, hostile bytes and tokens inserted,
/// ranges cut, copied and spliced from another input. Seeded, so a run can be replayed.
struct Mutator {
    private var state: UInt64

    /// The largest input made; big enough for long-sentence and deep-nesting cases, small enough to be fast.
    static let maxSize = 256 * 1024

    /// Bytes and byte strings that mean something to the loader: controls, escapes, BOMs, broken UTF-8,
    /// front-matter and YAML syntax, sentence ends, clause marks, actor names, dates.
    static let tokens: [[UInt8]] = [
        [0x00], [0x1B], [0x07], [0x0D], [0x0A], [0x0A, 0x0A], [0x09], [0x7F], [0xC2, 0x9B], [0xFF], [0xFE], [0xC3],
        [0xE2, 0x80], [0xF0, 0x9F, 0x91], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xE2, 0x80, 0x8D],
    ] + [
        "---\n", "\n---\n", "...", "title: ", "date: ", "[", "]", "{", "}", ": ", "- ", "&a ", "*a", "!!binary ",
        "\"", "'", ". ", "? ", "! ", "; ", ", ", "(", ")", " — ", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "Japan ", "Russia ",
        "China ", "Putin ", "Abe ", "Tokyo ", "Moscow ", "the two leaders ", "criticised ", "welcomed ", "sanctions ",
        "talks with ", " and ", " but ", "2016-05-06", "June 21, 2016", "By Ann Writer", "Mr. ", "U.S. ", "\u{200D}",
    ].map { Array($0.utf8) }

    init(seed: UInt64) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    /// xorshift64*: fast and good enough to choose mutations.
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(next() % UInt64(bound))
    }

    /// One to four mutations of `input`; `other` is what a splice takes from.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            mutateOnce(&bytes, other: other)
        }
        if bytes.count > Self.maxSize { bytes.removeLast(bytes.count - Self.maxSize) }
        return bytes
    }

    private mutating func mutateOnce(_ bytes: inout [UInt8], other: [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(8) {
        case 0 where !bytes.isEmpty:
            bytes[below(bytes.count)] ^= UInt8(1) << UInt8(below(8))
        case 1 where !bytes.isEmpty:
            bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
        case 2, 3:
            bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: position)
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + below(64))
            if position < end { bytes.removeSubrange(position..<end) }
        case 5 where !bytes.isEmpty:
            // Repeat a stretch many times: long lines, deep brackets, sentences without an end.
            let start = below(bytes.count)
            let piece = Array(bytes[start..<min(bytes.count, start + 1 + below(16))])
            let times = 1 + below(below(2) == 0 ? 8 : 2_000)
            bytes.insert(contentsOf: Array(repeatElement(piece, count: times).joined()), at: position)
        case 6 where !other.isEmpty:
            let start = below(other.count)
            bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + below(512))], at: position)
        case 7 where bytes.count > 1:
            bytes.removeLast(below(bytes.count))
        default:
            bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
        }
    }
}
