/// One word, number or punctuation mark of a short metadata line.
struct DatelineToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case word, number, punctuation }

    var kind: Kind
    /// The token as written; a number without its ordinal suffix ("21st" → "21").
    var text: String
    /// Character offset of the token in its line.
    var offset: Int
    /// Character offset just past the token (ordinal suffix included).
    var end: Int

    var lower: String { text.lowercased() }
    var isWord: Bool { kind == .word }
    var number: Int? { kind == .number ? Int(text) : nil }
    var startsUppercase: Bool { text.first?.isUppercase ?? false }
}

/// Splits a line into `DatelineToken`s: words keep inner and final periods ("U.S.", "Dec.",
/// "P."), apostrophes and hyphens; numbers drop ordinal suffixes; other marks stand alone.
enum DatelineTokenizer {
    static func tokens(of line: String, limit: Int) -> [DatelineToken] {
        asciiTokens(of: line, limit: limit) ?? characterTokens(of: line, limit: limit)
    }

    /// The general path, Character by Character.
    static func characterTokens(of line: String, limit: Int) -> [DatelineToken] {
        let prefix = line.prefix(limit)
        // Each Character and where it starts, so token text is one slice of the line, not rebuilt Character by Character.
        var characters: [Character] = []
        var starts: [String.Index] = []
        var position = prefix.startIndex
        while position < prefix.endIndex {
            starts.append(position)
            characters.append(prefix[position])
            position = prefix.index(after: position)
        }
        starts.append(prefix.endIndex)
        func text(_ range: Range<Int>) -> String { String(prefix[starts[range.lowerBound]..<starts[range.upperBound]]) }
        var tokens: [DatelineToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isWhitespace(character) {
                index += 1
            } else if isLetter(character) {
                let start = index
                while index < characters.count, isWordPart(characters, at: index) { index += 1 }
                tokens.append(DatelineToken(kind: .word, text: text(start..<index), offset: start, end: index))
            } else if isASCIIDigit(character) {
                let start = index
                while index < characters.count, isASCIIDigit(characters[index]) { index += 1 }
                let digits = text(start..<index)
                let suffix = characters[index...].prefix(2).map { $0.lowercased() }.joined()
                if ["st", "nd", "rd", "th"].contains(suffix),
                   index + 2 >= characters.count || !isLetter(characters[index + 2]) {
                    index += 2
                }
                tokens.append(DatelineToken(kind: .number, text: digits, offset: start, end: index))
            } else {
                tokens.append(DatelineToken(kind: .punctuation, text: String(character), offset: index, end: index + 1))
                index += 1
            }
        }
        return tokens
    }

    /// The same tokens read on bytes when the line's first `limit` Characters are ASCII, each
    /// one byte; nil otherwise. Forming Characters is most of the cost of the general path.
    static func asciiTokens(of line: String, limit: Int) -> [DatelineToken]? {
        var line = line
        return line.withUTF8 { all -> [DatelineToken]? in
            // The byte after the prefix must be ASCII too, or it could join the prefix's last Character.
            let checked = min(all.count, limit + 1)
            for offset in 0..<checked where all[offset] >= 0x80 { return nil }
            let bytes = UnsafeBufferPointer(rebasing: all[0..<min(all.count, limit)])
            let count = bytes.count
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
            func isWordPart(_ index: Int) -> Bool {
                let byte = bytes[index]
                if isLetter(byte) { return true }
                guard index > 0, isLetter(bytes[index - 1]) else { return false }
                switch byte {
                case UInt8(ascii: "."): return true
                case UInt8(ascii: "'"), UInt8(ascii: "-"): return index + 1 < count && isLetter(bytes[index + 1])
                default: return false
                }
            }
            var tokens: [DatelineToken] = []
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    index += 1
                } else if isLetter(byte) {
                    let start = index
                    while index < count, isWordPart(index) { index += 1 }
                    tokens.append(DatelineToken(kind: .word, text: text(start..<index), offset: start, end: index))
                } else if isDigit(byte) {
                    let start = index
                    while index < count, isDigit(bytes[index]) { index += 1 }
                    let digits = text(start..<index)
                    if index + 2 <= count, ["st", "nd", "rd", "th"].contains(text(index..<index + 2).lowercased()),
                       index + 2 >= count || !isLetter(bytes[index + 2]) {
                        index += 2
                    }
                    tokens.append(DatelineToken(kind: .number, text: digits, offset: start, end: index))
                } else {
                    tokens.append(DatelineToken(kind: .punctuation, text: text(index..<index + 1), offset: index, end: index + 1))
                    index += 1
                }
            }
            return tokens
        }
    }

    private static func isWordPart(_ characters: [Character], at index: Int) -> Bool {
        let character = characters[index]
        if isLetter(character) { return true }
        guard index > 0, isLetter(characters[index - 1]) else { return false }
        switch character {
        case ".": return true
        case "'", "’", "-":
            return index + 1 < characters.count && isLetter(characters[index + 1])
        default: return false
        }
    }

    // Character classes with an ASCII fast path: Unicode property look-ups are slow, and metadata is mostly ASCII.

    private static func isLetter(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isLetter }
        return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isWhitespace(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return false }
        return (0x30...0x39).contains(byte)
    }
}
