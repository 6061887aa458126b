#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast substring search on UTF-8 bytes: memchr for the needle's rarest byte, then memcmp
/// (memmem is a GNU extension Swift does not import).
enum ByteSearch {
    /// A byte string to look for, with the byte memchr looks for worked out once.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let anchor: Int

        init(_ text: String) {
            bytes = Array(text.utf8)
            anchor = ByteSearch.rarestByte(of: bytes)
        }

        /// The offset of the first occurrence in `hay`, or nil.
        func firstOffset(in hay: UnsafeRawBufferPointer) -> Int? {
            ByteSearch.firstOffset(of: bytes, anchor: anchor, in: hay, from: 0)
        }
    }

    /// The offset of the first occurrence of `needle` in `hay` at or after `from`, or nil; `anchor`
    /// is the position in `needle` of the byte memchr looks for.
    private static func firstOffset(of needle: [UInt8], anchor: Int, in hay: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard !needle.isEmpty else { return from }
        guard hay.count >= needle.count, let base = hay.baseAddress else { return nil }
        let anchorByte = Int32(needle[anchor])
        return needle.withUnsafeBytes { pin -> Int? in
            guard let pinBase = pin.baseAddress else { return nil }
            var start = from
            let lastStart = hay.count - pin.count
            while start <= lastStart {
                let position = start + anchor
                guard let hit = memchr(base + position, anchorByte, lastStart + anchor - position + 1) else { return nil }
                let candidate = base.distance(to: UnsafeRawPointer(hit)) - anchor
                if memcmp(base + candidate, pinBase, pin.count) == 0 { return candidate }
                start = candidate + 1
            }
            return nil
        }
    }

    /// The position of the needle byte least likely in English text, so memchr skips far.
    private static func rarestByte(of needle: [UInt8]) -> Int {
        var best = 0
        var bestRank = Int.max
        for (index, byte) in needle.enumerated() {
            let rank = frequencyRank(byte)
            if rank < bestRank {
                best = index
                bestRank = rank
            }
        }
        return best
    }

    private static let commonLetters = Array("zqxjkvbpygfwmucldrhsnioate".utf8)

    private static func frequencyRank(_ byte: UInt8) -> Int {
        if let rank = commonLetters.firstIndex(of: byte) { return 10 + rank }
        if byte == 0x20 || byte == 0x0A { return 100 }
        // Digits, punctuation and bytes of other scripts are rarer than most letters.
        return 5
    }

    /// The byte with an ASCII capital lower-cased.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// ASCII letters lower-cased; other bytes (UTF-8 of other scripts included) unchanged.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            count = bytes.count
        }
    }
}
