#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits runs of lines into sentences, keeping where each starts and ends.
///
/// Scans the article's UTF-8 bytes in place (a run of lines is a stretch of the article's text,
/// its line breaks read as spaces), so a multi-megabyte line costs linear time and no copy;
/// byte offsets are turned into Character columns at the end, once per line.
struct SentenceSplitter: Sendable {
    /// Lines that are read as one stretch of text: a paragraph, or part of one.
    struct Segment: Equatable, Sendable {
        var lines: LineRange
        var paragraph: Int
        var isBoilerplate: Bool
    }

    /// The sentences of `segments`, in order; one-line sentences are slices of `text` (built from
    /// `lines` when not given), so that they share the article's storage rather than copy it.
    func split(lines: [String], segments: [Segment], text: ArticleLines? = nil) -> [Sentence] {
        split(segments: segments, text: text ?? ArticleLines(lines))
    }

    /// The sentences of `segments` of `article`; `lineStarts`, when given, must be where its lines
    /// start as `lineStarts(_:)` finds them.
    func split(segments: [Segment], text article: ArticleLines, lineStarts: [Int32]? = nil) -> [Sentence] {
        var whole = article.text
        let sentences = whole.withUTF8 { bytes in
            let text = UTF8Text(bytes: bytes)
            return split(text, segments: segments, article: article, starts: lineStarts.map { $0.map(Int.init) } ?? Self.lineStarts(text))
        }
        // Appending leaves up to twice the room needed, and an article keeps its sentences as long as it is open.
        return sentences.withUnsafeBufferPointer { Array($0) }
    }

    private func split(_ text: UTF8Text, segments: [Segment], article: ArticleLines, starts: [Int]) -> [Sentence] {
        var columns = ColumnMapper(text: text, lineStarts: starts)
        var sentences: [Sentence] = []
        // About two sentences a segment: reserved once rather than grown by doubling (trimmed at the end).
        sentences.reserveCapacity(segments.count * 2)
        var ranges: [(Int, Int)] = []
        for segment in segments {
            let run = starts[segment.lines.first - 1]..<(starts[segment.lines.last] - 1)
            var line = segment.lines.first
            SentenceBoundaries.find(in: text, run: run, into: &ranges)
            for (start, end) in ranges {
                guard let trimmed = Self.trim(text, start, end) else { continue }
                // Sentences come in order, so the line of each edge is found by walking forward.
                while starts[line] <= trimmed.lowerBound { line += 1 }
                let firstLine = line
                while starts[line] <= trimmed.upperBound - 1 { line += 1 }
                let lastLine = line
                let from = columns.position(line: firstLine, byte: trimmed.lowerBound - starts[firstLine - 1])
                let to = columns.position(line: lastLine, byte: trimmed.upperBound - starts[lastLine - 1])
                sentences.append(Sentence(
                    slice: Self.slice(text, trimmed, firstLine: firstLine, lastLine: lastLine, starts: starts, article: article),
                    start: TextPosition(line: firstLine, column: from),
                    end: TextPosition(line: lastLine, column: to),
                    paragraph: segment.paragraph,
                    isBoilerplate: segment.isBoilerplate
                ))
                // The next sentence starts on the line this one ends on, or later.
                line = lastLine
            }
        }
        return sentences
    }

    /// The byte offset where each line starts, then one past the end of the last line plus one, so
    /// that line `n` (1-based) spans `starts[n - 1] ..< starts[n] - 1`.
    static func lineStarts(_ text: UTF8Text) -> [Int] {
        var starts = [0]
        if let base = text.bytes.baseAddress {
            var offset = 0
            // memchr: lines are long, and it skips a line's bytes many at a time.
            while offset < text.count, let hit = memchr(base + offset, 0x0A, text.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
                starts.append(offset)
            }
        }
        if text.count == 0 || text[text.count - 1] != 0x0A { starts.append(text.count + 1) }
        return starts
    }

    /// `start..<end` without leading and trailing whitespace; nil when nothing is left.
    private static func trim(_ text: UTF8Text, _ start: Int, _ end: Int) -> Range<Int>? {
        var low = start
        var high = end
        while low < high, case let (scalar, width) = text.scalar(at: low), SentenceBoundaries.isSpace(scalar) { low += width }
        while high > low, case let previous = text.start(before: high), SentenceBoundaries.isSpace(text.scalar(at: previous).scalar) {
            high = previous
        }
        return low < high ? low..<high : nil
    }

    /// The text of `range`: a slice of the article when it is on one line; otherwise a copy in which
    /// line breaks become spaces.
    private static func slice(
        _ text: UTF8Text, _ range: Range<Int>, firstLine: Int, lastLine: Int, starts: [Int], article: ArticleLines
    ) -> TextSlice {
        if firstLine == lastLine {
            let base = starts[firstLine - 1]
            return article.slice(line: firstLine - 1, from: range.lowerBound - base, to: range.upperBound - base)
        }
        let copy = String(unsafeUninitializedCapacity: range.count) { buffer in
            for offset in range {
                let byte = text[offset]
                buffer[offset - range.lowerBound] = byte == 0x0A ? 0x20 : byte
            }
            return range.count
        }
        return TextSlice(copy)
    }
}
