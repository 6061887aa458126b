import Foundation
import Testing

/// The built binary on Fixtures/mixed: a text file, a Markdown file, a saved page, an RSS feed, JSON Lines and
/// CSV records, all on Japan–South Korea, opened as one corpus with their titles, dates, authors and sources.
@Suite struct MixedCorpusTests {
    static var folder: String {
        BinaryUnderTest.repositoryRoot.appendingPathComponent("Tests/BilateralCoreTests/Fixtures/mixed").path
    }

    static func export(_ extra: [String] = []) throws -> (articles: [[String: Any]], stances: [[String: Any]], stderr: String, status: Int32) {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", "--with-text"] + extra + [folder])
        let object = try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        return (object?["articles"] as? [[String: Any]] ?? [], object?["stances"] as? [[String: Any]] ?? [], outcome.standardError, outcome.status)
    }

    @Test func everyFormatOpensAsOneCorpus() throws {
        let result = try Self.export()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: result.articles.compactMap { article in (article["id"] as? String).map { ($0, article) } })
        #expect(byID.keys.sorted() == [
            "01-export-curbs.txt", "02-summit-notes.md", "03-pact.html", "archive.csv#1", "archive.csv#2",
            "ministry-feed.xml#1", "ministry-feed.xml#2", "wire.jsonl#kw-1", "wire.jsonl#kw-2",
        ])
        func expect(_ id: String, title: String, date: String, author: String? = nil, source: String? = nil, summary: Bool = false) {
            let article = byID[id] ?? [:]
            #expect(article["title"] as? String == title, "\(id)")
            #expect(article["date"] as? String == date, "\(id)")
            #expect(article["author"] as? String == author, "\(id)")
            #expect(article["source"] as? String == source, "\(id)")
            #expect(article["summary"] as? Bool == summary, "\(id)")
        }
        expect("01-export-curbs.txt", title: "Tokyo tightens chemical exports to Seoul", date: "2019-07-01", author: "Aiko Tanaka")
        expect("02-summit-notes.md", title: "Leaders agree to mend ties after four years", date: "2023-03-16", author: "Ji-woo Han", source: "Harbour Weekly")
        expect("03-pact.html", title: "Seoul keeps intelligence pact with Tokyo", date: "2019-11-22", author: "Min-ji Park", source: "Example Wire")
        expect("ministry-feed.xml#1", title: "Minister protests visit to disputed islets", date: "2020-08-15", source: "Ministry Press Releases")
        expect("ministry-feed.xml#2", title: "Vice-ministers meet in Seoul", date: "2021-07-13", source: "Ministry Press Releases", summary: true)
        expect("wire.jsonl#kw-1", title: "Seoul ends trade complaint against Tokyo", date: "2023-03-23", author: "Soo-ah Lim", source: "Korea Wire")
        expect("wire.jsonl#kw-2", title: "Tokyo restores Seoul to trusted trade list", date: "2023-06-27", source: "wire.example")
        expect("archive.csv#1", title: "Seoul court orders Japanese firms to pay, again", date: "2018-11-29", author: "Hyun Cho")
        expect("archive.csv#2", title: "Japan recalls ambassador over statue", date: "2017-01-06")
        #expect(byID["wire.jsonl#kw-2"]?["text"] as? String == "Japan restored South Korea to its list of trusted trading partners.\n\nSeoul welcomed the step.")
        #expect((byID["archive.csv#1"]?["text"] as? String)?.hasSuffix("Japan condemned the ruling as unacceptable.") == true)
        // The records' stances count like any article's.
        let articlesWithStances = Set(result.stances.compactMap { $0["article"] as? String })
        #expect(articlesWithStances.isSuperset(of: ["01-export-curbs.txt", "archive.csv#2", "wire.jsonl#kw-2"]))
    }

    @Test func columnsRenameAPartAndABadSpecIsUsage() throws {
        let renamed = try Self.export(["--columns", "title=link"])
        #expect(renamed.status == 0)
        let csvTitles = renamed.articles.filter { ($0["id"] as? String)?.hasPrefix("archive.csv") == true }.compactMap { $0["title"] as? String }
        #expect(csvTitles == ["https://archive.example/1", "https://archive.example/2"])
        let bad = try Self.export(["--columns", "headline=title"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--columns: unknown part 'headline'"))
    }
}
