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
            // Little-endian loads match the byte order `init(_:)` packs; the bytes past the token are shifted off
            // (a token has at least one byte, so no shift reaches 64).
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            if count <= 8 {
                self.init(low: first & (UInt64.max &>> UInt64(64 &- count &* 8)), high: 0, count: count)
            } else {
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                self.init(low: first, high: second & (UInt64.max &>> UInt64(128 &- count &* 8)), count: count)
            }
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

    // Fixed-size buffers rather than arrays: the lookup runs for every token, and the arrays' bounds checks
    // and indirections were a third of it. Pages of `keys` and `spellings` are only touched as entries are added.
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let keys: UnsafeMutablePointer<Key>
    private let spellings: UnsafeMutablePointer<TokenSpelling.Address>
    private var count = 0
    private let capacity: Int
    private let shift: UInt64

    init(capacity: Int = 1 << 15) {
        self.capacity = capacity
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        keys = .allocate(capacity: capacity)
        spellings = .allocate(capacity: capacity)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    deinit {
        slots.deallocate()
        keys.deinitialize(count: count)
        keys.deallocate()
        spellings.deinitialize(count: count)
        spellings.deallocate()
    }

    /// The spelling of exactly these bytes, if it was kept.
    @inline(__always)
    func spelling(for key: Key) -> TokenSpelling.Address? {
        var slot = Int(truncatingIfNeeded: key.hash &>> shift)
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if keys[stored &- 1] == key { return spellings[stored &- 1] }
            slot = (slot &+ 1) & (slots.count &- 1)
        }
    }

    /// Keeps `spelling` for these bytes, unless the table is full or holds them already.
    func keep(_ spelling: TokenSpelling.Address, for key: Key) {
        guard count < capacity else { return }
        var slot = Int(truncatingIfNeeded: key.hash &>> shift)
        while slots[slot] != 0 {
            if keys[Int(slots[slot]) - 1] == key { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        (keys + count).initialize(to: key)
        (spellings + count).initialize(to: spelling)
        count += 1
        slots[slot] = Int32(count)
    }
}
