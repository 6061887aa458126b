/// The lines of an article file, held as one string with the offsets where lines start.
///
/// One string per article rather than one per line: every line of a corpus stays in memory
/// as long as the corpus is open, and a heap string costs a header and rounding per line.
/// Sentences, events and stances quote slices of the same string.
public struct ArticleLines: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral, Equatable {
    /// The whole text; a line break ends each line but perhaps the last.
    public var text: String { storage.text }
    // Also holds the UTF-8 offset of each line's first byte, then one past the last line's end
    // plus one: line `i` spans `lineStart(i) ..< lineStart(i + 1) - 1`.
    private var storage: TextSlice.Storage

    /// No lines, in one storage every article held without its body shares.
    static let empty = ArticleLines([])

    public init(_ lines: [String]) {
        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int32] = []
        starts.reserveCapacity(lines.count + 1)
        for line in lines {
            starts.append(Int32(truncatingIfNeeded: text.utf8.count))
            text += line
            text += "\n"
        }
        starts.append(Int32(truncatingIfNeeded: text.utf8.count))
        self.storage = TextSlice.Storage.make(text, lineStarts: starts)
    }

    /// Lines already laid out in `text`, with `starts` as `Storage` keeps them.
    init(text: String, starts: [Int32]) {
        self.storage = TextSlice.Storage.make(text, lineStarts: starts)
    }

    /// The storage that the article's sentences, events and stances slice.
    var sharedStorage: TextSlice.Storage { storage }

    /// The UTF-8 offset where each line starts, then one past the last line's end plus one.
    var lineStarts: [Int32] { (0..<storage.lineStartCount).map(storage.lineStart) }

    public init(arrayLiteral lines: String...) {
        self.init(lines)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.lineStartCount - 1 }

    /// The line at 0-based `position`, copied out; `line(_:)` reads it without a copy.
    public subscript(position: Int) -> String {
        get { String(line(position)) }
        set {
            var lines = Array(self)
            lines[position] = newValue
            self = ArticleLines(lines)
        }
    }

    /// The line at 0-based `position` as a slice of `text`.
    public func line(_ position: Int) -> Substring {
        slice(line: position, from: 0, to: Int(storage.lineStart(position + 1) - storage.lineStart(position)) - 1).substring
    }

    /// UTF-8 offsets `from..<to` within the line at 0-based `position`, as a slice of `text`.
    func slice(line position: Int, from: Int, to: Int) -> TextSlice {
        let base = Int(storage.lineStart(position))
        return TextSlice(storage: storage, utf8: (base + from)..<(base + to))
    }

    public static func == (lhs: ArticleLines, rhs: ArticleLines) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { lhs.line($0) == rhs.line($0) }
    }
}
