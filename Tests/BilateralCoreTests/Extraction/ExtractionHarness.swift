import Foundation
@testable import BilateralCore

/// Runs the bundled extractor on articles written inline in a test.
enum ExtractionHarness {
    static let extractor = Extractor()

    /// One article per text; `date` plays the part of a front-matter date.
    static func model(_ texts: [String], date: String? = nil) -> CorpusModel {
        let articles = texts.enumerated().map { index, text in
            Article(
                id: "t\(index).txt", path: "t\(index).txt", date: date.flatMap(PartialDate.init(iso:)),
                dateSource: date == nil ? .unknown : .frontMatter, lines: text.components(separatedBy: "\n"))
        }
        return extractor.analyse(Corpus(articles: articles))
    }

    /// "HOLDER>TARGET±" for every stance, persons mapped to their state, sorted.
    static func stances(_ text: String, date: String? = "2018-06-01") -> [String] {
        let model = model([text], date: date)
        let gazetteer = extractor.gazetteer
        return Set(model.stances.map {
            "\(gazetteer.principal(of: $0.holder))>\(gazetteer.principal(of: $0.target))\($0.polarity.sign)"
        }).sorted()
    }

    /// The ISO dates of every event of one article whose front matter is dated `date`, sorted.
    static func eventDates(_ text: String, date: String) -> [String] {
        model([text], date: date).events.map(\.date.iso).sorted()
    }
}
