/// Sentences for articles that arrive without them (a loader that only fills `lines`).
struct FallbackSentenceSplitter: Sendable {
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Prof", "St", "Jr", "Sr", "Sen", "Rep",
                                             "Gov", "Lt", "Col", "Adm", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
                                             "vs", "No", "Co", "Inc", "Ltd", "Mt", "etc"]

    /// Splits each paragraph (a run of non-blank lines) at sentence ends; one sentence never spans paragraphs.
    func sentences(of article: Article) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = -1
        var previousBlank = true
        var open: (start: TextPosition, text: String)?
        func close(at end: TextPosition) {
            if let current = open, !current.text.allSatisfy(\.isWhitespace) {
                sentences.append(Sentence(text: current.text.trimmingCharacters(in: .whitespaces), start: current.start,
                                          end: end, paragraph: max(paragraph, 0), isBoilerplate: false))
            }
            open = nil
        }
        for (offset, line) in article.lines.enumerated() {
            let number = offset + 1
            let characters = Array(line)
            if characters.allSatisfy(\.isWhitespace) {
                close(at: TextPosition(line: number - 1, column: article.lines[max(0, offset - 1)].count))
                previousBlank = true
                continue
            }
            if previousBlank { paragraph += 1 }
            previousBlank = false
            var index = 0
            while index < characters.count {
                if open == nil {
                    while index < characters.count, characters[index].isWhitespace { index += 1 }
                    guard index < characters.count else { break }
                    open = (TextPosition(line: number, column: index), "")
                }
                let character = characters[index]
                open?.text.append(character)
                index += 1
                if ".?!".contains(character), endsSentence(characters, at: index - 1) {
                    while index < characters.count, "\"”’)".contains(characters[index]) {
                        open?.text.append(characters[index])
                        index += 1
                    }
                    close(at: TextPosition(line: number, column: index))
                }
            }
            if open != nil { open?.text.append(" ") }
        }
        close(at: TextPosition(line: article.lines.count, column: article.lines.last?.count ?? 0))
        return sentences
    }

    private func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, "\"”’)".contains(characters[next]) { next += 1 }
        guard next >= characters.count || characters[next].isWhitespace else { return false }
        var after = next
        while after < characters.count, characters[after].isWhitespace { after += 1 }
        if after < characters.count, characters[after].isLowercase { return false }
        guard characters[index] == "." else { return true }
        var start = index
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        let word = String(characters[start..<index])
        if Self.abbreviations.contains(word) { return false }
        // Initials: "U.S." or "J." before a name.
        return !(word.count == 1 && word.first?.isUppercase == true)
    }
}
