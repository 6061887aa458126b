import Foundation
import Testing
@testable import BilateralCore

/// Exports written as they are produced: the bytes a sink receives, a little at a time, are the export.
@Suite struct StreamingExportTests {
    private var model: CorpusModel {
        var model = ExtractionHarness.model(
            ["Japan's sanctions against Russia, \"tough\" ones, stay.\nTokyo | Moscow\u{2028}end", "Russia praised Japan for the talks in Moscow."],
            date: "2022-04-01")
        model.marks[model.articles[0].path] = ArticleMarks(read: true, note: "a \"note\" \u{1B}[31m")
        return model
    }

    /// Everything `write` sends, in the chunks the sink got them.
    private func chunks(capacity: Int, _ write: (inout ExportWriter) -> Void) -> [[UInt8]] {
        final class Received: @unchecked Sendable { var chunks: [[UInt8]] = [] }
        let received = Received()
        var writer = ExportWriter(capacity: capacity) { chunk in
            received.chunks.append(Array(chunk))
            return nil
        }
        write(&writer)
        try? writer.finish()
        return received.chunks
    }

    @Test func jsonStreamsInSmallChunksTheSameBytesAsTheDocument() {
        let model = model
        let sent = chunks(capacity: 64) { JSONExporter().write(model, to: &$0) }
        #expect(sent.count > 10)
        #expect(String(decoding: sent.joined(), as: UTF8.self) == JSONExporter().document(model).serialized(pretty: true))
        let compact = chunks(capacity: 64) { JSONExporter(pretty: false).write(model, to: &$0) }
        #expect(String(decoding: compact.joined(), as: UTF8.self) == JSONExporter().document(model).serialized(pretty: false))
    }

    @Test func longListsRenderedOnEveryCoreKeepTheDocumentsBytesAndOrder() {
        var model = model
        // Past a few chunks of `JSONExporter.chunk` items each, numbered so that any reordering shows.
        let copies = 3 * JSONExporter.chunk + 17
        let article = model.articles[0], analysis = model.analyses[0], stance = model.stances[0]
        for number in 0..<copies {
            var next = article
            next.title = "copy \(number)"
            model.articles.append(next)
            model.analyses.append(analysis)
            var another = stance
            another.cue = "cue \(number)"
            model.stances.append(another)
        }
        let sent = chunks(capacity: 4096) { JSONExporter().write(model, to: &$0) }
        #expect(String(decoding: sent.joined(), as: UTF8.self) == JSONExporter().document(model).serialized(pretty: true))
        let compact = chunks(capacity: 4096) { JSONExporter(pretty: false).write(model, to: &$0) }
        #expect(String(decoding: compact.joined(), as: UTF8.self) == JSONExporter().document(model).serialized(pretty: false))
    }

    @Test func streamedJSONParsesBackToTheModelsText() throws {
        let model = model
        let bytes = Data(chunks(capacity: 100) { JSONExporter().write(model, to: &$0) }.joined())
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        let stances = try #require(object["stances"] as? [[String: Any]])
        #expect(stances.map { $0["evidence"] as? String } == model.stances.map(\.evidence))
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.first?["note"] as? String == "a \"note\" \u{1B}[31m")
    }

    @Test func csvAndMarkdownStreamTheirRows() {
        let model = model
        let csv = chunks(capacity: 32) { CSVExporter().write(model, to: &$0) }
        #expect(csv.count > 5)
        let text = String(decoding: csv.joined(), as: UTF8.self)
        #expect(text == CSVExporter().export(model))
        #expect(!text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").count == 1 + model.articles.count + model.events.count + model.stances.count)
        let markdown = chunks(capacity: 32) { MarkdownExporter().write(model, to: &$0) }
        #expect(String(decoding: markdown.joined(), as: UTF8.self) == MarkdownExporter().export(model))
        #expect(String(decoding: markdown.joined(), as: UTF8.self).contains("| JPN | RUS | - | -7.0 | sanctions |"))
    }

    @Test func escapingWorksOnBytes() {
        let cases: [(String, String)] = [
            ("plain é 漢字 🇯🇵", #""plain é 漢字 🇯🇵""#),
            ("q\"b\\s", #""q\"b\\s""#),
            ("\u{0}\u{1F}\u{7F}\n\r\t", #""\u0000\u001f\u007f\n\r\t""#),
            ("a\u{2028}b\u{2029}c\u{2027}", "\"a\\u2028b\\u2029c\u{2027}\""),
            ("\u{80}\u{9F}", "\"\u{80}\u{9F}\""),
        ]
        for (text, expected) in cases {
            #expect(JSONValue.string(text).serialized() == expected)
        }
    }

    @Test func aFailingSinkIsReportedOnceAndGetsNothingMore() {
        final class Calls: @unchecked Sendable { var count = 0 }
        let calls = Calls()
        var writer = ExportWriter(capacity: 8) { _ in
            calls.count += 1
            return "No space left on device"
        }
        JSONExporter().write(model, to: &writer)
        #expect(calls.count == 1)
        #expect(throws: ExportWriteFailure(reason: "No space left on device")) { try writer.finish() }
    }
}
