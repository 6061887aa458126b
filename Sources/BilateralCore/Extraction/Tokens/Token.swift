/// One word, number or punctuation mark of a sentence, with where it sits in the file.
///
/// Its strings live once per process in `TokenSpellings`, and the token holds only their address:
/// it holds no reference, so copying or freeing an array of tokens costs nothing per token.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
        /// `'s`, `’s` or a bare `'` after a plural: kept apart so `Japan's` matches `Japan`.
        case possessive
    }

    /// The token's text, lower case, hash and case, shared by every token spelt the same.
    let spelling: TokenSpelling.Address
    public var kind: Kind
    public var position: TextPosition
    /// Length in Characters.
    public var length: Int
    /// True when whitespace (or a line break) separates this token from the one before.
    public var spaceBefore: Bool

    public init(text: String, kind: Kind, position: TextPosition, length: Int, spaceBefore: Bool) {
        self.init(spelling: TokenSpellings.shared.spelling(ofText: text), kind: kind, position: position, length: length, spaceBefore: spaceBefore)
    }

    init(spelling: TokenSpelling.Address, kind: Kind, position: TextPosition, length: Int, spaceBefore: Bool) {
        self.spelling = spelling
        self.kind = kind
        self.position = position
        self.length = length
        self.spaceBefore = spaceBefore
    }

    /// The text as written, with typographic apostrophes made plain.
    public var text: String { spelling.pointer.pointee.text }

    /// `text` lower-cased, for the lexicons that ignore case.
    public var lower: String { spelling.pointer.pointee.lower }

    /// `WordHash` of `lower`, taken once so every lexicon lookup of this token skips hashing.
    var lowerHash: UInt64 { spelling.pointer.pointee.lowerHash }

    public var isWord: Bool { kind == .word }

    /// True when the first letter is upper case.
    public var isCapitalised: Bool { spelling.pointer.pointee.isCapitalised }

    /// The four-digit value of a number token, if it has exactly four digits.
    public var fourDigitValue: Int? {
        guard kind == .number, text.utf8.count == 4 else { return nil }
        return Int(text)
    }

    public static func == (left: Token, right: Token) -> Bool {
        left.kind == right.kind && left.position == right.position && left.length == right.length && left.spaceBefore == right.spaceBefore
            && (left.spelling == right.spelling || left.text == right.text && left.lower == right.lower)
    }
}
