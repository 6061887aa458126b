import Testing
@testable import BilateralCore

/// Events repeated in near-identical sentences: grouped by date, actors and normalised sentence, shown once with a count.
@Suite struct RepeatedEventsTests {
    private static func date(_ iso: String) -> PartialDate { QueryFixture.date(iso) }

    private static func event(_ article: String, _ iso: String, _ sentence: String, _ actors: [String] = ["JPN", "RUS"]) -> Event {
        Event(article: article, date: date(iso), sentence: sentence, line: 1, actors: actors)
    }

    /// Three wire copies of one report (one with curly quotes and extra spaces), and look-alikes that differ.
    private static let model: CorpusModel = {
        let era = Era(id: "all", label: "All", start: date("2000-01-01"), end: date("2099-12-31"), summary: "")
        let articles = ["w1", "w2", "w3", "w4"].enumerated().map { number, id in
            Article(id: id, path: "wire/" + id, title: id, date: date("2016-05-0\(number + 1)"), lines: [id])
        }
        let events = [
            event("w1", "2016-05-06", "Japan and Russia signed the \"eight-point\" plan."),
            event("w2", "2016-05-06", "Japan and Russia  signed the “eight-point” plan"),
            event("w3", "2016-05-06", "JAPAN and Russia signed the eight point plan.", ["RUS", "JPN"]),
            // Another date, other actors, other words: not repeats.
            event("w4", "2016-05-07", "Japan and Russia signed the \"eight-point\" plan."),
            event("w4", "2016-05-06", "Japan and Russia signed the \"eight-point\" plan.", ["JPN", "CHN"]),
            event("w4", "2016-05-06", "Japan and Russia signed the \"nine-point\" plan."),
        ]
        return CorpusModel(eras: [era], articles: articles, analyses: articles.map { ArticleAnalysis(article: $0.id, era: "all") }, events: events)
    }()

    @Test func normalisingKeepsLettersAndDigitsOnly() {
        #expect(RepeatedEvents.normalised("Japan and Russia  signed the “eight-point” plan.") == "japan and russia signed the eight point plan")
        #expect(RepeatedEvents.normalised("  «Tokyo», 1956!  ") == "tokyo 1956")
        #expect(RepeatedEvents.normalised("日本とロシア。") == "日本とロシア")
        #expect(RepeatedEvents.normalised("—") == "")
    }

    @Test func sameDateActorsAndNormalisedSentenceMakeOneGroup() {
        let groups = RepeatedEvents(model: Self.model)
        #expect(groups.group[0] == groups.group[1])
        #expect(groups.group[0] == groups.group[2])
        #expect(Set(groups.group[3...]).count == 3)
        #expect(!groups.group[3...].contains(groups.group[0]))
        #expect(groups.groupCount == 4)
    }

    @Test func theTimelineShowsARepeatOnceWithItsCount() throws {
        let timeline = Timeline(model: Self.model, filtered: .everything(in: Self.model), pair: ("JPN", "RUS"))
        let section = try #require(timeline.sections.first)
        let events = section.entries.compactMap { entry -> Int? in if case .event(let index) = entry { return index } else { return nil } }
        #expect(events.sorted() == [0, 3, 4, 5])
        #expect(section.eventCopies == [0: 3])
    }

    @Test func theCountIsOfTheCopiesTheFilterKeeps() throws {
        // Without the first copy, the next one kept stands for the rest.
        let filtered = try Filter.parse("!'w1").apply(to: Self.model)
        let timeline = Timeline(model: Self.model, filtered: filtered, pair: ("JPN", "RUS"))
        let section = try #require(timeline.sections.first)
        #expect(section.entries.contains(.event(1)))
        #expect(!section.entries.contains(.event(2)))
        #expect(section.eventCopies == [1: 2])
        let alone = Timeline(model: Self.model, filtered: try Filter.parse("'w3").apply(to: Self.model), pair: ("JPN", "RUS"))
        #expect(alone.sections.first?.eventCopies == [:])
        #expect(alone.sections.first?.entries.contains(.event(2)) == true)
    }
}
