/// Builds an `Article` from the clean lines of one file: front matter, paragraphs,
/// boilerplate, title, date and author, and sentences.
struct ArticleParser: Sendable {
    /// A title cut from the first sentence keeps at most this many Characters.
    static let titleLength = 80

    /// Parses `lines`; the strings returned describe problems worth a warning (bad front matter).
    /// `text` holds the same lines in one string when the caller has it, saving a copy, and
    /// `lineStarts` where they start in it (as `TextCleaner` finds them), saving a scan.
    func parse(
        id: String, path: String, lines: [String], text: ArticleLines? = nil, lineStarts: [Int32]? = nil
    ) -> (article: Article, problems: [String]) {
        let matter = FrontMatter.read(lines)
        let bodyStart = matter?.bodyStart ?? 1
        let paragraphRanges = Self.paragraphs(of: lines, from: bodyStart)
        let boilerplate = BoilerplateDetector().detect(lines: lines, paragraphs: paragraphRanges)
        var isBoilerplateLine = [Bool](repeating: false, count: lines.count + 2)
        for range in boilerplate.ranges {
            for line in range.first...min(range.last, lines.count) { isBoilerplateLine[line] = true }
        }
        let metadata = MetadataFinder().find(lines: lines, paragraphs: paragraphRanges, isBoilerplate: isBoilerplateLine)
        let metadataLines = Set(metadata.lines)

        let segments = Self.segments(
            of: paragraphRanges, lines: lines, isBoilerplate: isBoilerplateLine,
            metadataLines: metadataLines, titleLine: metadata.titleLine
        )
        // Line starts found for the caller's text hold for no other.
        let givenStarts = text == nil ? nil : lineStarts
        // One string for the whole file: the per-line strings are dropped once the article is built.
        let text = text ?? ArticleLines(lines)
        let sentences = SentenceSplitter().split(segments: segments, text: text, lineStarts: givenStarts)
        let paragraphs = paragraphRanges.map { range in
            Paragraph(lines: range, isBoilerplate: (range.first...range.last).allSatisfy { isBoilerplateLine[$0] })
        }

        var article = Article(
            id: id, path: path, bodyStart: bodyStart,
            metadataLines: (metadata.lines + [metadata.titleLine].compactMap { $0 }).sorted(),
            paragraphs: paragraphs, sentences: sentences, boilerplate: boilerplate.ranges
        )
        article.lines = text
        if let title = matter?.title {
            (article.title, article.titleSource) = (title, .frontMatter)
        } else if let title = metadata.title {
            (article.title, article.titleSource) = (title, .titleLine)
        } else if let heading = Self.heading(paragraphs: paragraphRanges, lines: lines, excluded: { isBoilerplateLine[$0] || metadataLines.contains($0) }) {
            (article.title, article.titleSource) = (heading, .heading)
        } else {
            let first = sentences.first { !$0.isBoilerplate } ?? sentences.first
            (article.title, article.titleSource) = (Self.cut(first?.text ?? id, to: Self.titleLength), .firstSentence)
        }
        if let date = matter?.date {
            (article.date, article.dateSource) = (date, .frontMatter)
        } else if let date = metadata.date {
            (article.date, article.dateSource) = (date, .dateline)
        }
        article.author = matter?.author ?? metadata.author ?? boilerplate.author
        article.source = matter?.source
        article.url = matter?.url
        return (article, matter?.problems ?? [])
    }

    /// Runs of non-blank lines from `start` on.
    static func paragraphs(of lines: [String], from start: Int) -> [LineRange] {
        var ranges: [LineRange] = []
        var first: Int?
        for line in start...max(start, lines.count) where line <= lines.count {
            if lines[line - 1].isBlank {
                if let open = first { ranges.append(LineRange(first: open, last: line - 1)) }
                first = nil
            } else if first == nil {
                first = line
            }
        }
        if let open = first { ranges.append(LineRange(first: open, last: lines.count)) }
        return ranges
    }

    /// Paragraphs cut where a sentence cannot continue: around metadata lines, where
    /// boilerplate starts or stops, and after a short unpunctuated line (a heading or a label).
    static func segments(
        of paragraphs: [LineRange], lines: [String], isBoilerplate: [Bool],
        metadataLines: Set<Int>, titleLine: Int?
    ) -> [SentenceSplitter.Segment] {
        var segments: [SentenceSplitter.Segment] = []
        for (index, paragraph) in paragraphs.enumerated() {
            var first = paragraph.first
            for line in paragraph.first...paragraph.last {
                let isMetadata = { (line: Int) in metadataLines.contains(line) }
                let hidden = { (line: Int) in isBoilerplate[line] || isMetadata(line) }
                let isLast = line == paragraph.last
                let breaksAfter = isLast || hidden(line) != hidden(line + 1) || isMetadata(line) || isMetadata(line + 1)
                    || line == titleLine || line + 1 == titleLine || endsLabel(lines[line - 1], before: lines[line])
                guard breaksAfter else { continue }
                segments.append(.init(lines: LineRange(first: first, last: line), paragraph: index, isBoilerplate: hidden(first)))
                first = line + 1
            }
        }
        return segments
    }

    /// A short line without final punctuation, followed by a capitalised line, stands alone.
    private static func endsLabel(_ line: String, before next: String) -> Bool {
        guard line.utf8.count < 80, let last = line.trimmed.last, let nextFirst = next.trimmed.first else { return false }
        return !".!?…:;,\"”’)-–—".contains(last) && (nextFirst.isUppercase || nextFirst.isNumber)
    }

    /// The first line that stands alone as a short heading, outside boilerplate and metadata.
    static func heading(paragraphs: [LineRange], lines: [String], excluded: (Int) -> Bool) -> String? {
        for paragraph in paragraphs where paragraph.first == paragraph.last && !excluded(paragraph.first) {
            let text = lines[paragraph.first - 1]
            if let heading = MetadataFinder.titleText(text, maximumWords: 14) { return heading }
        }
        return nil
    }

    /// `text` cut at a word boundary to at most `length` Characters, marked with an ellipsis.
    static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let prefix = text.prefix(length - 1)
        let cutAt = prefix.lastIndex(where: \.isWhitespace) ?? prefix.endIndex
        return String(prefix[..<cutAt]).trimmed + "…"
    }
}
