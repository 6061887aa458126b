/// A 4096-bit Bloom filter of the byte trigrams of a text: a few bit tests tell that a
/// phrase is certainly absent, so most phrase searches never scan the text.
struct TrigramBloom: Sendable {
    private var words = [UInt64](repeating: 0, count: 64)

    init(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= 3 else { return }
        for index in 0..<(bytes.count - 2) {
            let bit = Self.bit(bytes[index], bytes[index + 1], bytes[index + 2])
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TrigramBloom($0) }
    }

    /// False when `needle` certainly does not occur; true when it may.
    func mayContain(_ needle: [UInt8]) -> Bool {
        guard needle.count >= 3 else { return true }
        for index in 0..<(needle.count - 2) {
            let bit = Self.bit(needle[index], needle[index + 1], needle[index + 2])
            if words[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return true
    }

    private static func bit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let packed = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
        return Int((packed &* 2_654_435_761) >> 20) & 4095
    }
}
