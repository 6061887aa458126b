import Testing
@testable import BilateralCore

/// Narrowing from the previous result (`Filter.apply(to:after:)`) must keep exactly what a
/// fresh evaluation keeps, whatever was typed, deleted or added before.
@Suite struct FilterNarrowingTests {
    /// Terms a query is made of: words and their prefixes, negations, ORs, anchors, fields.
    static let terms = [
        "russia", "japan", "treaty", "sanctions", "kuril", "islands", "Tokyo", "the", "talks", "!war", "!the", "!russian",
        "'island", "^the", "talks.$", "~kurl", "russia | china", "peace | !trade", "actor:JPN", "holder:RUS", "target:JPN",
        "pair:RUS-JPN", "pol:-", "pol:+", "score:<-3", "year:2016..2019", "era:treaty-2018", "era:sochi", "!actor:CHN",
    ]

    /// Types queries a character at a time, with backspaces, word deletions and lines cleared
    /// between, checking each step that parses against a fresh index.
    @Test func narrowedResultsEqualFreshOnesOverRandomTyping() throws {
        let model = RandomQueryModel.make()
        var random = RandomQueryModel.Generator(seed: 12)
        var previous: (filter: Filter, result: FilteredModel) = (.all, FilteredModel.everything(in: model))
        var line = ""
        var steps = 0, narrowed = 0, kept = 0
        for _ in 0..<60 {
            // A query of one to four terms, typed on after what is already on the line.
            let count = 1 + Int(random.next() % 4)
            let target = (0..<count).map { _ in Self.terms[Int(random.next() % UInt64(Self.terms.count))] }.joined(separator: " ")
            var edits: [String] = []
            for character in (line.isEmpty ? "" : " ") + target {
                edits.append(String(character))
                if random.next() % 9 == 0 { edits.append("\u{8}") }
            }
            if random.next() % 3 == 0 { edits.append("C-w") }
            if random.next() % 4 == 0 { edits.append("C-u") }
            for edit in edits {
                switch edit {
                case "\u{8}": if !line.isEmpty { line.removeLast() }
                case "C-w":
                    while line.last == " " { line.removeLast() }
                    while let last = line.last, last != " " { line.removeLast() }
                case "C-u": line = ""
                default: line += edit
                }
                guard let filter = try? Filter.parse(line) else { continue }
                steps += 1
                if !previous.filter.isEmpty, filter.narrows(previous.filter) { narrowed += 1 }
                let result = filter.apply(to: model, after: previous)
                let fresh = filter.apply(to: model, index: FilterIndex(model: model))
                #expect(result == fresh, "\(line) after \(previous.filter.source)")
                if !fresh.articles.isEmpty { kept += 1 }
                previous = (filter, result)
            }
        }
        // The walk must exercise both ways, and queries that keep something.
        #expect(steps > 300)
        #expect(narrowed > steps / 4)
        #expect(narrowed < steps)
        #expect(kept > steps / 4)
    }

    @Test func whatNarrowsAndWhatDoesNot() throws {
        func narrows(_ new: String, _ old: String) throws -> Bool { try Filter.parse(new).narrows(Filter.parse(old)) }
        #expect(try narrows("treaty talks", "treaty"))
        #expect(try narrows("treat", "trea"))
        #expect(try narrows("actor:JPN trea", "actor:JPN tre"))
        #expect(try narrows("pol:- russia", "russia"))
        #expect(try narrows("!rus", "!russia"))
        // Deleting, a wider negation, a new alternative and a changed field value widen or move the result.
        #expect(try !narrows("trea", "treat"))
        #expect(try !narrows("!russia", "!rus"))
        #expect(try !narrows("russia | china", "russia"))
        #expect(try !narrows("actor:JPN", "actor:JP"))
        #expect(try !narrows("era:rupt", "era:rup"))
        #expect(try !narrows("'russia", "russia"))
        #expect(try !narrows("russia", "pol:-"))
    }

    @Test func aNarrowedTextTermIsNotRememberedAsTheWholeModelsAnswer() throws {
        let model = RandomQueryModel.make()
        let index = FilterIndex(model: model)
        let earlier = try Filter.parse("actor:JPN tre")
        let kept = earlier.apply(to: model, index: index)
        let later = try Filter.parse("actor:JPN trea")
        _ = FilterEvaluator(clauses: later.clauses, model: model, index: index, marks: [:]).apply(within: kept)
        // The word alone, on the whole model, must still find articles outside actor:JPN's.
        let alone = try Filter.parse("trea")
        #expect(alone.apply(to: model, index: index) == alone.apply(to: model, index: FilterIndex(model: model)))
    }

    @Test func theScanOnEveryCoreFindsWhatOneThreadFinds() {
        let model = RandomQueryModel.make(articleCount: 900, seed: 3)
        let index = FilterIndex(model: model)
        for text in ["russia", "tokyo", "Tokyo", "is", "kurils.", "then", "ministry", "zzz"] {
            for whole in [false, true] {
                let pattern = TextPattern(text: text, wholeWord: whole, atLineStart: false, atLineEnd: false,
                                          caseSensitive: text.contains { $0.isUppercase })
                let matcher = TextMatcher(pattern)
                let all = ArticleBits(all: model.articles.count)
                let one = TextMatchCache.scan(all, matcher: matcher, corpus: index.text, model: model, threads: 1)
                let many = TextMatchCache.scan(all, matcher: matcher, corpus: index.text, model: model, threads: 4, parallelAbove: 0)
                #expect(one == many, "\(text) whole word \(whole)")
                #expect(one.count == model.articles.count)
            }
        }
    }
}
