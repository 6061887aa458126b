/// Finds the web boilerplate of an article: prompt and notice lines, trailing sections
/// (comments, related posts, the author's bio) and lone separators.
struct BoilerplateDetector: Sendable {
    struct Result: Equatable, Sendable {
        /// Inclusive line ranges, merged across the blank lines between them.
        var ranges: [LineRange]
        /// The author an "About the author" block or a closing bio names.
        var author: String?
    }

    /// - Parameters:
    ///   - lines: every line of the file; `lines[0]` is line 1.
    ///   - paragraphs: the body's runs of non-blank lines, in order.
    func detect(lines: [String], paragraphs: [LineRange]) -> Result {
        var marked = [Bool](repeating: false, count: lines.count + 1)
        var author: String?
        var sectionStart: Int?
        // A "Share" or "Comments" heading above the article is a button bar, not its end.
        var sawProse = false
        for (number, paragraph) in paragraphs.enumerated() {
            if let start = sectionStart, paragraph.first > start { break }
            for line in paragraph.first...paragraph.last {
                switch BoilerplateRules.classify(lines[line - 1]) {
                case .line: marked[line] = true
                case .sectionStart where !sawProse: marked[line] = true
                case .sectionStart: sectionStart = sectionStart ?? line
                case .aboutAuthor:
                    sectionStart = sectionStart ?? line
                    author = author ?? authorAfterAboutHeading(line: line, paragraphs: paragraphs[number...], lines: lines)
                case nil: continue
                }
            }
            // A bio is a paragraph of its own, or a line between separators.
            // A one-line paragraph's text is its line: asking again about the line would get the same answer.
            let bio = AuthorBio.name(in: text(of: paragraph, in: lines)).map { (paragraph.first, $0) }
                ?? (paragraph.first == paragraph.last ? nil
                    : (paragraph.first...paragraph.last).lazy.filter { !marked[$0] }
                        .compactMap { line in AuthorBio.name(in: lines[line - 1]).map { (line, $0) } }.first)
            if let (bioLine, name) = bio {
                for line in bioLine...paragraph.last { marked[line] = true }
                if isTrailer(after: number, paragraphs: paragraphs, lines: lines, marked: marked) {
                    sectionStart = sectionStart ?? bioLine
                    author = author ?? name
                }
            }
            if number < 3, paragraph.last - paragraph.first < 4,
               (paragraph.first...paragraph.last).contains(where: { BoilerplateRules.isNavigation(lines[$0 - 1]) }) {
                // A site name above a menu is the site's header, not the article's title.
                mark(paragraph, in: &marked)
            }
            if !sawProse, (paragraph.first...paragraph.last).contains(where: { !marked[$0] && lines[$0 - 1].utf8.count > 120 }) {
                sawProse = true
            }
        }
        if let start = sectionStart, let last = paragraphs.last?.last, start <= last {
            for line in start...last { marked[line] = true }
        }
        return Result(ranges: Self.ranges(marked, lines: lines), author: author)
    }

    /// The name on the line after an "About the author" heading, or the subject of the bio there.
    private func authorAfterAboutHeading(line: Int, paragraphs: ArraySlice<LineRange>, lines: [String]) -> String? {
        let candidates = (line + 1...min(lines.count, line + 4)).filter { !lines[$0 - 1].isBlank }
        guard let next = candidates.first else { return nil }
        let text = lines[next - 1].trimmed
        if BylineParser.isNameLine(text) { return text }
        return AuthorBio.name(in: text)
    }

    /// True when nothing of substance follows paragraph `number`: only boilerplate or short lines.
    private func isTrailer(after number: Int, paragraphs: [LineRange], lines: [String], marked: [Bool]) -> Bool {
        paragraphs[(number + 1)...].allSatisfy { paragraph in
            (paragraph.first...paragraph.last).allSatisfy { line in
                marked[line] || BoilerplateRules.classify(lines[line - 1]) != nil
                    || Self.hasAtMostTwelveWords(lines[line - 1])
            }
        }
    }

    /// Words as runs of non-whitespace Characters, counted on bytes when the line is ASCII.
    private static func hasAtMostTwelveWords(_ line: String) -> Bool {
        // Both loops stop at the thirteenth word, so a long line costs no more than a short one.
        guard line.isAllASCII else {
            var count = 0
            var inWord = false
            for character in line {
                let isSpace = character.isWhitespace
                if !isSpace, !inWord {
                    count += 1
                    if count > 12 { return false }
                }
                inWord = !isSpace
            }
            return true
        }
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isSpace, !inWord {
                count += 1
                if count > 12 { return false }
            }
            inWord = !isSpace
        }
        return true
    }

    private func text(of paragraph: LineRange, in lines: [String]) -> String {
        guard paragraph.last - paragraph.first < 8 else { return "" }
        // Most paragraphs are one line: the line itself, without joining it into a copy.
        if paragraph.first == paragraph.last { return lines[paragraph.first - 1] }
        return lines[(paragraph.first - 1)...(paragraph.last - 1)].joined(separator: " ")
    }

    private func mark(_ paragraph: LineRange, in marked: inout [Bool]) {
        for line in paragraph.first...paragraph.last { marked[line] = true }
    }

    /// Runs of marked lines; blank lines between two marked lines join their runs.
    private static func ranges(_ marked: [Bool], lines: [String]) -> [LineRange] {
        var ranges: [LineRange] = []
        var line = 1
        while line <= lines.count {
            guard marked[line] else {
                line += 1
                continue
            }
            var last = line
            var probe = line + 1
            while probe <= lines.count {
                if marked[probe] {
                    last = probe
                } else if !lines[probe - 1].isBlank {
                    break
                }
                probe += 1
            }
            ranges.append(LineRange(first: line, last: last))
            line = last + 1
        }
        return ranges
    }
}
