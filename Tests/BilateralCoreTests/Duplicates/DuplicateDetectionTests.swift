import Foundation
import Testing
@testable import BilateralCore

/// The fixture corpus `Fixtures/duplicates`: one wire story with a syndicated copy (new headline and byline,
/// a few words changed, boilerplate added) and a copy saved a day later without a paragraph; a second story with
/// an edited copy; and look-alikes that must stay apart: another reporter's article on the same event, and two
/// articles of one site sharing its template around different text.
@Suite struct DuplicateDetectionTests {
    static let folder = Bundle.module.url(forResource: "Fixtures/duplicates", withExtension: nil)?.path ?? ""

    static func model(detecting: Bool = true) throws -> CorpusModel {
        var extractor = Extractor()
        extractor.detectsDuplicates = detecting
        return extractor.analyse(try CorpusLoader().load(paths: [folder]))
    }

    static func ids(_ model: CorpusModel, _ indices: [Int]) -> [String] {
        indices.map { model.articles[$0].id }
    }

    @Test func editedCopiesGroupAndLookAlikesDoNot() throws {
        let model = try Self.model()
        let groups = model.duplicates.groups.map { [model.articles[$0.canonical].id] + Self.ids(model, $0.copies) }
        #expect(groups == [
            ["01-fishing-talks-wire.txt", "02-salmon-syndicated.txt", "03-salmon-saved-again.md"],
            ["07-kuril-drills.txt", "08-kuril-drills-copy.txt"],
        ])
        for group in model.duplicates.groups {
            #expect(group.similarities.allSatisfy { $0 >= DuplicateDetection.Settings.standard.cut && $0 < 1 })
        }
        for lone in ["04-salmon-own-report.txt", "05-template-sanctions.txt", "06-template-visit.txt"] {
            let index = try #require(model.articles.firstIndex { $0.id == lone })
            #expect(model.duplicates.group(of: index) == nil, "\(lone) grouped")
        }
    }

    @Test func theLookAlikesAreFarBelowTheCut() throws {
        let articles = try CorpusLoader().load(paths: [Self.folder]).articles
        func set(_ id: String) throws -> [UInt64] { WordShingles.set(of: try #require(articles.first { $0.id == id })) }
        // Same event, own words; same site template, different text.
        #expect(ShingleSimilarity.jaccard(try set("01-fishing-talks-wire.txt"), try set("04-salmon-own-report.txt")) < 0.1)
        #expect(ShingleSimilarity.jaccard(try set("05-template-sanctions.txt"), try set("06-template-visit.txt")) < 0.3)
    }

    @Test func theCanonicalArticleIsTheEarliestThenTheMostCentralThenTheFirst() throws {
        let model = try Self.model()
        let second = try #require(model.duplicates.groups.last)
        // 07 is a day older than its copy.
        #expect(model.articles[second.canonical].id == "07-kuril-drills.txt")
        // 01 and 02 share a date (03 is a day later); 02 added words and a newsletter box, so 01, the version
        // both copies were edited from, is nearer to the rest.
        let first = try #require(model.duplicates.groups.first)
        #expect(model.articles[first.canonical].id == "01-fishing-talks-wire.txt")
        let undated = Article(id: "u", path: "u", lines: ["x"])
        var dated = Article(id: "d", path: "d", lines: ["x"])
        dated.date = PartialDate(year: 2020)
        #expect(DuplicateDetection.canonical(of: [0, 1], articles: [undated, dated], similarity: { _, _ in 1 }) == 1)
        // Three of one date: the one nearest the other two.
        let near: (Int, Int) -> Double = { Set([$0, $1]) == [0, 1] ? 0.6 : 0.9 }
        #expect(DuplicateDetection.canonical(of: [0, 1, 2], articles: [dated, dated, dated], similarity: near) == 2)
        #expect(DuplicateDetection.canonical(of: [0, 1], articles: [undated, undated], similarity: { _, _ in 0.7 }) == 0)
    }

    @Test func eachStoryCountsOnce() throws {
        let model = try Self.model()
        let kept = try Self.model(detecting: false)
        #expect(model.stances.count == kept.stances.count)
        let copies = Set(model.duplicates.groups.flatMap { Self.ids(model, $0.copies) })
        #expect(!copies.isEmpty)
        // Every copy's stance, and only those, drops out of the counts.
        #expect(model.countedStances == model.stances.filter { !copies.contains($0.article) })
        #expect(kept.countedStances == kept.stances)
        // The wire story's criticism of Japan is in three files and counts once.
        let criticism = model.stances.filter { $0.evidence.hasPrefix("Moscow, for its part, criticised Japan") && $0.holder == "RUS" }
        #expect(criticism.count == 3)
        #expect(criticism.filter(model.counts).count == 1)
        // Scores go through the same rule: the pair's tally counts the story once.
        let counted = PairTable.pairs(in: model).reduce(0) { $0 + $1.stances }
        let all = PairTable.pairs(in: kept).reduce(0) { $0 + $1.stances }
        #expect(counted < all)
    }

    @Test func aRejectedStanceStillDropsOutBesideTheCopies() throws {
        var model = try Self.model()
        let before = model.countedStances.count
        let index = try #require(model.stances.indices.first { model.counts(model.stances[$0]) })
        model.stances[index].verdict = .rejected
        #expect(model.countedStances.count == before - 1)
        model.stances[index].verdict = .confirmed
        #expect(model.countedStances.count == before)
    }

    @Test func narrowingRenumbersTheGroups() throws {
        let model = try Self.model()
        // Keep the saved copy, the wire story and the second story's copy, in that order.
        let ids = ["03-salmon-saved-again.md", "01-fishing-talks-wire.txt", "08-kuril-drills-copy.txt"]
        let kept = try ids.map { id in try #require(model.articles.firstIndex { $0.id == id }) }
        let narrowed = FilteredModel(articles: kept, events: [], stances: []).narrowing(model)
        #expect(narrowed.duplicates.groups.count == 1)
        let group = try #require(narrowed.duplicates.groups.first)
        #expect(narrowed.articles[group.canonical].id == "01-fishing-talks-wire.txt")
        #expect(group.copies.map { narrowed.articles[$0].id } == ["03-salmon-saved-again.md"])
    }

    @Test func manyIdenticalPagesStayOneGroupInLinearWork() {
        let body = Array(repeating: MinHashTests.story, count: 2)
        let articles = (0..<300).map { Article(id: "p\($0).txt", path: "p\($0).txt", lines: body) }
        let groups = DuplicateDetection.groups(of: articles)
        #expect(groups.count == 1)
        #expect(groups.first?.canonical == 0)
        #expect(groups.first?.copies.count == 299)
    }

    @Test func theSameCorpusGroupsTheSameWayEveryRun() throws {
        #expect(try Self.model().duplicates == (try Self.model().duplicates))
    }
}

extension DuplicateDetectionTests {
    @Test func csvNamesTheCanonicalArticleOfEveryCopyRow() throws {
        let lines = CSVExporter().export(try Self.model()).components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",copyOf"))
        let copyRow = try #require(lines.first { $0.hasPrefix("article,08-kuril-drills-copy.txt,") })
        #expect(copyRow.hasSuffix(",07-kuril-drills.txt"))
        let canonicalRow = try #require(lines.first { $0.hasPrefix("article,07-kuril-drills.txt,") })
        #expect(canonicalRow.hasSuffix(","))
        #expect(lines.filter { $0.hasPrefix("stance,08-kuril-drills-copy.txt,") }.allSatisfy { $0.hasSuffix(",07-kuril-drills.txt") })
    }
}

