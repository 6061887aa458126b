/// A read position in a list of `DatelineToken`s.
struct TokenCursor: Sendable {
    let tokens: [DatelineToken]
    var position = 0

    init(_ tokens: [DatelineToken]) {
        self.tokens = tokens
    }

    var peek: DatelineToken? { peek(0) }
    var isAtEnd: Bool { position >= tokens.count }

    func peek(_ ahead: Int) -> DatelineToken? {
        let index = position + ahead
        return index < tokens.count ? tokens[index] : nil
    }

    mutating func advance(_ count: Int = 1) {
        position = min(tokens.count, position + count)
    }

    /// Skips commas, bars, bullets and dashes; true when one of them was a dash.
    @discardableResult
    mutating func skipSeparators() -> Bool {
        var sawDash = false
        while let token = peek, token.kind == .punctuation, Self.separators.contains(token.text) {
            if Self.dashes.contains(token.text) { sawDash = true }
            advance()
        }
        return sawDash
    }

    private static let separators: Set<String> = [",", "|", "—", "–", "-", "·", "•", ":", "/", "(", ")"]
    private static let dashes: Set<String> = ["—", "–", "-"]
}
