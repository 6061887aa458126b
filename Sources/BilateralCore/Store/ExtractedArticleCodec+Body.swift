/// The body of a record (lines, paragraphs, sentences), read in full for the article pane, text search and
/// export, or stepped over at a warm open, whose model holds articles without their bodies.
extension ExtractedArticleCodec {
    /// The article's lines, paragraphs, sentences and boilerplate (its other fields left empty).
    static func readBody(_ input: inout BinaryReader, text: String) throws(BinaryReader.Damaged) -> Article {
        var starts: [Int32] = []
        // The count read, not the capacity reserved: an array may reserve more room than asked for.
        let startCount = try input.count()
        starts.reserveCapacity(startCount)
        for _ in 0..<startCount { starts.append(Int32(truncatingIfNeeded: try input.int())) }
        guard !starts.isEmpty, starts.allSatisfy({ $0 >= 0 && Int($0) <= text.utf8.count + 1 }) else { throw BinaryReader.Damaged() }
        let lines = ArticleLines(text: text, starts: starts)
        let storage = lines.sharedStorage
        let bodyStart = try input.int()
        var metadataLines: [Int] = []
        for _ in 0..<(try input.count()) { metadataLines.append(try input.int()) }
        var paragraphs: [Paragraph] = []
        for _ in 0..<(try input.count()) {
            paragraphs.append(Paragraph(lines: try readRange(&input), isBoilerplate: try input.bool()))
        }
        var sentences: [Sentence] = []
        let sentenceCount = try input.count()
        sentences.reserveCapacity(sentenceCount)
        for _ in 0..<sentenceCount {
            let slice = try readSlice(&input, storage: storage, textLength: text.utf8.count)
            sentences.append(Sentence(
                slice: slice, start: try readPosition(&input), end: try readPosition(&input),
                paragraph: try input.int(), isBoilerplate: try input.bool()))
        }
        var boilerplate: [LineRange] = []
        for _ in 0..<(try input.count()) { boilerplate.append(try readRange(&input)) }
        var article = Article(
            id: "", path: "", bodyStart: bodyStart, metadataLines: metadataLines, paragraphs: paragraphs,
            sentences: sentences, boilerplate: boilerplate)
        article.lines = lines
        return article
    }

    /// Steps over the lines, paragraphs and sentences, reading only what an article without its body keeps.
    static func skipBody(_ input: inout BinaryReader, text: String) throws(BinaryReader.Damaged) -> Article {
        let textLength = text.utf8.count
        for _ in 0..<(try input.count()) { _ = try input.int() }
        let bodyStart = try input.int()
        for _ in 0..<(try input.count()) { _ = try input.int() }
        for _ in 0..<(try input.count()) {
            _ = try readRange(&input)
            _ = try input.bool()
        }
        for _ in 0..<(try input.count()) {
            try skipSlice(&input, textLength: textLength)
            _ = try readPosition(&input)
            _ = try readPosition(&input)
            _ = try input.int()
            _ = try input.bool()
        }
        var boilerplate: [LineRange] = []
        for _ in 0..<(try input.count()) { boilerplate.append(try readRange(&input)) }
        return Article(id: "", path: "", bodyStart: bodyStart, boilerplate: boilerplate)
    }

    private static func skipSlice(_ input: inout BinaryReader, textLength: Int) throws(BinaryReader.Damaged) {
        switch try input.byte() {
        case 0:
            let lower = try input.int()
            let upper = try input.int()
            guard 0 <= lower, lower <= upper, upper <= textLength else { throw BinaryReader.Damaged() }
        case 1:
            _ = try input.string()
        default:
            throw BinaryReader.Damaged()
        }
    }
}
