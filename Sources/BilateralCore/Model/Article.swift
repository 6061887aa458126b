/// One article of the corpus: its metadata and its text, split for reading and extraction.
///
/// Line numbers are 1-based lines of the file as it is on disk (front matter included),
/// so that evidence can be found again in an editor.
public struct Article: Sendable, Equatable, Identifiable {
    /// Where the title came from, so a front end can say when it is a guess.
    public enum TitleSource: String, Sendable, Codable {
        case frontMatter = "front-matter"
        case titleLine = "title-line"
        case heading
        case firstSentence = "first-sentence"
    }

    /// Where the date came from (`dateSource` in the export contract).
    public enum DateSource: String, Sendable, Codable {
        case frontMatter = "front-matter"
        case dateline
        case inferred
        case unknown
    }

    /// The file's base name.
    public let id: String
    /// The path as the corpus was given it.
    public let path: String
    public var title: String
    public var author: String?

    public var source: String? {
        get { links?.source }
        set { links = Links.make(source: newValue, url: url) }
    }

    public var url: String? {
        get { links?.url }
        set { links = Links.make(source: source, url: newValue) }
    }

    /// Where the article came from, which few articles state: one optional word rather than two strings each.
    private final class Links: Sendable, Equatable {
        let source: String?
        let url: String?

        private init(source: String?, url: String?) {
            self.source = source
            self.url = url
        }

        static func make(source: String?, url: String?) -> Links? {
            source == nil && url == nil ? nil : Links(source: source, url: url)
        }

        static func == (lhs: Links, rhs: Links) -> Bool {
            lhs.source == rhs.source && lhs.url == rhs.url
        }
    }

    private var links: Links?
    /// Every line of the file after decoding and cleaning; `lines[0]` is line 1.
    public var lines: ArticleLines
    /// The first line after the front matter (1 when there is none).
    public var bodyStart: Int {
        get { Int(storedBodyStart) }
        set { storedBodyStart = Int32(clamping: newValue) }
    }
    /// Lines that hold metadata rather than prose: the title line, the dateline, the byline.
    public var metadataLines: [Int]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Web boilerplate (share prompts, comment forms, notices), as inclusive line ranges.
    public var boilerplate: [LineRange]
    // The small fields last, side by side: between the strings each would take a padded word.
    private var storedBodyStart: Int32
    public var date: PartialDate?
    public var dateSource: DateSource
    public var titleSource: TitleSource
    /// True for a feed item (or a page) that carried no text of its own: its lines are the
    /// title and summary the feed gave, not the article.
    public var isSummary = false
    /// False for an article held without its body (lines, paragraphs, sentences, metadata lines), as a model
    /// opened through the store holds every article: `CorpusModel.articleWithBody(_:)` reads it back when shown,
    /// searched or exported. The boilerplate ranges and `bodyStart` stay (the export's article lists them).
    public internal(set) var hasBody = true

    public init(
        id: String, path: String, title: String = "", titleSource: TitleSource = .firstSentence,
        author: String? = nil, date: PartialDate? = nil, dateSource: DateSource = .unknown,
        source: String? = nil, url: String? = nil, lines: [String] = [], bodyStart: Int = 1,
        metadataLines: [Int] = [], paragraphs: [Paragraph] = [], sentences: [Sentence] = [],
        boilerplate: [LineRange] = []
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.titleSource = titleSource
        self.author = author
        self.date = date
        self.dateSource = dateSource
        self.links = Links.make(source: source, url: url)
        self.lines = ArticleLines(lines)
        self.storedBodyStart = Int32(clamping: bodyStart)
        self.metadataLines = metadataLines
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.boilerplate = boilerplate
    }

    /// True when the 1-based `line` lies in a boilerplate range.
    public func isBoilerplate(line: Int) -> Bool {
        boilerplate.contains { $0.contains(line) }
    }

    /// The article as a model holds it when its body can be read back: metadata, boilerplate ranges and `bodyStart`
    /// only. Events and stances that quote the text keep their own quotes (`QuotedText`).
    func withoutBody() -> Article {
        var copy = self
        copy.lines = .empty
        copy.paragraphs = []
        copy.sentences = []
        copy.metadataLines = []
        copy.hasBody = false
        return copy
    }

    /// The sentences extraction reads: prose, not boilerplate or metadata.
    public var proseSentences: [Sentence] {
        sentences.filter { !$0.isBoilerplate }
    }
}
