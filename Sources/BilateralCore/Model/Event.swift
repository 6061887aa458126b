/// A dated sentence that names at least one actor.
public struct Event: Sendable, Hashable {
    public var article: String
    public var date: PartialDate
    public var sentence: String
    public var line: Int
    public var actors: [String]

    public init(article: String, date: PartialDate, sentence: String, line: Int, actors: [String]) {
        self.article = article
        self.date = date
        self.sentence = sentence
        self.line = line
        self.actors = actors
    }
}
