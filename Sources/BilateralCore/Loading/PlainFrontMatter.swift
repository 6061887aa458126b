/// Reads front matter made only of plain `key: value` lines without a YAML parser.
///
/// Most front matter is a few such lines, and composing them with Yams costs more than the rest
/// of loading the article. Only lines that YAML reads one way are accepted: a simple key, a colon
/// and a space, and a plain one-line value with no indicator, comment, quote at its start or
/// character YAML treats specially. For anything else this returns nil and Yams decides, so the
/// values read are the ones Yams would give.
enum PlainFrontMatter {
    /// The key and value of each line, in order; nil when any line is not a plain `key: value`.
    static func pairs(_ lines: ArraySlice<String>) -> [(key: String, value: String)]? {
        guard !lines.isEmpty else { return nil }
        var pairs: [(key: String, value: String)] = []
        pairs.reserveCapacity(lines.count)
        for line in lines {
            var line = line
            guard let pair = line.withUTF8({ pair(in: $0) }) else { return nil }
            pairs.append(pair)
        }
        return pairs
    }

    /// Where the colon after a simple key is, when the line opens with one: an ASCII letter, then letters, digits,
    /// '_' and '-', 64 bytes at most, then ':'. Also the key `LenientFrontMatter` accepts.
    static func keyEnd(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, isLetter(first) else { return nil }
        var colon = 1
        while colon < bytes.count, isLetter(bytes[colon]) || isDigit(bytes[colon]) || bytes[colon] == UInt8(ascii: "_")
            || bytes[colon] == UInt8(ascii: "-") {
            colon += 1
        }
        return colon <= 64 && colon < bytes.count && bytes[colon] == UInt8(ascii: ":") ? colon : nil
    }

    private static func pair(in bytes: UnsafeBufferPointer<UInt8>) -> (key: String, value: String)? {
        guard let colon = keyEnd(in: bytes), colon + 1 < bytes.count, bytes[colon + 1] == 0x20 else { return nil }
        var start = colon + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, !indicators.contains(bytes[start]) else { return nil }
        var previous: UInt8 = 0x20
        var index = start
        while index < end {
            let byte = bytes[index]
            // ": " or a final ':' would start a mapping, " #" a comment; tabs and controls are left to YAML.
            if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 { return nil }
            if byte == UInt8(ascii: "#"), previous == 0x20 { return nil }
            if byte < 0x20 || byte == 0x7F { return nil }
            if byte >= 0x80, isSpecial(bytes, at: index) { return nil }
            previous = byte
            index += 1
        }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<colon]), as: UTF8.self)
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return (key, value)
    }

    /// Characters YAML reads as a line break, a byte-order mark, or not printable: C1 controls
    /// (U+0080–U+009F, NEL among them), U+2028, U+2029, U+FEFF, U+FFFE and U+FFFF.
    private static func isSpecial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return (0x80...0x9F).contains(next(1))
        case 0xE2: return next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)
        case 0xEF: return (next(1) == 0xBB && next(2) == 0xBF) || (next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF))
        default: return false
        }
    }

    /// Bytes that mean something other than text at the start of a YAML value.
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`.~\\".utf8)

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
