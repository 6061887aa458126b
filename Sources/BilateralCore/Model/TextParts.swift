/// An inclusive range of 1-based file lines.
public struct LineRange: Sendable, Hashable, Codable {
    // 32-bit storage: every paragraph and boilerplate run of a corpus holds one.
    private var storedFirst: Int32
    private var storedLast: Int32

    public var first: Int {
        get { Int(storedFirst) }
        set { storedFirst = Int32(clamping: newValue) }
    }

    public var last: Int {
        get { Int(storedLast) }
        set { storedLast = Int32(clamping: newValue) }
    }

    public init(first: Int, last: Int) {
        storedFirst = Int32(clamping: first)
        storedLast = Int32(clamping: max(first, last))
    }

    private enum CodingKeys: String, CodingKey {
        case first, last
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storedFirst = Int32(clamping: try container.decode(Int.self, forKey: .first))
        storedLast = Int32(clamping: try container.decode(Int.self, forKey: .last))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
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
    // The text as a slice of the article's text when the sentence fits on one line, and 32-bit
    // fields: a corpus holds a sentence per ~150 bytes of its text.
    private var slice: TextSlice

    public var text: String {
        get { slice.string }
        set { slice = TextSlice(newValue) }
    }

    /// The text without a copy, for the events and stances that quote it.
    var textSlice: TextSlice { slice }

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
        self.init(slice: TextSlice(text), start: start, end: end, paragraph: paragraph, isBoilerplate: isBoilerplate)
    }

    /// A sentence whose text is a slice of a longer text (the article's), shared rather than copied.
    init(slice: TextSlice, start: TextPosition, end: TextPosition, paragraph: Int, isBoilerplate: Bool) {
        self.slice = slice
        self.start = start
        self.end = end
        self.storedParagraph = Int32(clamping: paragraph)
        self.isBoilerplate = isBoilerplate
    }
}
