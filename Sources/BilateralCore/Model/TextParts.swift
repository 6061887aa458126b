/// An inclusive range of 1-based file lines.
public struct LineRange: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    public func contains(_ line: Int) -> Bool { (first...last).contains(line) }
}

/// A place in the text: a 1-based file line and a 0-based offset in Characters within it.
public struct TextPosition: Sendable, Hashable, Comparable, Codable {
    // 32-bit storage: every sentence, token and mention of a corpus holds positions, so their size counts.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    private enum CodingKeys: String, CodingKey {
        case line, column
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A run of non-blank lines.
public struct Paragraph: Sendable, Equatable {
    public var lines: LineRange
    public var isBoilerplate: Bool

    public init(lines: LineRange, isBoilerplate: Bool) {
        self.lines = lines
        self.isBoilerplate = isBoilerplate
    }
}

/// One sentence, with where it starts and ends so a front end can highlight it.
public struct Sentence: Sendable, Equatable {
    // The text as UTF-8 offsets into a shared string (the article's text when the sentence fits
    // on one line) and 32-bit fields: a corpus holds a sentence per ~150 bytes of its text.
    private var base: String
    private var utf8Start: Int32
    private var utf8End: Int32

    public var text: String {
        get { String(textSlice) }
        set { self.textSlice = Substring(newValue) }
    }

    /// The text without a copy, for the events and stances that quote it.
    var textSlice: Substring {
        get {
            let utf8 = base.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: Int(utf8Start))
            return base[lower..<utf8.index(lower, offsetBy: Int(utf8End - utf8Start))]
        }
        set {
            let utf8 = newValue.base.utf8
            base = newValue.base
            utf8Start = Int32(truncatingIfNeeded: utf8.distance(from: utf8.startIndex, to: newValue.startIndex))
            utf8End = Int32(truncatingIfNeeded: utf8.distance(from: utf8.startIndex, to: newValue.endIndex))
        }
    }

    /// Start of the sentence; `start.line` is the line the export contract reports.
    public var start: TextPosition
    /// One past the last Character of the sentence.
    public var end: TextPosition
    private var storedParagraph: Int32
    /// Boilerplate or metadata (title, dateline, byline): shown, never extracted from.
    public var isBoilerplate: Bool

    /// Index into `Article.paragraphs`.
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }

    public var line: Int { start.line }

    public init(text: String, start: TextPosition, end: TextPosition, paragraph: Int, isBoilerplate: Bool) {
        self.init(slice: Substring(text), start: start, end: end, paragraph: paragraph, isBoilerplate: isBoilerplate)
    }

    /// A sentence whose text is a slice of a longer string (the article's text), shared rather than copied.
    init(slice: Substring, start: TextPosition, end: TextPosition, paragraph: Int, isBoilerplate: Bool) {
        self.base = ""
        self.utf8Start = 0
        self.utf8End = 0
        self.start = start
        self.end = end
        self.storedParagraph = Int32(clamping: paragraph)
        self.isBoilerplate = isBoilerplate
        self.textSlice = slice
    }

    public static func == (lhs: Sentence, rhs: Sentence) -> Bool {
        lhs.textSlice == rhs.textSlice && lhs.start == rhs.start && lhs.end == rhs.end
            && lhs.storedParagraph == rhs.storedParagraph && lhs.isBoilerplate == rhs.isBoilerplate
    }
}
