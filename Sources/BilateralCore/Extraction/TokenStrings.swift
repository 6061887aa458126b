/// The spellings of tokens read before in this run, by their bytes as written, so a word met again is found
/// without a lock or a String: news repeats a small vocabulary, and building the Strings was most of the
/// tokenizer's cost. Spellings it has not met come from `TokenSpellings`.
///
/// One table serves a whole extraction run on one thread; it stops growing at `capacity` entries.
final class TokenStrings {
    /// A token's bytes (sixteen at most) packed into two words: compared and hashed without a loop.
    struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int = 0

        /// Nil when the token is longer than sixteen bytes: such words are rare and seldom repeat.
        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            count = bytes.count
            for offset in 0..<min(8, bytes.count) { low |= UInt64(bytes[offset]) << UInt64(offset * 8) }
            for offset in 8..<max(8, bytes.count) { high |= UInt64(bytes[offset]) << UInt64((offset - 8) * 8) }
        }

        /// The key of `count` bytes at `offset` of `line`, read as two words when sixteen bytes are there to read.
        @inline(__always)
        init?(_ line: UnsafeBufferPointer<UInt8>, offset: Int, count: Int) {
            guard count <= 16 else { return nil }
            guard let base = line.baseAddress, offset + 16 <= line.count else {
                self.init(UnsafeBufferPointer(rebasing: line[offset..<offset + count]))
                return
            }
            let raw = UnsafeRawPointer(base + offset)
            // Little-endian loads match the byte order `init(_:)` packs; the bytes past the token are masked off.
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            self.init(low: count >= 8 ? first : first & ((1 << UInt64(count * 8)) - 1),
                      high: count <= 8 ? 0 : count == 16 ? second : second & ((1 << UInt64((count - 8) * 8)) - 1), count: count)
        }

        @inline(__always)
        private init(low: UInt64, high: UInt64, count: Int) {
            self.low = low
            self.high = high
            self.count = count
        }

        @inline(__always)
        var hash: UInt64 {
            (low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(count)) &* 0xFF51_AFD7_ED55_8CCD
        }
    }

    private let table = WordMemo<TokenSpelling.Address>(capacity: 1 << 15)

    /// Where the spelling of these bytes is kept, or would be.
    @inline(__always)
    func probe(_ key: Key) -> WordMemo<TokenSpelling.Address>.Probe {
        table.probe(key: key)
    }

    /// The spelling `probe` found.
    @inline(__always)
    func spelling(_ entry: Int) -> TokenSpelling.Address {
        table.value(entry)
    }

    /// Keeps `spelling` where `probe` found none, unless the table is full.
    func keep(_ spelling: TokenSpelling.Address, at probe: WordMemo<TokenSpelling.Address>.Probe) {
        table.keep(spelling, at: probe)
    }
}
