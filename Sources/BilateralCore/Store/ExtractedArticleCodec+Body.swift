/// The body part of a record (the text, its lines, paragraphs and sentences), in its own column: read in full for
/// the article pane, text search and export, and not read at all by a warm open.
extension ExtractedArticleCodec {
    /// What the body part gives back.
    struct BodyParts {
        var lines: ArticleLines
        var metadataLines: [Int]
        var paragraphs: [Paragraph]
        var sentences: [Sentence]
    }

    static func encodeBody(_ article: Article) -> [UInt8] {
        let storage = article.lines.sharedStorage
        var out = BinaryWriter(reserving: article.lines.text.utf8.count + 64 * article.sentences.count + 64)
        out.string(article.lines.text)
        let starts = article.lines.lineStarts
        out.unsigned(UInt64(starts.count))
        for start in starts { out.int(Int(start)) }
        out.unsigned(UInt64(article.metadataLines.count))
        for line in article.metadataLines { out.int(line) }
        out.unsigned(UInt64(article.paragraphs.count))
        for paragraph in article.paragraphs {
            write(paragraph.lines, to: &out)
            out.bool(paragraph.isBoilerplate)
        }
        out.unsigned(UInt64(article.sentences.count))
        for sentence in article.sentences {
            write(sentence.textSlice, storage: storage, to: &out)
            write(sentence.start, to: &out)
            write(sentence.end, to: &out)
            out.int(sentence.paragraph)
            out.bool(sentence.isBoilerplate)
        }
        return out.bytes
    }

    static func readBody(_ input: BinaryReader) throws(BinaryReader.Damaged) -> BodyParts {
        var input = input
        let text = try input.string()
        var starts: [Int32] = []
        // The count read, not the capacity reserved: an array may reserve more room than asked for.
        let startCount = try input.count()
        starts.reserveCapacity(startCount)
        for _ in 0..<startCount { starts.append(Int32(truncatingIfNeeded: try input.int())) }
        let length = text.utf8.count
        guard !starts.isEmpty, starts.allSatisfy({ $0 >= 0 && Int($0) <= length + 1 }) else { throw BinaryReader.Damaged() }
        let lines = ArticleLines(text: text, starts: starts)
        let storage = lines.sharedStorage
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
            let slice = try readSlice(&input) { range throws(BinaryReader.Damaged) in
                guard range.upperBound <= length else { throw BinaryReader.Damaged() }
                return TextSlice(storage: storage, utf8: range)
            }
            sentences.append(Sentence(
                slice: slice, start: try readPosition(&input), end: try readPosition(&input),
                paragraph: try input.int(), isBoilerplate: try input.bool()))
        }
        guard input.isAtEnd else { throw BinaryReader.Damaged() }
        return BodyParts(lines: lines, metadataLines: metadataLines, paragraphs: paragraphs, sentences: sentences)
    }
}
