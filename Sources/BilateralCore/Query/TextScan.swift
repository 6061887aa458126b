#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text tests shared by the filter's index and its matchers: substring search
/// with whole-word checks, what counts as a word character, and the hash of a whole word.
enum TextScan {
    /// True when `needle` occurs in `hay`; `wholeWord` needs non-word characters (or the
    /// text's ends) on both sides.
    ///
    /// Sixteen start positions at a time are tested on the needle's first and last bytes
    /// (SIMD compares), so a common letter costs no call per occurrence; only
    /// positions where both agree are compared in full.
    static func find(_ needle: [UInt8], in hay: UnsafeRawBufferPointer, wholeWord: Bool) -> Bool {
        let length = needle.count
        guard length > 0 else { return true }
        guard hay.count >= length, let base = hay.baseAddress else { return false }
        return needle.withUnsafeBytes { pin -> Bool in
            guard let pinBase = pin.baseAddress else { return false }
            let firstByte = pin[0], lastByte = pin[length - 1]
            func matches(at start: Int) -> Bool {
                guard hay[start] == firstByte, hay[start + length - 1] == lastByte,
                      length <= 2 || memcmp(base + start + 1, pinBase + 1, length - 2) == 0
                else { return false }
                guard wholeWord else { return true }
                // Most hits inside a longer word have an ASCII letter or digit next to them.
                if start + length < hay.count, isASCIIWordByte(hay[start + length]) { return false }
                if start > 0, isASCIIWordByte(hay[start - 1]) { return false }
                return !isWord(endingAt: start - 1, in: hay) && !isWord(startingAt: start + length, in: hay)
            }
            let lastStart = hay.count - length
            let first = SIMD16<UInt8>(repeating: firstByte), last = SIMD16<UInt8>(repeating: lastByte)
            var start = 0
            while start + 15 <= lastStart {
                let heads = base.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
                let tails = base.loadUnaligned(fromByteOffset: start + length - 1, as: SIMD16<UInt8>.self)
                // Lanes where both bytes agree are 0xFF; read them as two words, lowest lane first.
                let agree = unsafeBitCast((heads .== first) .& (tails .== last), to: SIMD2<UInt64>.self)
                if agree[0] | agree[1] != 0 {
                    var low = agree[0] & 0x8080_8080_8080_8080, high = agree[1] & 0x8080_8080_8080_8080
                    while low != 0 {
                        if matches(at: start + low.trailingZeroBitCount >> 3) { return true }
                        low &= low &- 1
                    }
                    while high != 0 {
                        if matches(at: start + 8 + high.trailingZeroBitCount >> 3) { return true }
                        high &= high &- 1
                    }
                }
                start += 16
            }
            while start <= lastStart {
                if matches(at: start) { return true }
                start += 1
            }
            return false
        }
    }

    /// Whether the character that starts at byte `index` is part of a word.
    static func isWord(startingAt index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let lead = bytes[index]
        if lead < 0x80 { return isASCIIWordByte(lead) }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        // General punctuation (curly quotes, dashes, U+2000–U+207F) and Latin-1 signs
        // (no-break space, guillemets) separate words like ASCII punctuation does.
        if lead == 0xE2, (0x80...0x81).contains(next) { return false }
        if lead == 0xC2, (0xA0...0xBF).contains(next) { return false }
        return true
    }

    /// Whether the character whose last byte is at `index` is part of a word.
    static func isWord(endingAt index: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        var start = index
        while start > 0, index - start < 3, (0x80...0xBF).contains(bytes[start]) { start -= 1 }
        return isWord(startingAt: start, in: bytes)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }

    /// Bytes in the UTF-8 character led by `lead` (1 for a stray continuation byte).
    static func characterLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step: the hash of a word grows byte by byte from `hashSeed`.
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Calls `body` with the hash of every maximal run of word characters in `bytes`.
    static func forEachWordHash(in bytes: UnsafeRawBufferPointer, _ body: (UInt64) -> Void) {
        var index = 0
        var hash = hashSeed
        var inWord = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII, most of the text: no call per byte.
                if isASCIIWordByte(lead) {
                    if !inWord { hash = hashSeed }
                    inWord = true
                    hash = Self.hash(hash, lead)
                } else if inWord {
                    body(hash)
                    inWord = false
                }
                index += 1
                continue
            }
            let length = min(characterLength(lead), bytes.count - index)
            if isWord(startingAt: index, in: bytes) {
                if !inWord { hash = hashSeed }
                inWord = true
                for offset in index..<(index + length) { hash = Self.hash(hash, bytes[offset]) }
            } else if inWord {
                body(hash)
                inWord = false
            }
            index += length
        }
        if inWord { body(hash) }
    }

    /// The hash `forEachWordHash` gives `word` when it is one run of word characters, else nil.
    static func wholeWordHash(_ word: [UInt8]) -> UInt64? {
        var runs: [UInt64] = []
        var covered = true
        word.withUnsafeBytes { bytes in
            var index = 0
            while index < bytes.count {
                if !isWord(startingAt: index, in: bytes) { covered = false }
                index += characterLength(bytes[index])
            }
            forEachWordHash(in: bytes) { runs.append($0) }
        }
        return covered && runs.count == 1 ? runs[0] : nil
    }
}
