import Foundation
import BilateralCore

/// The stretch of an article shown highlighted: the sentence of the selected event or stance.
public struct Highlight: Sendable, Hashable {
    public var start: TextPosition
    /// One past the last highlighted Character.
    public var end: TextPosition

    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }

    public func contains(_ position: TextPosition) -> Bool {
        start <= position && position < end
    }

    /// The sentence starting on `line` whose text best matches `text`, else the whole line.
    public static func locate(line: Int, text: String, in article: Article) -> Highlight? {
        guard line >= 1, line <= article.lines.count else { return nil }
        let onLine = article.sentences.filter { $0.start.line == line }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let best = onLine.first { $0.text == trimmed }
            ?? onLine.first { !trimmed.isEmpty && ($0.text.contains(trimmed) || trimmed.contains($0.text)) }
            ?? onLine.first
        if let best { return Highlight(start: best.start, end: best.end) }
        let lineText = article.lines[line - 1]
        if !trimmed.isEmpty, let range = lineText.range(of: trimmed) {
            let column = lineText.distance(from: lineText.startIndex, to: range.lowerBound)
            return Highlight(
                start: TextPosition(line: line, column: column),
                end: TextPosition(line: line, column: column + trimmed.count))
        }
        return Highlight(start: TextPosition(line: line, column: 0), end: TextPosition(line: line, column: lineText.count))
    }
}
