import Testing
@testable import BilateralCore

@Suite struct EraFileTests {
    static let yaml = """
        relationships:
          - pair: [AUS, CHN]
            eras:
              - {id: warm, label: Free trade, start: 2014-11, end: 2020-03, summary: The trade agreement.}
              - id: cold
                label: Trade war
                start: 2020-04
                end: 2099-12-31
            landmarks:
              - {label: Inquiry call, date: 2020-04-19, all: [inquiry], any: [Payne, Morrison]}
        """

    @Test func aYAMLFileInTheCatalogueFormatIsRead() throws {
        let library = try EraFile.parse(Self.yaml, path: "eras.yaml")
        let relationship = try #require(library.relationship(for: ["CHN", "AUS"]))
        #expect(relationship.eras.map(\.id) == ["warm", "cold"])
        #expect(relationship.eras.allSatisfy { $0.source == .file })
        #expect(relationship.eras.last?.end.iso == "2099-12-31")
        #expect(library.landmarks.landmarks.map(\.label) == ["Inquiry call"])
        #expect(library.relationship(for: ["RUS", "JPN"]) == nil)
    }

    @Test func oneRelationshipAloneWithoutAPairIsAboutAnyPair() throws {
        let json = #"{"eras": [{"id": "a", "label": "A", "start": "2010", "end": "2012"}]}"#
        let library = try EraFile.parse(json, path: "eras.json")
        #expect(library.relationship(for: ["USA", "CHN"])?.eras.map(\.id) == ["a"])
    }

    @Test func malformedJSONNamesTheFileLineAndColumn() {
        let json = "{\n  \"eras\": [\n    {\"id\": \"a\", \"label\": \"A\",, \"start\": \"2010\"}\n  ]\n}"
        #expect(throws: EraFileError.self) { try EraFile.parse(json, path: "c/eras.json") }
        do {
            _ = try EraFile.parse(json, path: "c/eras.json")
        } catch {
            #expect(error.path == "c/eras.json")
            #expect(error.line == 3)
            #expect(error.column != nil)
            #expect(error.description.hasPrefix("c/eras.json:3:"))
        }
    }

    @Test(arguments: [
        ("eras:\n  - {id: a, label: A, start: 2010}\n", 2, "missing \"end\""),
        ("eras:\n  - {id: a, label: A, start: 2010, end: soon}\n", 2, "\"end\" must be a date"),
        ("eras: nope\n", 1, "\"eras\" must be a list"),
        ("pair: [RUS]\neras: []\n", 1, "\"pair\" must name two different actors"),
        ("eras:\n  - {id: a, label: A, start: 2012, end: 2010}\n", 2, "era \"a\" ends (2010) before it starts (2012)"),
        ("eras:\n  - {id: a, label: A, start: 2010, end: 2014-06}\n  - {id: b, label: B, start: 2014-03, end: 2016}\n", 3,
         "era \"b\" (from 2014-03) overlaps era \"a\" (to 2014-06)"),
        ("[1, 2]\n", 1, "expected an object"),
    ])
    func mistakesAreReportedWhereTheyAre(_ text: String, _ line: Int, _ reason: String) {
        do {
            _ = try EraFile.parse(text, path: "eras.yaml")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.reason.hasPrefix(reason), "\(error)")
            #expect(error.description.hasPrefix("eras.yaml:\(line):"), "\(error)")
        }
    }

    @Test func aMissingFileIsOneLine() {
        #expect(throws: EraFileError(path: "/nonexistent/eras.json", reason: "cannot be read")) {
            try EraFile.load(path: "/nonexistent/eras.json")
        }
    }
}
