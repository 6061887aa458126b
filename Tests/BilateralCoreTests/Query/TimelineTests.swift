import Testing
@testable import BilateralCore

@Suite struct TimelineTests {
    private let model = QueryFixture.model

    @Test func sectionsFollowTheCatalogueAndEntriesTheDates() {
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"))
        #expect(timeline.sections.map { $0.era?.id } == ["sochi-2016", "treaty-2018", "rupture-2023", nil])
        #expect(timeline.sections[0].entries == [.article(0), .event(1)])
        // An undated article sits in the era extraction gave it, after the dated entries.
        #expect(timeline.sections[1].entries == [.article(1), .event(4), .article(5), .article(3)])
        #expect(timeline.sections[2].entries == [.event(2), .article(2), .event(3)])
        #expect(timeline.sections[3].entries == [.article(4), .event(0)])
    }

    @Test func scoresCountThePairBothWaysWithPersonsAsTheirState() {
        let timeline = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"))
        #expect(timeline.sections.map(\.netScore) == [7, 5, -10, 0])
        #expect(timeline.sections[0].yearlyScores == [7, 0])
        #expect(timeline.sections[1].yearlyScores == [5, 0, 0, 0])
        #expect(timeline.sections[2].yearlyScores == [-10, 0])
        let china = Timeline(model: model, filtered: .everything(in: model), pair: ("CHN", "JPN"))
        #expect(china.sections.map(\.netScore) == [0, -2, 0, 0])
    }

    @Test func theTimelineShowsOnlyWhatTheFilterKept() throws {
        let kept = try Filter.parse("pol:-").apply(to: model)
        let timeline = Timeline(model: model, filtered: kept, pair: ("RUS", "JPN"))
        #expect(timeline.sections.count == 3)
        #expect(timeline.sections.map(\.netScore) == [0, 0, -10])
        #expect(timeline.sections[0].entries.isEmpty)
        #expect(timeline.sections[1].entries == [.article(1), .event(4)])
    }

    /// 150 articles over three eras and no era, each with one event dated a day later: the
    /// timeline's order spans several 64-entry words, and articles sit far from their order position.
    private static let manyEntries: CorpusModel = {
        let eras = [
            Era(id: "early", label: "Early", start: QueryFixture.date("2000-01-01"), end: QueryFixture.date("2005-12-31"), summary: ""),
            Era(id: "middle", label: "Middle", start: QueryFixture.date("2006-01-01"), end: QueryFixture.date("2011-12-31"), summary: ""),
            Era(id: "late", label: "Late", start: QueryFixture.date("2012-01-01"), end: QueryFixture.date("2017-12-31"), summary: ""),
        ]
        // Listed out of date order, so that model order and timeline order differ.
        let days = (0..<150).map { number in (year: 1998 + (number * 37) % 22, month: 1 + number % 9, day: 10 + number % 10) }
        let articles = days.enumerated().map { number, day in
            QueryFixture.article("m\(number).txt", "\(day.year)-0\(day.month)-\(day.day)", ["Piece \(number)", "", "Text."])
        }
        let events = days.enumerated().map { number, day in
            Event(article: "m\(number).txt", date: QueryFixture.date("\(day.year)-0\(day.month)-\(day.day + 1)"),
                  sentence: "Event of piece \(number).", line: 3, actors: ["JPN", "RUS"])
        }
        return CorpusModel(eras: eras, articles: articles, events: events)
    }()

    @Test(arguments: [1, 2, 3, 7, 64])
    func aFilteredTimelineIsTheWholeOneWithoutWhatTheFilterDropped(every step: Int) {
        let model = Self.manyEntries
        let whole = Timeline(model: model, filtered: .everything(in: model), pair: ("RUS", "JPN"))
        // Every step-th article and every (step+1)-th event, from the end, so that neither list starts at zero.
        let articles = Array(stride(from: model.articles.count - 1, through: 0, by: -step).reversed())
        let events = Array(stride(from: model.events.count - 2, through: 0, by: -(step + 1)).reversed())
        let kept = FilteredModel(articles: articles, events: events, stances: [])
        let timeline = Timeline(model: model, filtered: kept, pair: ("RUS", "JPN"))
        let keptArticles = Set(articles), keptEvents = Set(events)
        func isKept(_ entry: Timeline.Entry) -> Bool {
            switch entry {
            case .article(let article): return keptArticles.contains(article)
            case .event(let event): return keptEvents.contains(event)
            }
        }
        #expect(whole.sections.map(\.entries).joined().count == 300)
        let expected = whole.sections.map { section in section.entries.filter(isKept) }.filter { !$0.isEmpty }
        #expect(timeline.sections.map(\.entries).filter { !$0.isEmpty } == expected)
        #expect(timeline.sections.map(\.entries).joined().count == articles.count + events.count)
    }
}
