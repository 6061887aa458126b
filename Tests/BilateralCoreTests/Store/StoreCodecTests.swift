import Foundation
import Testing
@testable import BilateralCore

@Suite struct StoreCodecTests {
    /// The stored fields the codec writes. A new field must be written by `ExtractedArticleCodec` (and its
    /// `format` raised) before it is added here: otherwise a warm open would lose it.
    @Test func theCodecKnowsEveryStoredField() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        // `hasBody` says whether the model holds the body the record keeps: how it was read, not what it holds.
        #expect(fields(Article(id: "a", path: "a")) == [
            "id", "path", "title", "author", "links", "lines", "metadataLines", "paragraphs", "sentences", "boilerplate",
            "storedBodyStart", "date", "dateSource", "titleSource", "isSummary", "hasBody",
        ])
        let stance = Stance(article: "a", holder: "JPN", target: "RUS", polarity: .neutral, score: 0, category: "01", cue: "c", evidence: "e", line: 1)
        // `verdict` is the user's, from the store's own tables, and `fromCopy` the corpus-level duplicate
        // step's, run at every open: deliberately not in the record.
        #expect(fields(stance) == [
            "storedEvidence", "score", "articleNumber", "holderNumber", "targetNumber", "categoryNumber", "cueNumber",
            "storedLine", "polarity", "verdict", "fromCopy",
        ])
        let event = Event(article: "a", date: PartialDate(year: 2000)!, sentence: "s", line: 1, actors: ["JPN"])
        #expect(fields(event) == ["storedSentence", "date", "articleNumber", "actorList", "storedLine"])
        #expect(fields(ArticleAnalysis(article: "a")) == ["article", "era", "packed", "explicitCounts"])
    }

    @Test func aCutOrAlteredRecordIsRejected() throws {
        let model = ExtractionHarness.model(["Japan and Russia agreed to expand economic cooperation in 2016."], date: "2016-05-06")
        let item = ExtractedArticle(
            article: model.articles[0], analysis: model.analyses[0], events: model.events, stances: model.stances,
            mentioned: Array(model.analyses[0].mentionCounts.keys))
        let record = ExtractedArticleCodec.encode(item)
        let back = try ExtractedArticleCodec.decode(record, path: "elsewhere/t0.txt")
        #expect(back.article.path == "elsewhere/t0.txt")
        #expect(back.stances == item.stances)
        #expect(back.events == item.events)
        #expect(back.article.sentences == item.article.sentences)
        typealias Record = ExtractedArticleCodec.Record
        for damaged in [
            Record(head: Array(record.head.dropLast()), body: record.body), Record(head: record.head + [0], body: record.body),
            Record(head: record.head, body: Array(record.body.dropLast())), Record(head: record.head, body: record.body + [0]),
        ] {
            #expect(throws: BinaryReader.Damaged.self) { try ExtractedArticleCodec.decode(damaged, path: "x") }
        }
        var otherFormat = record
        otherFormat.head[0] = UInt8(ExtractedArticleCodec.format + 1)
        #expect(throws: BinaryReader.Damaged.self) { try ExtractedArticleCodec.decode(otherFormat, path: "x") }
        // A file's heads and bodies must hold as many articles.
        let two = ExtractedArticleCodec.encode(all: [item, item])
        let one = ExtractedArticleCodec.encode(all: [item])
        #expect(throws: BinaryReader.Damaged.self) { try ExtractedArticleCodec.decode(all: two.head, body: one.body, path: "x") }
    }

    /// Every seed article decodes as it was encoded, its many lines, sentences, mentions, events and stances
    /// included (a record that failed to decode would be extracted again silently, and a warm open would be a cold one).
    @Test func everySeedArticleDecodesAsEncoded() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        let items = Extractor().extract(try CorpusLoader().load(paths: [seeds]).articles)
        #expect(items.count >= 5)
        let record = ExtractedArticleCodec.encode(all: items)
        let back = try ExtractedArticleCodec.decode(all: record.head, body: record.body, path: "p")
        #expect(back.count == items.count)
        for (read, item) in zip(back, items) {
            #expect(read.article.lines.lineStarts == item.article.lines.lineStarts)
            #expect(read.article.sentences == item.article.sentences)
            #expect(read.analysis.mentions == item.analysis.mentions)
            #expect(read.events == item.events)
            #expect(read.stances == item.stances)
        }
    }

    /// Read from the heads alone (as a warm open reads), every seed article keeps its metadata, boilerplate ranges,
    /// mentions, events and stances, and its events and stances quote the same words from text of their own,
    /// which holds only what they quote.
    @Test func readWithoutBodiesKeepsEverythingButTheBodyAndQuotesOnlyWhatIsQuoted() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        let items = Extractor().extract(try CorpusLoader().load(paths: [seeds]).articles)
        let record = ExtractedArticleCodec.encode(all: items)
        let read = try ExtractedArticleCodec.decode(all: record.head, body: nil, path: "p")
        let full = try ExtractedArticleCodec.decode(all: record.head, body: record.body, path: "p")
        // The heads are the smaller part of the record: the warm open reads only them.
        #expect(record.head.count < record.body.count)
        #expect(read.count == items.count)
        for ((bare, whole), item) in zip(zip(read, full), items) {
            #expect(!bare.article.hasBody && bare.article.lines.isEmpty && bare.article.sentences.isEmpty)
            #expect(bare.article.paragraphs.isEmpty && bare.article.metadataLines.isEmpty)
            #expect(bare.article.boilerplate == item.article.boilerplate && bare.article.bodyStart == item.article.bodyStart)
            #expect(bare.article.title == item.article.title && bare.article.date == item.article.date)
            #expect(bare.article == whole.article.withoutBody())
            #expect(bare.analysis.mentions == item.analysis.mentions)
            #expect(bare.events == item.events)
            #expect(bare.stances == item.stances)
            // The quotes' own text is no longer than the article's, and shorter when some of it is unquoted.
            let quoted = Set(bare.events.map(\.sentenceSlice) + bare.stances.map(\.evidenceSlice))
            #expect(quoted.allSatisfy { !$0.isSlice(of: item.article.lines.sharedStorage) })
        }
        #expect(items.contains { !$0.stances.isEmpty })
        // The same from an article extracted now: what a cold open keeps.
        for (item, bareRead) in zip(items, read) {
            let bare = item.withoutBody()
            #expect(bare.article.path == item.article.path && bare.article.title == bareRead.article.title)
            #expect(bare.article.boilerplate == bareRead.article.boilerplate && !bare.article.hasBody)
            #expect(bare.events == item.events && bare.stances == item.stances)
            // Quoting from the same places of the same quoted text, so a warm model is the cold model without bodies.
            #expect(bare.events.map(\.sentenceSlice.utf8Range) == bareRead.events.map(\.sentenceSlice.utf8Range))
            #expect(bare.stances.map(\.evidenceSlice.utf8Range) == bareRead.stances.map(\.evidenceSlice.utf8Range))
        }
    }
}
