import Foundation
import Testing
@testable import BilateralCore

@Suite struct CorpusLoaderTests {
    @Test func loadsTheSeedsWithTheirMetadata() throws {
        let corpus = try CorpusLoader().load(paths: [SeedsFolder.path])
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.articles.map(\.id) == [
            "000_f1bc60ce485d4821.txt", "001_d599afcd4aa5b4e4.txt", "002_5676b7cbbe48b360.txt",
            "003_9fec66c78a3a8658.txt", "004_2d906301e909149f.txt",
        ])
        let byID = Dictionary(uniqueKeysWithValues: corpus.articles.map { (String($0.id.prefix(3)), $0) })
        #expect(byID["000"]?.date?.iso == "2016-06-21")
        #expect(byID["000"]?.dateSource == .dateline)
        #expect(byID["000"]?.author == "Joseph P. Farrell")
        #expect(byID["001"]?.date?.iso == "2018-11-22")
        #expect(byID["001"]?.title == "The Signal for a True Pivot")
        #expect(byID["001"]?.titleSource == .titleLine)
        #expect(byID["003"]?.title == "Japan needs its own agenda to better trade ties with Russia")
        #expect(byID["003"]?.author == "Robert Matthew Shines")
        #expect(byID["004"]?.title == "Asia-Pacific Is Where China-Russia “No Limits” Partnership Will be Put to Test")
        #expect(byID["002"]?.dateSource == .unknown)
    }

    @Test func pathsJoinTheArgumentWithTheRelativePath() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let corpus = try CorpusLoader().load(paths: [folder.path])
        let inner = try #require(corpus.articles.first { $0.id == "inner.txt" })
        #expect(inner.path == folder.path + "/x.txt/inner.txt")
        let single = try CorpusLoader().load(paths: [folder.path + "/a_good.txt"])
        #expect(single.articles.map(\.path) == [folder.path + "/a_good.txt"])
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: LoadError.pathNotFound("/no/such/corpus")) {
            try CorpusLoader().load(paths: [SeedsFolder.path, "/no/such/corpus"])
        }
    }

    @Test func hostileFilesGiveOneWarningEachAndTheRestLoads() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let corpus = try CorpusLoader().load(paths: [folder.path])
        #expect(corpus.articles.map(\.id) == [
            "a_good.txt", "c_latin1.txt", "d_crlf.txt", "e_bom.md", "h_escapes.txt", "i_long.txt", "inner.txt",
        ])
        let reasons = Dictionary(grouping: corpus.warnings) { ($0.path as NSString).lastPathComponent }
        #expect(reasons.count == 6)
        #expect(reasons["b_binary.txt"]?.map(\.reason) == ["binary file (contains NUL bytes); skipped"])
        #expect(reasons["c_latin1.txt"]?.count == 1)
        #expect(reasons["c_latin1.txt"]?.first?.reason.contains("UTF-8") == true)
        #expect(reasons["f_empty.txt"]?.map(\.reason) == ["empty file; skipped"])
        #expect(reasons["g_blank.txt"]?.map(\.reason) == ["empty file; skipped"])
        #expect(reasons["h_escapes.txt"]?.count == 1)
        #expect(reasons["x.txt"]?.first?.reason.contains("directory") == true)
        for warning in corpus.warnings {
            #expect(warning.description.hasPrefix(folder.path + "/"))
        }
    }

    @Test func decodingRepairsTheText() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let articles = Dictionary(uniqueKeysWithValues: try CorpusLoader().load(paths: [folder.path]).articles.map { ($0.id, $0) })
        let latin1 = try #require(articles["c_latin1.txt"])
        #expect(latin1.lines[0].hasPrefix("Caf\u{FFFD} society"))
        let crlf = try #require(articles["d_crlf.txt"])
        #expect(crlf.lines == ["Windows title", "", "First line of text.", "Second line.", "", "Old Mac paragraph."])
        #expect(crlf.title == "Windows title")
        let bom = try #require(articles["e_bom.md"])
        #expect(bom.lines[0] == "# Heading after a BOM")
        #expect(bom.title == "Heading after a BOM")
        let escapes = try #require(articles["h_escapes.txt"])
        #expect(escapes.lines == ["Red words and more text."])
        #expect(escapes.lines.joined().unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" })
    }

    @Test func aFiveMegabyteLineLoadsWithItsSentences() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let (article, warnings) = CorpusLoader().load(file: folder.path + "/i_long.txt")
        #expect(warnings.isEmpty)
        let long = try #require(article)
        #expect(long.lines.count == 1)
        #expect(long.lines[0].utf8.count >= HostileFolder.longLineBytes - 100)
        let perSentence = "Japan and Russia held talks again on the Kuril Islands. ".count
        #expect(long.sentences.count == HostileFolder.longLineBytes / perSentence)
        let last = try #require(long.sentences.last)
        #expect(last.end.column == long.lines[0].count - 1)
        #expect(long.title.count <= ArticleParser.titleLength)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file"))
    func anUnreadableFileIsSkippedWithAWarning() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let locked = folder.path + "/locked.txt"
        try folder.write("locked.txt", Array("secret text".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        let corpus = try CorpusLoader().load(paths: [folder.path])
        #expect(corpus.warnings.contains { $0.path == locked && $0.reason.contains("permission denied") })
        #expect(corpus.articles.contains { $0.id == "a_good.txt" })
    }

    @Test func frontMatterValuesWin() throws {
        let text = """
        ---
        title: "Given title: with a colon"
        date: 2016-05-06
        author: Ann Example
        source: Example Wire
        url: https://example.org/a
        ---
        June 21, 2016 By Joseph P. Farrell

        Body text starts here. It goes on.
        """
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "fm.md")
        #expect(warnings.isEmpty)
        let loaded = try #require(article)
        #expect(loaded.title == "Given title: with a colon")
        #expect(loaded.titleSource == .frontMatter)
        #expect(loaded.date?.iso == "2016-05-06")
        #expect(loaded.dateSource == .frontMatter)
        #expect(loaded.author == "Ann Example")
        #expect(loaded.source == "Example Wire")
        #expect(loaded.url == "https://example.org/a")
        #expect(loaded.bodyStart == 8)
        #expect(loaded.sentences.first?.line == 8)
        #expect(loaded.metadataLines == [8])
    }

    @Test func brokenFrontMatterWarnsAndStillLoads() throws {
        let text = "---\ntitle: [unclosed\n---\nBody of the article. More text.\n"
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "bad.md")
        #expect(warnings.count == 1)
        #expect(article?.bodyStart == 4)
        #expect(article?.sentences.count == 2)
    }
}