extension DuplicateDetectionTests {
    /// Four paragraphs of their own words each; A→B and B→C swap one paragraph, so A and C share only half.
    @Test func aChainOfEditsDoesNotPullDifferentStoriesTogether() {
        func paragraph(_ number: Int) -> String {
            (0..<30).map { "p\(number)word\($0)" }.joined(separator: " ") + "."
        }
        func article(_ id: String, _ paragraphs: [Int]) -> Article {
            Article(id: id, path: id, lines: paragraphs.map(paragraph))
        }
        let articles = [article("a.txt", [1, 2, 3, 4]), article("b.txt", [2, 3, 4, 5]), article("c.txt", [3, 4, 5, 6])]
        let sets = articles.map { WordShingles.set(of: $0) }
        #expect(ShingleSimilarity.jaccard(sets[0], sets[1]) >= 0.5)
        #expect(ShingleSimilarity.jaccard(sets[1], sets[2]) >= 0.5)
        #expect(ShingleSimilarity.jaccard(sets[0], sets[2]) < 0.5)
        let groups = DuplicateDetection.groups(of: articles)
        #expect(groups == [DuplicateGroup(canonical: 0, copies: [1], similarities: [(ShingleSimilarity.jaccard(sets[0], sets[1]) * 1000).rounded() / 1000])])
    }
}

extension DuplicateDetectionTests {
    /// A feed item with only its summary shares too few shingles with its page; its link makes it the page's copy.
    @Test func aSummaryItemIsACopyOfThePageItLinksTo() throws {
        let story = Array(repeating: MinHashTests.story, count: 3)
        var page = Article(id: "page.html", path: "page.html", url: "https://www.example.org/asia/salmon-talks/", lines: story)
        page.date = PartialDate(year: 2019, month: 3, day: 5)
        func summary(_ id: String, _ url: String, _ text: String) -> Article {
            var item = Article(id: id, path: "feed.xml", url: url, lines: [text])
            item.isSummary = true
            item.date = PartialDate(year: 2019, month: 3, day: 4)
            return item
        }
        let articles = [
            summary("feed.xml#1", "http://example.org/asia/salmon-talks?utm_source=rss#top", "Japan and Russia agree to reopen salmon talks."),
            page,
            summary("feed.xml#2", "https://example.org/", "Tokyo protests drills on the islands."),
            summary("feed.xml#3", "https://example.org/asia/other-story", "Ferry fares rise again in the north."),
        ]
        let groups = DuplicateDetection.groups(of: articles)
        // The page stands for the story though the item is a day older: a summary is never canonical beside a page.
        #expect(groups.map(\.canonical) == [1])
        #expect(groups.first?.copies == [0])
        #expect(LinkedSummaries.linkKey("https://example.org/") == nil)
        #expect(LinkedSummaries.linkKey("HTTPS://WWW.Example.org/a/b/?utm_medium=x&id=7#c") == "example.org/a/b?id=7")
    }
}
