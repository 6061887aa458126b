/// Reads author names from bylines ("By Joseph P. Farrell", "Written by A and B", "Author: X").
enum BylineParser {
    /// Lowercase words that may sit inside a name ("Ursula von der Leyen").
    private static let particles: Set<String> = ["de", "van", "von", "der", "den", "bin", "al", "da", "di", "le", "la", "del", "du"]
    private static let leads: [[String]] = [["by"], ["written", "by"], ["words", "by"], ["story", "by"], ["author", ":"], ["authors", ":"]]

    /// The author named by a line that is only a byline, else nil.
    static func byline(in line: String) -> String? {
        bylineAndDate(in: line)?.author
    }

    /// The author of a byline, and the date when one follows it ("By Ann Roe · 24 March 2023").
    static func bylineAndDate(in line: String) -> (author: String, date: PartialDate?)? {
        guard line.utf8.count <= 160, let first = line.utf8.first,
              [UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "W"), UInt8(ascii: "S"), UInt8(ascii: "A")].contains(first)
        else { return nil }
        // The first token is a lead word only when the line's first ASCII letters spell one: most
        // lines are ruled out here, before they are tokenized.
        var contiguous = line
        guard contiguous.withUTF8({ leadWords.contains(firstLetters(of: $0)) }) else { return nil }
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: line, limit: 160))
        guard let lead = leads.first(where: { lead in
            lead.indices.allSatisfy { tokens.peek($0)?.lower == lead[$0] }
        }) else { return nil }
        tokens.advance(lead.count)
        guard let name = name(from: &tokens) else { return nil }
        // What may follow a name: nothing, or a separator and a short affiliation.
        guard let next = tokens.peek else { return (name, nil) }
        guard [",", "|", "—", "–", "-", "·", "•", "("].contains(next.text) else { return nil }
        tokens.skipSeparators()
        let rest = tokens.peek.map { String(line.dropFirst($0.offset)) } ?? ""
        return (name, DatelineParser.date(in: rest))
    }

    /// The first words of `leads`, lower-case, packed as `firstLetters` packs them.
    private static let leadWords: Set<UInt64> = Set(leads.map { lead in lead[0].utf8.reduce(0) { $0 << 8 | UInt64($1) } })

    /// The run of ASCII letters `bytes` start with, lower-cased and packed a byte each; 0 when it is
    /// longer than eight letters (longer than any lead word).
    private static func firstLetters(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            let lower = ByteSearch.lower(byte)
            guard (0x61...0x7A).contains(lower) else { break }
            guard index < 8 else { return 0 }
            packed = packed << 8 | UInt64(lower)
        }
        return packed
    }

    /// Reads a person's name (or several joined by "and"/"&") at the cursor.
    static func name(from tokens: inout TokenCursor) -> String? {
        var names: [String] = []
        while let first = readOneName(&tokens) {
            names.append(first)
            guard let joiner = tokens.peek, ["and", "&"].contains(joiner.lower),
                  tokens.peek(1)?.startsUppercase == true
            else { break }
            tokens.advance()
        }
        return names.isEmpty ? nil : names.joined(separator: " and ")
    }

    /// A run of capitalised words and initials; 1 to 6 words, ending on a capitalised one.
    static func readOneName(_ tokens: inout TokenCursor) -> String? {
        var words: [String] = []
        let start = tokens.position
        while let token = tokens.peek, token.isWord, words.count < 6 {
            if token.startsUppercase {
                words.append(token.text)
            } else if particles.contains(token.text), !words.isEmpty {
                words.append(token.text)
            } else {
                break
            }
            tokens.advance()
        }
        while let last = words.last, particles.contains(last) {
            words.removeLast()
            tokens.position -= 1
        }
        guard !words.isEmpty else {
            tokens.position = start
            return nil
        }
        // A sentence's final period is not part of the name; an initial's is.
        if let last = words.last, last.hasSuffix("."), last.count > 2, !last.dropLast().contains(".") {
            words[words.count - 1] = String(last.dropLast())
        }
        return words.joined(separator: " ")
    }

    /// True when `line` reads as a bare name: two to five capitalised words or initials.
    static func isNameLine(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        var tokens = TokenCursor(DatelineTokenizer.tokens(of: line, limit: 60))
        guard let name = readOneName(&tokens), tokens.isAtEnd else { return false }
        let words = name.split(separator: " ")
        return (2...5).contains(words.count) && !(name.last == ".")
    }
}
