/// Small text helpers the loader uses on lines.
extension String {
    /// The string without leading and trailing whitespace (newlines and no-break spaces included).
    var trimmed: String {
        // Most lines start and end with a printable ASCII character: nothing to trim, and no
        // Character has to be formed (an ASCII scalar never joins the Character before it).
        if let first = utf8.first, let last = utf8.last, Self.isPrintableASCII(first), Self.isPrintableASCII(last) {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    var trimmingTrailingSpaces: Substring {
        guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[...last]
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// True when every byte is ASCII, checked on the contiguous bytes (faster than walking `utf8`).
    var isAllASCII: Bool {
        var text = self
        return text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
    }

    /// True for an empty line or one of spaces, tabs and no-break spaces.
    var isBlank: Bool {
        for byte in utf8 {
            if byte == 0x20 || byte == 0x09 { continue }
            // Any other ASCII byte is text; a multi-byte character may be a no-break space.
            if byte < 0x80 { return false }
            return unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        }
        return true
    }
}
