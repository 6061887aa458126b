import Foundation
import Testing

/// The built binary on a folder mixing a saved page, a feed and a text file: one corpus, exported with its text.
@Suite struct MixedFormatsExportTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Seoul and Tokyo restore pact | Example Wire</title>
        <meta property="og:site_name" content="Example Wire">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Seoul and Tokyo restore pact",
          "datePublished": "2019-11-22T10:00:00Z", "author": {"@type": "Person", "name": "Min-ji Park"}}</script></head>
        <body><nav><a href="/">Home</a> <a href="/asia">Asia</a></nav>
        <article><h1>Seoul and Tokyo restore pact</h1>
        <p>South Korea said on Friday it would keep its intelligence-sharing pact with Japan, reversing its decision.</p>
        <p>Washington welcomed the move, officials said.</p></article>
        <section class="comments"><p>What a surprise, said a reader who comments on every story.</p></section>
        <footer>Copyright Example Wire</footer></body></html>
        """

    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Ministry</title>
        <item><title>Minister meets envoy</title><pubDate>Wed, 12 Apr 2023 09:00:00 GMT</pubDate>
        <description>The minister protested military drills.</description></item>
        </channel></rss>
        """

    @Test func pagesFeedsAndTextLoadAsOneCorpusWithTheirText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-mixed-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("page.html"))
        try Data(Self.feed.utf8).write(to: folder.appendingPathComponent("feed.xml"))
        try Data("Tokyo and Moscow\n\nThe two governments met on Monday.\n".utf8).write(to: folder.appendingPathComponent("note.txt"))

        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", "--with-text", folder.path])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let articles = object?["articles"] as? [[String: Any]] ?? []
        #expect(articles.compactMap { $0["id"] as? String } == ["feed.xml#1", "note.txt", "page.html"])
        let page = try #require(articles.last)
        #expect(page["title"] as? String == "Seoul and Tokyo restore pact")
        #expect(page["date"] as? String == "2019-11-22")
        #expect(page["author"] as? String == "Min-ji Park")
        #expect(page["source"] as? String == "Example Wire")
        #expect(page["summary"] as? Bool == false)
        #expect(page["text"] as? String == "South Korea said on Friday it would keep its intelligence-sharing pact with Japan, "
            + "reversing its decision.\n\nWashington welcomed the move, officials said.")
        let item = try #require(articles.first)
        #expect(item["summary"] as? Bool == true)
        #expect(item["text"] as? String == "The minister protested military drills.")
        #expect(item["source"] as? String == "Ministry")
    }

    @Test func withTextIsForJSONOnly() throws {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--format", "csv", "--with-text", BinaryUnderTest.seedsPath])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--with-text"))
    }
}
