import Foundation
import Testing
@testable import BilateralCore

/// Text a user did not mean to be hostile: nested front matter, pages without a sentence end,
/// UTF-16, files with several problems at once.
@Suite struct HostileTextTests {
    @Test func deeplyNestedFrontMatterIsIgnoredBeforeYamsSeesIt() throws {
        // 4,726 brackets overflowed the stack in Yams' recursive parser (SIGSEGV).
        let depth = 4_726
        let text = "---\ntitle: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            + "\n---\nTokyo and Moscow met. They talked.\n"
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "nested.md")
        #expect(warnings.map(\.reason) == ["front matter too deeply nested; ignored"])
        let loaded = try #require(article)
        #expect(loaded.bodyStart == 4)
        #expect(loaded.sentences.map(\.text) == ["Tokyo and Moscow met.", "They talked."])
        // Block nesting counts too: `- - - …` opens a sequence per dash.
        let dashes = "---\ntags: \n  " + String(repeating: "- ", count: 5_000) + "x\n---\nBody text. More.\n"
        #expect(CorpusLoader().load(bytes: Array(dashes.utf8), path: "d.md").1.map(\.reason) == ["front matter too deeply nested; ignored"])
    }

    @Test func ordinaryNestingStillReadsTheValues() throws {
        let text = "---\ntitle: \"A [bracketed] title\"\ntags: [a, [b, c], {d: e}]\nmore:\n  - one\n  - two: [x]\n---\nBody text. More.\n"
        let (article, warnings) = CorpusLoader().load(bytes: Array(text.utf8), path: "ok.md")
        #expect(warnings.isEmpty)
        #expect(article?.title == "A [bracketed] title")
        #expect(FrontMatterNesting.bound(["a: [[[x]]]", "b:", "  c:", "    - - d"]) == 3 + 5)
    }

    @Test func aFileWithSeveralProblemsGetsOneLineNamingThemAll() throws {
        let bytes = Array("---\ndate: [someday\n---\nCaf".utf8) + [0xE9] + Array(" met \u{1B}[31mTokyo\u{07}. It was calm.\n".utf8)
        let (article, warnings) = CorpusLoader().load(bytes: bytes, path: "three.md")
        #expect(article != nil)
        #expect(warnings.count == 1)
        let reason = try #require(warnings.first?.reason)
        #expect(reason.contains("invalid UTF-8"))
        #expect(reason.contains("2 control characters or escape sequences removed"))
        #expect(reason.contains("front matter is not valid YAML"))
    }

    @Test func utf16WithABOMIsDecoded() throws {
        let text = "Tokyo and Moscow — talks resumed. Ça va.\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            let (article, warnings) = CorpusLoader().load(bytes: bytes, path: "utf16.txt")
            #expect(warnings.isEmpty)
            #expect(article?.lines.first == "Tokyo and Moscow — talks resumed. Ça va.")
        }
        // A lone surrogate is replaced and said.
        // "A", a lone high surrogate (D800), "B".
        let broken: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let (article, warnings) = CorpusLoader().load(bytes: broken, path: "bad16.txt")
        #expect(article?.lines.first == "A\u{FFFD}B")
        #expect(warnings.map(\.reason) == ["invalid UTF-16 (bad code units replaced with U+FFFD)"])
    }

    @Test func overlongSentencesAreCutAtClauseMarks() throws {
        let clause = "Japan criticised Russia, "
        let text = String(repeating: clause, count: 200)
        var whole = text
        let ranges = whole.withUTF8 { bytes -> [(Int, Int)] in
            SentenceBoundaries.find(in: UTF8Text(bytes: bytes), run: 0..<bytes.count)
        }
        #expect(ranges.count > 1)
        for (start, end) in ranges {
            #expect(end - start <= SentenceBoundaries.sentenceByteLimit)
            // Each piece but the last ends just after a comma.
            if end < text.utf8.count { #expect(Array(text.utf8)[end - 1] == UInt8(ascii: ",")) }
        }
        #expect(ranges.first?.0 == 0 && ranges.last?.1 == text.utf8.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.1 == $1.0 })
    }

    /// Megabytes of actor names with no sentence end took time quadratic in their length (400 KB: 10 s,
    /// 20 MB: never). Asserts only that it finishes and how the text was cut; speed lives in `make bench`.
    @Test(arguments: [false, true])
    func megabytesWithoutASentenceEndAreExtracted(newlineEveryTwentyWords: Bool) throws {
        let words = "Japan criticised Russia while China and India and Korea condemned the United States over Ukraine and Iran".split(separator: " ")
        var text = ""
        text.reserveCapacity(1_100_000)
        var count = 0
        while text.utf8.count < 1_000_000 {
            text += words[count % words.count]
            count += 1
            text += newlineEveryTwentyWords && count % 20 == 0 ? "\n" : " "
        }
        let (article, _) = CorpusLoader().load(bytes: Array(text.utf8), path: "names.txt")
        let loaded = try #require(article)
        #expect(loaded.sentences.count >= 1_000_000 / SentenceBoundaries.sentenceByteLimit)
        #expect(loaded.sentences.allSatisfy { $0.text.utf8.count <= SentenceBoundaries.sentenceByteLimit })
        let model = Extractor().analyse(Corpus(articles: [loaded]))
        #expect(!model.stances.isEmpty)
    }
}
