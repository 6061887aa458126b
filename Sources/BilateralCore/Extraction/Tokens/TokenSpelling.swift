/// What every token spelt the same shares: its text, lower case, the hash of that and its case.
struct TokenSpelling {
    /// The text as written, with typographic apostrophes made plain.
    var text: String
    /// `text` lower-cased.
    var lower: String
    /// `WordHash` of `lower`.
    var lowerHash: UInt64
    /// True when the first scalar is upper case.
    var isCapitalised: Bool

    /// A spelling worked out from its text alone.
    init(text: String) {
        self.init(text: text, lower: text.lowercased(), isCapitalised: text.unicodeScalars.first.map(Tokenizer.isUpper) ?? false)
    }

    init(text: String, lower: String, isCapitalised: Bool) {
        self.init(text: text, lower: lower, lowerHash: WordHash.of(lower), isCapitalised: isCapitalised)
    }

    init(text: String, lower: String, lowerHash: UInt64, isCapitalised: Bool) {
        self.text = text
        self.lower = lower
        self.lowerHash = lowerHash
        self.isCapitalised = isCapitalised
    }

    /// Where a spelling is kept in `TokenSpellings`.
    struct Address: @unchecked Sendable, Equatable {
        // Unchecked: the spelling is written once, under the store's lock, before its address is handed out,
        // and it is never changed or freed afterwards, so any thread may read it.
        let pointer: UnsafePointer<TokenSpelling>
    }
}
