import Testing
@testable import BilateralCore

/// Gathering a model file by file: parts decoded apart, files extracted now put in their places, files that came
/// out of order put in corpus order with their events and stances.
@Suite struct GatheredArticlesTests {
    /// An extracted article of file `place` with `stances` stances and one event.
    private func item(_ place: Int, stances: Int) -> ExtractedArticle {
        let id = "f\(place).txt"
        let article = Article(id: id, path: "/c/" + id, title: "Title \(place)")
        let event = Event(article: id, date: PartialDate(year: 2000 + place)!, sentence: "Sentence \(place).", line: 1, actors: ["JPN"])
        let list = (0..<stances).map { number in
            Stance(article: id, holder: "JPN", target: "RUS", polarity: .cooperative, score: 1, category: "04",
                   cue: "talks", evidence: "Evidence \(place) \(number).", line: 1)
        }
        return ExtractedArticle(article: article, analysis: ArticleAnalysis(article: id), events: [event], stances: list, mentioned: ["JPN", "RUS"])
    }

    private func ids(_ gathered: GatheredArticles.Gathered) -> [String] { gathered.model.articles.map(\.id) }

    @Test func filesOutOfOrderArePutInOrderWithTheirEventsAndStances() {
        var gathering = GatheredArticles()
        for place in [2, 0, 3, 1] { gathering.append(file: place, [item(place, stances: place + 1)]) }
        #expect(!gathering.isInOrder)
        let gathered = gathering.model(warnings: []) { _ in [] }
        #expect(ids(gathered) == ["f0.txt", "f1.txt", "f2.txt", "f3.txt"])
        #expect(gathered.stanceCounts == [1, 2, 3, 4])
        #expect(gathered.model.stances.map(\.article) == ["f0.txt", "f1.txt", "f1.txt", "f2.txt", "f2.txt", "f2.txt"] + Array(repeating: "f3.txt", count: 4))
        #expect(gathered.model.events.map(\.article) == ["f0.txt", "f1.txt", "f2.txt", "f3.txt"])
        #expect(gathered.files.map(\.place) == [0, 1, 2, 3])
    }

    @Test func partsTakeTheWaitingFilesInTheirPlaces() {
        var first = GatheredArticles()
        first.append(file: 0, [item(0, stances: 1)])
        first.append(file: 2, [item(2, stances: 0)])
        var second = GatheredArticles()
        second.append(file: 5, [item(5, stances: 2)])
        var waiting = GatheredArticles.Waiting([1: [item(1, stances: 1)], 3: [item(3, stances: 1)], 7: [item(7, stances: 1)]])
        var gathering = GatheredArticles()
        gathering.append(contentsOf: first, waiting: &waiting)
        gathering.append(contentsOf: second, waiting: &waiting)
        gathering.appendRest(of: &waiting)
        // In order as they came: nothing to copy.
        #expect(gathering.isInOrder)
        let gathered = gathering.model(warnings: []) { _ in [] }
        #expect(ids(gathered) == ["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f5.txt", "f7.txt"])
        #expect(gathered.stanceCounts == [1, 1, 0, 1, 2, 1])
        #expect(gathered.model.stances.map(\.evidence).first == "Evidence 0 0.")
        #expect(gathered.model.stances.map(\.evidence).last == "Evidence 7 0.")
    }

    @Test func aFileRolledBackLeavesNothing() {
        var gathering = GatheredArticles()
        gathering.append(file: 0, [item(0, stances: 1)])
        let mark = gathering.mark
        gathering.append(file: 1, [item(1, stances: 3)])
        gathering.rollBack(to: mark)
        let gathered = gathering.model(warnings: []) { _ in [] }
        #expect(ids(gathered) == ["f0.txt"])
        #expect(gathered.model.stances.count == 1)
        #expect(gathered.model.events.count == 1)
        #expect(gathered.files.map(\.articles) == [1])
    }

    @Test func theActorsAreLookedUpFromEveryMentionedID() {
        var gathering = GatheredArticles()
        gathering.append(file: 0, [item(0, stances: 0)])
        gathering.noteMentioned(SharedStrings.number(of: "CHN"))
        var asked: Set<String> = []
        _ = gathering.model(warnings: []) { ids in
            asked = ids
            return []
        }
        #expect(asked == ["JPN", "RUS", "CHN"])
    }
}
