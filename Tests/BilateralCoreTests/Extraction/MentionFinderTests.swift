import Foundation
import Testing
@testable import BilateralCore

@Suite struct MentionFinderTests {
    /// A small catalogue written for these tests, loaded from Data like the bundled one.
    static let gazetteer: Gazetteer = {
        let json = """
        {"schema": 1, "actors": [
          {"id": "RUS", "kind": "state", "name": "Russia", "aliases": ["Russia"], "adjectives": ["Russian", "Russo-"],
           "metonyms": ["Moscow", "the Kremlin"], "titles": ["the Russian president"]},
          {"id": "JPN", "kind": "state", "name": "Japan", "aliases": ["Japan"], "adjectives": ["Japanese"],
           "metonyms": ["Tokyo"], "titles": ["the Japanese prime minister"]},
          {"id": "USA", "kind": "state", "name": "United States", "aliases": ["United States", "US", "U.S."],
           "metonyms": ["Washington"]},
          {"id": "OMN", "kind": "state", "name": "Oman", "aliases": ["Oman"]},
          {"id": "shinzo-abe", "kind": "person", "name": "Shinzo Abe", "surnames": ["Abe"], "affiliation": "JPN",
           "roles": [{"title": "Prime Minister", "of": "JPN", "from": "2012-12-26", "to": "2020-09-16"}]},
          {"id": "fumio-kishida", "kind": "person", "name": "Fumio Kishida", "surnames": ["Kishida"], "affiliation": "JPN",
           "roles": [{"title": "Prime Minister", "of": "JPN", "from": "2021-10-04", "to": "2024-10-01"}]},
          {"id": "sergey-lavrov", "kind": "person", "name": "Sergey Lavrov", "surnames": ["Lavrov"], "affiliation": "RUS"}
        ]}
        """
        return (try? Gazetteer(data: Data(json.utf8))) ?? Gazetteer(entries: [])
    }()

    private func actors(_ sentences: [String], date: String? = nil) -> [[String]] {
        let tokens = sentences.map { Tokenizer().tokens(of: $0) }
        let finder = MentionFinder(gazetteer: Self.gazetteer)
        return finder.mentions(in: tokens, date: date.flatMap(PartialDate.init(iso:))).map { $0.map(\.actor) }
    }

    @Test func loadsFromDataAndRejectsBrokenData() throws {
        #expect(Self.gazetteer.entries.count == 7)
        #expect(throws: ResourceError.self) { try Gazetteer(data: Data("{\"actors\": 3}".utf8)) }
    }

    @Test func longestMatchWinsAndPossessivesCount() {
        #expect(actors(["The United States and Japan’s navy met."]) == [["USA", "JPN"]])
        #expect(actors(["The Kremlin's answer came from Moscow's envoy."]) == [["RUS", "RUS"]])
    }

    @Test func respectsWordBoundariesAndCase() {
        #expect(actors(["Romania told us nothing; Omani ships left."]) == [[]])
        #expect(actors(["The Russo-Japanese talks"]) == [["RUS", "JPN"]])
    }

    @Test func surnameAloneNeedsFullNameHonorificOrDistinctiveness() {
        #expect(actors(["Abe spoke first.", "Later Shinzo Abe left."]) == [["shinzo-abe"], ["shinzo-abe"]])
        #expect(actors(["Abe spoke first."]) == [[]])
        #expect(actors(["Mr. Abe spoke first."]) == [["shinzo-abe"]])
        #expect(actors(["Lavrov spoke first."]) == [["sergey-lavrov"]])
    }

    @Test func toleratesOneTypoInLongNames() {
        #expect(actors(["Washinton disagreed."]) == [["USA"]])
        #expect(actors(["Kishdia arrived."]) == [["fumio-kishida"]])
        #expect(actors(["Washing machines."]) == [[]])
    }

    @Test func titlesResolveToTheRoleHolderOnTheArticleDate() {
        #expect(actors(["the Japanese prime minister arrived"], date: "2016-05") == [["shinzo-abe"]])
        #expect(actors(["the Japanese prime minister arrived"], date: "2022-03-01") == [["fumio-kishida"]])
        #expect(actors(["the Japanese prime minister arrived"]) == [["JPN"]])
    }
}
