/// A token's bytes (sixteen at most) packed into two words: compared and hashed without a loop.
struct WordKey: Equatable {
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
