import Foundation
import Testing
@testable import BilateralCore

/// RSS and Atom feeds: one article per item, full text through the page extraction, summaries marked.
@Suite struct FeedTests {
    @Test func rssItemsBecomeArticlesNamedByPosition() throws {
        let (articles, warnings) = MarkupFixtures.load("rss.xml")
        #expect(warnings.isEmpty)
        #expect(articles.map(\.id) == ["rss.xml#1", "rss.xml#2", "rss.xml#3"])
        let full = articles[0]
        #expect(full.title == "Foreign Minister meets Russian ambassador")
        #expect(full.date == PartialDate(year: 2023, month: 4, day: 12))
        #expect(full.author == "Press Office")
        #expect(full.url == "https://ministry.example/press/2023/0412")
        #expect(!full.isSummary)
        #expect(full.mainText.hasPrefix("The Foreign Minister met the Russian ambassador"))
        #expect(!full.mainText.contains("Share this release"))
    }

    @Test func rssItemWithOnlyADescriptionIsASummary() throws {
        let articles = MarkupFixtures.load("rss.xml").0
        let summary = articles[1]
        #expect(summary.isSummary)
        #expect(summary.author == "Fisheries Desk")
        #expect(summary.date == PartialDate(year: 2023, month: 4, day: 17))
        #expect(summary.mainText == "Japan welcomes the resumption of talks with Russia on salmon quotas.")
        let titleOnly = articles[2]
        #expect(titleOnly.isSummary)
        #expect(titleOnly.title == "Calendar of the week & press briefings")
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() throws {
        let (articles, warnings) = MarkupFixtures.load("atom.atom")
        #expect(warnings.isEmpty)
        #expect(articles.map(\.id) == ["atom.atom#1", "atom.atom#2", "atom.atom#3"])
        #expect(articles[0].title == "Why Seoul and Tokyo keep talking")
        #expect(articles[0].author == "Hana Kim")
        #expect(articles[0].date == PartialDate(year: 2024, month: 1, day: 30))
        #expect(articles[0].url == "https://tank.example/seoul-tokyo")
        #expect(articles[0].mainText.contains("Both sides see value in coordinating on North Korea."))
        #expect(articles[1].mainText == "Beijing and Manila traded accusations over a collision near the shoal.\n\nManila summoned the Chinese envoy.")
        #expect(articles[2].isSummary)
        #expect(articles[2].mainText == "A short note on ASEAN's position.")
    }

    @Test func billionLaughsIsOneWarningAndNoExpansion() throws {
        let (articles, warnings) = MarkupFixtures.load("billion-laughs.xml")
        #expect(warnings.count == 1)
        #expect(warnings.first?.reason.contains("malformed XML") == true)
        // Nothing expanded: no item grows past a few words, and the external file is never read.
        for article in articles {
            #expect(article.lines.text.utf8.count < 200)
            #expect(!article.lines.text.contains("root:"))
        }
    }

    @Test func xmlThatIsNeitherFeedNorPageIsOneWarning() {
        let (articles, warnings) = MarkupFixtures.load(markup: "<?xml version=\"1.0\"?><config><a>1</a></config>", name: "settings.xml")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.description) == ["settings.xml: no RSS or Atom items found; skipped"])
    }

    @Test func xmlNamedFileHoldingAPageIsReadAsAPage() throws {
        let markup = "<!DOCTYPE html><html><body><article><p>A page saved with an xml name, about Tokyo and Moscow and their talks.</p></article></body></html>"
        let article = try #require(MarkupFixtures.load(markup: markup, name: "page.xml").0.first)
        #expect(article.id == "page.xml")
        #expect(article.mainText.hasPrefix("A page saved with an xml name"))
    }

    @Test func folderMixingPagesFeedsAndTextLoadsAsOneCorpus() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-mixed-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["news-page.html", "rss.xml", "atom.atom", "compressed.html.gz"] {
            try FileManager.default.copyItem(atPath: MarkupFixtures.path(name), toPath: root + "/" + name)
        }
        try Data("Tokyo and Seoul\n\nThe two governments met on Monday.\n".utf8).write(to: URL(fileURLWithPath: root + "/note.txt"))
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.articles.map(\.id) == [
            "atom.atom#1", "atom.atom#2", "atom.atom#3", "compressed.html.gz", "news-page.html", "note.txt",
            "rss.xml#1", "rss.xml#2", "rss.xml#3",
        ])
    }
}

/// Pages and feeds through the corpus store: a feed's items are one file's records, kept and read back whole.
@Suite struct MarkupStoreTests {
    @Test func feedItemsAndPagesRoundTripThroughTheStore() throws {
        let fixture = try StoreFixture()
        for name in ["rss.xml", "news-page.html"] {
            try FileManager.default.copyItem(atPath: MarkupFixtures.path(name), toPath: fixture.corpus + "/" + name)
        }
        let (first, _) = try fixture.open()
        let fresh = try fixture.freshModel()
        let exporter = JSONExporter(withText: true)
        #expect(first.model.articles.map(\.id) == ["news-page.html", "rss.xml#1", "rss.xml#2", "rss.xml#3"])
        #expect(exporter.export(first.model) == exporter.export(fresh))
        let (warm, progress) = try fixture.open()
        #expect(progress.last?.extracted == 0)
        #expect(exporter.export(warm.model) == exporter.export(fresh))
        #expect(warm.model.articles.map(\.isSummary) == [false, false, true, true])
    }
}
