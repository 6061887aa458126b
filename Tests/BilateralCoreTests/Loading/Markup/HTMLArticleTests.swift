import Foundation
import Testing
@testable import BilateralCore

/// Saved web pages: the main text without the page around it, and the metadata the page carries.
@Suite struct HTMLArticleTests {
    @Test func newsPageKeepsTheArticleAndDropsTheFurniture() throws {
        let (articles, warnings) = MarkupFixtures.load("news-page.html")
        #expect(warnings.isEmpty)
        let article = try #require(articles.first)
        let text = article.mainText
        #expect(text.hasPrefix("Japanese and Russian negotiators met in Yuzhno-Sakhalinsk"))
        #expect(text.contains("“We welcome the resumption of dialogue"))
        #expect(text.contains("Quotas still open"))
        #expect(text.hasSuffix("A second round is planned for May in Tokyo."))
        for furniture in ["cookies", "Asia-Pacific", "Share on", "Advertisement", "Read more", "Sign up", "Related stories",
                          "Hokkaido fishermen fear", "Finally some good news", "All rights reserved", "By Mariko",
                          "Photo: Ledger archive"] {
            #expect(!text.contains(furniture), "kept furniture: \(furniture)")
        }
    }

    @Test func newsPageMetadataComesFromJSONLDBeforeMetaTags() throws {
        let article = try #require(MarkupFixtures.load("news-page.html").0.first)
        #expect(article.id == "news-page.html")
        #expect(article.title == "Tokyo and Moscow resume fisheries talks after two-year pause")
        #expect(article.titleSource == .frontMatter)
        #expect(article.date == PartialDate(year: 2023, month: 4, day: 17))
        #expect(article.dateSource == .frontMatter)
        #expect(article.author == "Mariko Sato and Ivan Petrov")
        #expect(article.source == "The Harbour Ledger")
        #expect(article.url == "https://ledger.example/world/2023/04/17/fisheries-talks")
        #expect(!article.isSummary)
    }

    @Test func eachBlockIsOneLineAndAParagraphOfItsOwn() throws {
        let article = try #require(MarkupFixtures.load("news-page.html").0.first)
        let lines = Array(article.lines)
        let opening = try #require(lines.firstIndex { $0.hasPrefix("Japanese and Russian negotiators") })
        #expect(lines[opening].hasSuffix("officials from both sides said."))
        #expect(lines[opening + 1].isEmpty)
        #expect(article.paragraphs.count == lines.filter { !$0.isEmpty }.count)
        let sentence = try #require(article.sentences.first { $0.text.hasPrefix("The talks, which set catch quotas") })
        #expect(sentence.start.line == opening + 3)
    }

    @Test func divSoupWithoutArticleMarkupStillFindsTheStory() throws {
        let article = try #require(MarkupFixtures.load("div-soup.htm").0.first)
        #expect(article.title == "Seoul and Tokyo agree to restore intelligence pact")
        #expect(article.date == PartialDate(year: 2019, month: 11, day: 22))
        #expect(article.source == "Eastern Wire")
        let text = article.mainText
        #expect(text.contains("South Korea said on Friday"))
        #expect(text.contains("Officials in Tokyo said talks on the export controls would resume"))
        #expect(!text.contains("Most read"))
        #expect(!text.contains("Markets rally"))
        #expect(!text.contains("Copyright"))
        #expect(!text.contains("Politics"))
    }

    @Test func malformedPageIsRepairedNotRefused() throws {
        let (articles, warnings) = MarkupFixtures.load("malformed.html")
        #expect(warnings.isEmpty)
        let article = try #require(articles.first)
        #expect(article.title == "Broken page about Beijing and Hanoi")
        #expect(article.mainText.contains("Vietnam protested on Tuesday"))
        #expect(article.mainText.contains("according to a statement posted online."))
    }

    @Test func gzippedPageLoadsLikeAnyOther() throws {
        let (articles, warnings) = MarkupFixtures.load("compressed.html.gz")
        #expect(warnings.isEmpty)
        #expect(articles.first?.mainText.hasPrefix("Compressed page text about Tokyo and Seoul") == true)
    }

    @Test func deeplyNestedPageLoadsWithoutExhaustingTheStack() throws {
        // libxml2 stops reading 256 levels down; the opening paragraph sits above that.
        let depth = 100_000
        let markup = "<html><body><p>Tokyo and Seoul agreed to talk again, officials said on Monday, after a long pause.</p>"
            + String(repeating: "<div><p>nested</p>", count: depth) + String(repeating: "</div>", count: depth) + "</body></html>"
        // A thread with a small stack, as loading workers have.
        final class Box: @unchecked Sendable { var articles: [Article] = [] }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.articles = MarkupFixtures.load(markup: markup, name: "deep.html").0
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        let articles = box.articles
        // What matters is that it returns: an article whose text is what libxml2 read.
        #expect(articles.first?.mainText.contains("nested") == true)
    }

    @Test func pageWithNoTextUsesItsDescriptionAsASummary() throws {
        let markup = """
            <html><head><title>Video: the summit in two minutes - Site</title>
            <meta name="description" content="Leaders met in Hiroshima and agreed on a joint statement."></head>
            <body><nav><a href="/">Home</a></nav></body></html>
            """
        let article = try #require(MarkupFixtures.load(markup: markup, name: "video.html").0.first)
        #expect(article.isSummary)
        #expect(article.mainText == "Leaders met in Hiroshima and agreed on a joint statement.")
        #expect(article.title == "Video: the summit in two minutes")
    }

    @Test func emptyPageIsOneWarning() {
        let (articles, warnings) = MarkupFixtures.load(markup: "<html><body><nav>Home</nav></body></html>", name: "empty.html")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.description) == ["empty.html: no article text found; skipped"])
    }

    @Test func escapeSequencesInAPageNeverReachTheText() throws {
        let markup = "<html><head><title>Title\u{1B}[31m red</title></head><body><article><p>"
            + "A paragraph with an escape \u{1B}]0;owned\u{07} sequence in it, long enough to be kept as text.</p></article></body></html>"
        let article = try #require(MarkupFixtures.load(markup: markup, name: "esc.html").0.first)
        #expect(!article.title.unicodeScalars.contains { $0.value < 0x20 })
        #expect(!article.lines.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
