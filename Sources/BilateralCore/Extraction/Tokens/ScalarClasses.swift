/// The tokenizer's scalar classes as bits, from a table for the scripts news uses and from Unicode properties beyond.
struct ScalarClasses {
    static let space: UInt8 = 1, letter: UInt8 = 2, upper: UInt8 = 4, word: UInt8 = 8, apostrophe: UInt8 = 16
    /// An ASCII letter or digit. Indexed by a UTF-8 byte, the table has this bit exactly for those bytes
    /// (bytes from 0x80 on index Latin-1 scalars, which never have it), so words are read a byte at a time.
    static let asciiWord: UInt8 = 32
    /// Latin, Greek, Cyrillic and the general punctuation block.
    static let tableSize = 0x2100
    static let table: [UInt8] = (0..<UInt32(tableSize)).map { value in
        Unicode.Scalar(value).map(classify) ?? 0
    }

    static func classify(_ scalar: Unicode.Scalar) -> UInt8 {
        var bits: UInt8 = 0
        if Tokenizer.isSpace(scalar) { bits |= space }
        if Tokenizer.isLetter(scalar) { bits |= letter }
        if Tokenizer.isUpper(scalar) { bits |= upper }
        if Tokenizer.isWordScalar(scalar) { bits |= word }
        if Tokenizer.isApostrophe(scalar) { bits |= apostrophe }
        if scalar.isASCII, Tokenizer.isWordScalar(scalar) { bits |= asciiWord }
        return bits
    }

    let table: UnsafeBufferPointer<UInt8>

    @inline(__always) func of(_ value: UInt32) -> UInt8 {
        if value < Self.tableSize { return table[Int(value)] }
        return Unicode.Scalar(value).map(Self.classify) ?? 0
    }
}
