/// Splits runs of lines into sentences, keeping where each starts and ends.
///
/// Works on an array of Unicode scalars per run so that a multi-megabyte line is scanned in
/// linear time; positions are turned into Character columns at the end, once per line.
struct SentenceSplitter: Sendable {
    /// Lines that are read as one stretch of text: a paragraph, or part of one.
    struct Segment: Equatable, Sendable {
        var lines: LineRange
        var paragraph: Int
        var isBoilerplate: Bool
    }

    /// The sentences of `segments`, in order; one-line sentences are slices of `text` when it
    /// holds the same lines, so that they share the article's storage rather than the line's.
    func split(lines: [String], segments: [Segment], text: ArticleLines? = nil) -> [Sentence] {
        var columns = ColumnMapper(lines: lines)
        var sentences: [Sentence] = []
        for segment in segments {
            let run = TextRun(lines: lines, range: segment.lines)
            for (start, end) in SentenceBoundaries.find(in: run.scalars) {
                guard let trimmed = run.trim(start, end) else { continue }
                let first = run.position(of: trimmed.lowerBound)
                let last = run.position(of: trimmed.upperBound - 1)
                let from = columns.position(line: first.line, scalar: first.scalar,
                                            lineScalars: run.scalars, lineStart: trimmed.lowerBound - first.scalar)
                let to = columns.position(line: last.line, scalar: last.scalar + 1,
                                          lineScalars: run.scalars, lineStart: trimmed.upperBound - 1 - last.scalar)
                sentences.append(Sentence(
                    slice: Self.text(lines: lines, from: (first.line, from.index), to: (last.line, to.index), in: text),
                    start: TextPosition(line: first.line, column: from.column),
                    end: TextPosition(line: last.line, column: to.column),
                    paragraph: segment.paragraph,
                    isBoilerplate: segment.isBoilerplate
                ))
            }
        }
        // Appending leaves up to twice the room needed, and an article keeps its sentences as long as it is open.
        return sentences.withUnsafeBufferPointer { Array($0) }
    }

    /// The text between two places, copied from the lines; line breaks become spaces.
    private static func text(
        lines: [String], from: (line: Int, index: String.Index), to: (line: Int, index: String.Index), in article: ArticleLines?
    ) -> TextSlice {
        // A one-line sentence shares the text's storage instead of holding a second copy of its text.
        if from.line == to.line {
            let line = lines[from.line - 1]
            guard let article else { return TextSlice(String(line[from.index..<to.index])) }
            let utf8 = line.utf8
            return article.slice(line: from.line - 1, from: utf8.distance(from: utf8.startIndex, to: from.index),
                                 to: utf8.distance(from: utf8.startIndex, to: to.index))
        }
        var text = String(lines[from.line - 1][from.index...])
        for line in (from.line + 1)..<to.line {
            text += " " + lines[line - 1]
        }
        text += " " + lines[to.line - 1][..<to.index]
        return TextSlice(text)
    }
}

/// The scalars of a run of lines, joined by single spaces, and where each line starts.
struct TextRun {
    var scalars: [Unicode.Scalar] = []
    /// Offset in `scalars` of each line of the run, and the line's number.
    private var starts: [(offset: Int, line: Int)] = []

    init(lines: [String], range: LineRange) {
        // Room for the most scalars the run can have (one per byte), so appending never regrows.
        scalars.reserveCapacity((range.first...range.last).reduce(0) { $0 + lines[$1 - 1].utf8.count + 1 })
        for line in range.first...range.last {
            if !scalars.isEmpty { scalars.append(" ") }
            starts.append((scalars.count, line))
            // A plain loop: `append(contentsOf:)` on the scalar view counts the scalars in a first pass.
            for scalar in lines[line - 1].unicodeScalars { scalars.append(scalar) }
        }
    }

    /// The 1-based line and the scalar offset within it of `offset`.
    func position(of offset: Int) -> (line: Int, scalar: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return (starts[low].line, offset - starts[low].offset)
    }

    /// `start..<end` without leading and trailing whitespace; nil when nothing is left.
    func trim(_ start: Int, _ end: Int) -> Range<Int>? {
        var low = start
        var high = end
        while low < high, SentenceBoundaries.isSpace(scalars[low]) { low += 1 }
        while high > low, SentenceBoundaries.isSpace(scalars[high - 1]) { high -= 1 }
        return low < high ? low..<high : nil
    }
}

/// Turns scalar offsets within a line into Character offsets, walking each line once.
struct ColumnMapper {
    private let lines: [String]
    private var line = 0
    private var isASCII = true
    private var index: String.Index
    private var scalarOffset = 0
    private var byteOffset = 0
    private var characterOffset = 0

    init(lines: [String]) {
        self.lines = lines
        index = "".startIndex
    }

    /// The Character column and string index of scalar `scalar` of line `number`, whose scalars are
    /// already decoded in `lineScalars` from `lineStart` on; calls on a line must not go backwards.
    mutating func position(line number: Int, scalar: Int, lineScalars: [Unicode.Scalar], lineStart: Int) -> (column: Int, index: String.Index) {
        if number != line || scalar < scalarOffset { reset(to: number) }
        let text = lines[number - 1]
        if isASCII { return (scalar, text.utf8.index(text.utf8.startIndex, offsetBy: scalar)) }
        let byteCount = text.utf8.count
        // Walking the decoded scalars and their UTF-8 widths is cheaper than walking the string's scalar view.
        var byteOffset = self.byteOffset
        // Grapheme breaking is slow; when every scalar around the step stands alone, scalars are Characters.
        var standalone = scalarOffset == 0 || Self.isStandalone(lineScalars[lineStart + scalarOffset - 1])
        var stepped = 0
        while scalarOffset < scalar, byteOffset < byteCount {
            let next = lineScalars[lineStart + scalarOffset]
            if standalone, !Self.isStandalone(next) { standalone = false }
            byteOffset += UTF8.width(next)
            scalarOffset += 1
            stepped += 1
        }
        if standalone, byteOffset < byteCount, !Self.isStandalone(lineScalars[lineStart + scalarOffset]) { standalone = false }
        let scalarIndex = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset)
        // Sentence edges sit next to spaces and punctuation, so they are Character boundaries.
        characterOffset += standalone ? stepped : text[index..<scalarIndex].count
        index = scalarIndex
        self.byteOffset = byteOffset
        return (characterOffset, scalarIndex)
    }

    /// A scalar that is always a Character of its own, whatever its neighbours: Latin-1 and Latin
    /// Extended letters (not CR, nor the emoji-capable © and ®) and the dashes and quotes of U+2010–U+2027.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x300 && value != 0x0D && value != 0xA9 && value != 0xAE) || (0x2010...0x2027).contains(value)
    }

    private mutating func reset(to number: Int) {
        line = number
        let text = lines[number - 1]
        isASCII = text.isAllASCII
        index = text.startIndex
        scalarOffset = 0
        byteOffset = 0
        characterOffset = 0
    }
}
