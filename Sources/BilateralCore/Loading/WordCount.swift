/// Counts words (runs of bytes other than ASCII space and tab) eight bytes at a time.
enum WordCount {
    /// The number of words in `bytes`; once past `cap` the count may stop anywhere above `cap`.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, cap: Int) -> Int {
        let count = bytes.count
        guard count > 0 else { return 0 }
        let raw = UnsafeRawBufferPointer(bytes)
        var words = 0
        // The high bit of each byte that follows a space (the first byte counts as following one).
        var previousSpace: UInt64 = 0x80
        var offset = 0
        while offset + 8 <= count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let space = highBitWhereEqual(chunk, 0x20) | highBitWhereEqual(chunk, 0x09)
            let starts = ~space & 0x8080_8080_8080_8080 & (space << 8 | previousSpace)
            // One bit per byte at most, at its top: a multiply adds them up (the target may lack popcnt).
            words &+= Int(truncatingIfNeeded: ((starts >> 7) &* 0x0101_0101_0101_0101) >> 56)
            previousSpace = space >> 56
            offset += 8
            // Checked now and then: a long line is prose whatever its exact count.
            if offset & 511 == 0, words > cap { return words }
        }
        var wasSpace = previousSpace != 0
        while offset < count {
            let isSpace = bytes[offset] == 0x20 || bytes[offset] == 0x09
            if !isSpace, wasSpace { words += 1 }
            wasSpace = isSpace
            offset += 1
        }
        return words
    }

    /// The high bit of each byte of `chunk` that equals `byte`, and no other bit (no false positives).
    @inline(__always)
    private static func highBitWhereEqual(_ chunk: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = chunk ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        let nonzero = ((difference & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | difference
        return ~nonzero & 0x8080_8080_8080_8080
    }
}
