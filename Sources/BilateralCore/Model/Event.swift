/// A dated sentence that names at least one actor.
public struct Event: Sendable, Hashable {
    /// The sentence as a slice of the article's text: the events and stances of a corpus would
    /// otherwise hold a second copy of every sentence they quote.
    private var storedSentence: TextSlice
    public var date: PartialDate

    /// The sentence without a copy.
    var sentenceSlice: TextSlice {
        get { storedSentence }
        set { storedSentence = newValue }
    }

    public var sentence: String {
        get { storedSentence.string }
        set { storedSentence = TextSlice(newValue) }
    }

    // The article id and actor list as shared numbers: every event of an article names the same id.
    private var articleNumber: UInt32
    private var actorList: UInt32
    private var storedLine: Int32

    public var article: String {
        get { SharedStrings.string(articleNumber) }
        set { articleNumber = SharedStrings.number(of: newValue) }
    }

    /// The number of the actor list in `SharedStrings`: equal lists, equal numbers (no array built).
    var actorListNumber: UInt32 { actorList }

    public var actors: [String] {
        get { SharedStrings.list(actorList) }
        set { actorList = SharedStrings.number(ofList: newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public init(article: String, date: PartialDate, sentence: String, line: Int, actors: [String]) {
        self.init(article: article, date: date, sentenceSlice: TextSlice(sentence), line: line, actors: actors)
    }

    /// An event quoting a slice of a longer text, shared rather than copied.
    init(article: String, date: PartialDate, sentenceSlice: TextSlice, line: Int, actors: [String]) {
        self.init(
            articleNumber: SharedStrings.number(of: article), date: date, sentenceSlice: sentenceSlice, line: line,
            actorList: SharedStrings.number(ofList: actors))
    }

    /// An event whose article id and actor list are already numbered (the store's decoder numbers them per thread).
    init(articleNumber: UInt32, date: PartialDate, sentenceSlice: TextSlice, line: Int, actorList: UInt32) {
        self.articleNumber = articleNumber
        self.date = date
        self.storedSentence = sentenceSlice
        self.actorList = actorList
        self.storedLine = Int32(clamping: line)
    }
}
