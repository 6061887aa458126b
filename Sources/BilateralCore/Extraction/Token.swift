/// One word, number or punctuation mark of a sentence, with where it sits in the file.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
        /// `'s`, `’s` or a bare `'` after a plural: kept apart so `Japan's` matches `Japan`.
        case possessive
    }

    /// The text as written, with typographic apostrophes made plain.
    public let text: String
    /// `text` lower-cased, for the lexicons that ignore case.
    public let lower: String
    public var kind: Kind
    public var position: TextPosition
    /// Length in Characters.
    public var length: Int
    /// True when whitespace (or a line break) separates this token from the one before.
    public var spaceBefore: Bool

    public init(text: String, kind: Kind, position: TextPosition, length: Int, spaceBefore: Bool) {
        self.init(text: text, lower: text.lowercased(), kind: kind, position: position, length: length, spaceBefore: spaceBefore)
    }

    init(text: String, lower: String, kind: Kind, position: TextPosition, length: Int, spaceBefore: Bool) {
        self.init(text: text, lower: lower, lowerHash: WordHash.of(lower), isCapitalised: text.unicodeScalars.first.map(Tokenizer.isUpper) ?? false,
                  kind: kind, position: position, length: length, spaceBefore: spaceBefore)
    }

    /// Every field given: the tokenizer's fast path knows the hash and the case from the bytes it read.
    init(text: String, lower: String, lowerHash: UInt64, isCapitalised: Bool, kind: Kind, position: TextPosition, length: Int,
         spaceBefore: Bool) {
        self.text = text
        self.lower = lower
        self.lowerHash = lowerHash
        self.isCapitalised = isCapitalised
        self.kind = kind
        self.position = position
        self.length = length
        self.spaceBefore = spaceBefore
    }

    /// `WordHash` of `lower`, taken once so every lexicon lookup of this token skips hashing.
    let lowerHash: UInt64

    public var isWord: Bool { kind == .word }

    /// True when the first letter is upper case.
    public let isCapitalised: Bool

    /// The four-digit value of a number token, if it has exactly four digits.
    public var fourDigitValue: Int? {
        guard kind == .number, text.utf8.count == 4 else { return nil }
        return Int(text)
    }
}
