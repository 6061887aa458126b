import Testing
@testable import BilateralCore

/// The byte scanner against a plain reading of the tokenizer's rules, scalar by scalar, on generated lines
/// mixing ASCII, other scripts, typographic apostrophes, initials, digits and unusual spaces.
@Suite struct TokenScannerAgreementTests {
    struct Expected: Equatable, CustomStringConvertible {
        var text: String
        var lower: String
        var kind: Token.Kind
        var column: Int
        var length: Int
        var spaceBefore: Bool
        var isCapitalised: Bool

        init(text: String, lower: String, kind: Token.Kind, column: Int, length: Int, spaceBefore: Bool, isCapitalised: Bool) {
            (self.text, self.lower, self.kind, self.column, self.length) = (text, lower, kind, column, length)
            (self.spaceBefore, self.isCapitalised) = (spaceBefore, isCapitalised)
        }

        init(_ token: Token) {
            self.init(text: token.text, lower: token.lower, kind: token.kind, column: token.position.column, length: token.length,
                      spaceBefore: token.spaceBefore, isCapitalised: token.isCapitalised)
        }

        var description: String { "\(text)|\(lower)|\(kind)|\(column)+\(length)|\(spaceBefore)|\(isCapitalised)" }
    }

    /// The rules as `Tokenizer` states them, read over an array of scalars with the predicates alone.
    static func reference(_ line: String, columns: Range<Int>) -> [Expected] {
        let scalars = Array(line.unicodeScalars)
        let end = min(columns.upperBound, scalars.count)
        func word(_ index: Int) -> Bool { index < end && Tokenizer.isWordScalar(scalars[index]) }
        func letter(_ index: Int) -> Bool { index < end && Tokenizer.isLetter(scalars[index]) }
        func upper(_ index: Int) -> Bool { index < end && Tokenizer.isUpper(scalars[index]) }
        func apostrophe(_ index: Int) -> Bool { index < end && Tokenizer.isApostrophe(scalars[index]) }
        func possessiveAt(_ index: Int) -> Bool {
            apostrophe(index) && index + 1 < end && (scalars[index + 1] == "s" || scalars[index + 1] == "S") && !word(index + 2)
        }
        var tokens: [Expected] = []
        var index = max(0, columns.lowerBound)
        var spaceBefore = true
        while index < end {
            if Tokenizer.isSpace(scalars[index]) {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            var kind = Token.Kind.punctuation
            if word(index) {
                loop: while index < end {
                    let count = index - start
                    if word(index) {
                        index += 1
                    } else if apostrophe(index), letter(index + 1), !possessiveAt(index) {
                        index += 1
                    } else if scalars[index] == ".", upper(index + 1), count == 1 || count >= 3 && scalars[index - 2] == ".", upper(index - 1) {
                        index += 1
                    } else if scalars[index] == ".", count >= 3, scalars[index - 2] == ".", upper(index - 1) {
                        index += 1
                        break loop
                    } else {
                        break loop
                    }
                }
                kind = scalars[start..<index].allSatisfy { ("0"..."9").contains($0) } ? .number : .word
            } else if possessiveAt(index), start > 0, Tokenizer.isWordScalar(scalars[start - 1]) {
                index += 2
                kind = .possessive
            } else if apostrophe(index), start > 0, scalars[start - 1] == "s", !letter(index + 1) {
                index += 1
                kind = .possessive
            } else {
                index += 1
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index].map { Tokenizer.isApostrophe($0) ? "'" : $0 })
            if kind == .possessive { text = text.lowercased() }
            tokens.append(Expected(text: text, lower: text.lowercased(), kind: kind, column: start, length: index - start,
                                   spaceBefore: spaceBefore, isCapitalised: Tokenizer.isUpper(scalars[start])))
            spaceBefore = false
        }
        return tokens
    }

    static let pieces: [String] = [
        "a", "b", "s", "S", "t", "U", "N", "K", "z", "0", "7", "9", "2016", "'", "’", "ʼ", ".", ".", "-", ",", " ", " ", " ", "\t",
        "\u{00A0}", "\u{2003}", "é", "É", "ß", "Ж", "ж", "Ω", "中", "😀", "—", "“", "”", "x\u{0303}", "٣", "ǅ", "İ",
    ]

    /// Deterministic lines: a linear congruential generator picks the pieces.
    static func lines(count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(24)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func wholeLinesAgreeWithTheRules() {
        for line in Self.lines(count: 4000) {
            let tokens = Tokenizer().tokens(of: line).map(Expected.init)
            #expect(tokens == Self.reference(line, columns: 0..<Int.max), "\(line.debugDescription)")
        }
    }

    @Test func sentencesOfALineAgreeWithTheRules() {
        for (number, line) in Self.lines(count: 3000).enumerated() {
            let count = line.unicodeScalars.count
            // Consecutive spans, as sentences come, then one that starts over from an earlier column.
            let cuts = [0, count / 3, count / 3 + 1, count * 2 / 3, count + 2]
            var measured = Tokenizer.Line(line)
            for (from, to) in zip(cuts, cuts.dropFirst()) + [(count / 4, count / 2)] {
                var tokens: [Token] = []
                Tokenizer().appendTokens(of: &measured, line: number, columns: from..<max(from, to), into: &tokens)
                #expect(tokens.map(Expected.init) == Self.reference(line, columns: from..<max(from, to)), "\(line.debugDescription) \(from)..<\(to)")
            }
        }
    }

    @Test func tokensSpeltAlikeShareTheirStrings() {
        let tokens = Tokenizer().tokens(of: "Japan and japan and JAPAN and Japan")
        #expect(tokens[0].spelling == tokens[6].spelling)
        #expect(tokens[0].spelling != tokens[2].spelling)
        #expect(tokens[0].lower == tokens[4].lower)
        #expect(tokens[0].lowerHash == WordHash.of("japan"))
        #expect(Token(text: "Japan", kind: .word, position: TextPosition(line: 1, column: 0), length: 5, spaceBefore: true) == tokens[0])
    }
}
