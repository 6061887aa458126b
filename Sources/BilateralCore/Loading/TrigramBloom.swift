/// A 4096-bit Bloom filter of the byte trigrams of a text, ASCII letters lower-cased: a few bit
/// tests tell that a phrase is certainly absent, so most phrase searches never scan the text.
struct TrigramBloom {
    private let words: UnsafeMutablePointer<UInt64>

    /// Calls `body` with the filter of `bytes` as `ByteSearch.asciiLowercased` would write them.
    // On the stack: one is built per line, and a heap block per line costs more than the bits.
    static func withFilter<Result>(lowercasing bytes: UnsafeBufferPointer<UInt8>, _ body: (TrigramBloom) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { buffer in
            guard let words = buffer.baseAddress else { preconditionFailure("a temporary allocation has an address") }
            words.initialize(repeating: 0, count: 64)
            if bytes.count >= 3 {
                var window = UInt32(lower(bytes[0])) << 8 | UInt32(lower(bytes[1]))
                for index in 2..<bytes.count {
                    window = (window << 8 | UInt32(lower(bytes[index]))) & 0xFF_FFFF
                    let bit = Self.bit(window)
                    words[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            return body(TrigramBloom(words: words))
        }
    }

    /// False when the text certainly does not hold `phrase`; true when it may.
    func mayContain(_ phrase: Phrase) -> Bool {
        for bit in phrase.trigramBits where words[Int(bit >> 6)] & (1 << UInt64(bit & 63)) == 0 { return false }
        return true
    }

    /// The filter bits of the trigrams of `needle` (already lower-case).
    static func bits(of needle: [UInt8]) -> [UInt16] {
        guard needle.count >= 3 else { return [] }
        return (0..<(needle.count - 2)).map { index in
            UInt16(bit(UInt32(needle[index]) << 16 | UInt32(needle[index + 1]) << 8 | UInt32(needle[index + 2])))
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    private static func bit(_ packed: UInt32) -> Int {
        Int((packed &* 2_654_435_761) >> 20) & 4095
    }
}

/// A lower-case phrase to look for in text, with its trigram filter bits worked out once.
struct Phrase: Sendable {
    let bytes: [UInt8]
    let trigramBits: [UInt16]

    init(_ text: String) {
        bytes = Array(text.utf8)
        trigramBits = TrigramBloom.bits(of: bytes)
    }
}
