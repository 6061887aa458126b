import Foundation
import Testing
@testable import BilateralCore

/// A user's data folder laid over the built-in data: entries added and replaced by id, bad files one clear error.
@Suite struct DataFilesTests {
    /// A fresh folder with the given files.
    struct Folder {
        let path: String

        init(_ files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-data-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func userActorsReplaceByIDAndAddNewOnes() throws {
        let folder = try Folder(["actors.json": """
            {"actors": [
              {"id": "JPN", "kind": "state", "name": "Nippon-koku", "aliases": ["Japan"]},
              {"id": "ZZA", "kind": "state", "name": "Zembla", "aliases": ["Zembla"], "adjectives": ["Zemblan"]}
            ]}
            """])
        defer { folder.remove() }
        let gazetteer = try DataFiles(folder: folder.path).gazetteer()
        let builtin = try DataFiles.builtin.gazetteer()
        #expect(gazetteer.entry("JPN")?.name == "Nippon-koku")
        #expect(gazetteer.entry("ZZA")?.adjectives == ["Zemblan"])
        #expect(gazetteer.entry("RUS") == builtin.entry("RUS"))
        #expect(gazetteer.entries.count == builtin.entries.count + 1)
        // Replaced in place: the catalogue order (which decides ties) is kept.
        #expect(gazetteer.entries.firstIndex { $0.id == "JPN" } == builtin.entries.firstIndex { $0.id == "JPN" })
    }

    @Test func aUserActorIsFoundInText() throws {
        let folder = try Folder(["actors.json": """
            {"actors": [{"id": "ZZA", "kind": "state", "name": "Zembla", "aliases": ["Zembla"]}]}
            """])
        defer { folder.remove() }
        let extractor = try DataFiles(folder: folder.path).extractor()
        let article = ArticleParser().parse(
            id: "a.txt", path: "a.txt", lines: ["Zembla and Japan", "", "Zembla condemned Japan over the talks."]).article
        let model = extractor.analyse(Corpus(articles: [article]))
        #expect(model.actors.map(\.id).contains("ZZA"))
        #expect(model.stances.contains { $0.holder == "ZZA" && $0.target == "JPN" })
    }

    @Test func userCueWordsAreAddedAndCategoriesMergeByCode() throws {
        let folder = try Folder(["cues.json": """
            {"categories": [{"code": "11", "name": "Disapprove", "score": -2.0, "verbs": ["berate"]}],
             "negators": ["nary"]}
            """])
        defer { folder.remove() }
        let lexicon = try DataFiles(folder: folder.path).lexicon()
        let tokens = Tokenizer().tokens(of: "Japan berated Russia")
        #expect(lexicon.cues(in: tokens).contains { $0.cue.lemma == "berate" })
        #expect(lexicon.negators.contains("nary"))
        #expect(lexicon.negators.contains("not"))
    }

    @Test func noUserFolderMeansTheBuiltinData() throws {
        let missing = DataFiles(folder: "/nonexistent/bilateral-\(UUID().uuidString)")
        #expect(try missing.gazetteer().entries == DataFiles.builtin.gazetteer().entries)
        #expect(throws: Never.self) { try missing.extractor() }
    }

    @Test func aDataFolderNamedByTheUserMustExist() {
        let path = "/nonexistent/bilateral-\(UUID().uuidString)"
        #expect(throws: DataFileError.unreadable(path: path, reason: "no such data folder")) {
            try DataFiles(folder: path, folderRequired: true).extractor()
        }
    }

    @Test func aSyntaxErrorIsOneLineWithLineAndColumn() throws {
        let folder = try Folder(["eras.json": "{\n  \"eras\": [\n    {\"id\": \"x\",, \"label\": \"y\"}\n  ]\n}\n"])
        defer { folder.remove() }
        let error = try #require(throws: DataFileError.self) { try DataFiles(folder: folder.path).eraLibrary() }
        guard case .malformed(let path, let line, let column, _) = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
        #expect(path == folder.path + "/eras.json")
        #expect(line == 3)
        #expect(column == 16)
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix(folder.path + "/eras.json:3:16: "))
    }

    @Test func aTruncatedFilePointsAtItsEnd() throws {
        let folder = try Folder(["actors.json": "{\"actors\": [\n"])
        defer { folder.remove() }
        let error = try #require(throws: DataFileError.self) { try DataFiles(folder: folder.path).gazetteer() }
        #expect(error.description.hasPrefix(folder.path + "/actors.json:2:1: "))
    }

    @Test func aWrongEntryIsPlacedAtItsID() throws {
        let folder = try Folder(["actors.json": """
            {"actors": [
              {"id": "ZZA", "kind": "state", "name": "Zembla"},
              {"id": "ZZB", "kind": "planet", "name": "Blefuscu"}
            ]}
            """])
        defer { folder.remove() }
        let error = try #require(throws: DataFileError.self) { try DataFiles(folder: folder.path).gazetteer() }
        guard case .malformed(_, let line, let column, let reason) = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
        #expect(line == 3)
        #expect(column == 10)
        #expect(reason.contains("kind"))
        #expect(!error.description.contains("\n"))
    }

    @Test func aFileThatIsNotAnObjectIsRefused() throws {
        let folder = try Folder(["cues.json": "[1, 2]"])
        defer { folder.remove() }
        #expect(throws: DataFileError.malformed(path: folder.path + "/cues.json", line: 1, column: 1,
                                                reason: "expected a JSON object, as in the built-in file")) {
            try DataFiles(folder: folder.path).lexicon()
        }
    }

    @Test func theDefaultFolderFollowsXDG() {
        #expect(DataFiles.userFolder(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/bilateral")
        #expect(DataFiles.userFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/bilateral")
        #expect(DataFiles.userFolder(environment: ["HOME": "/h"]) == "/h/.config/bilateral")
        #expect(DataFiles.userFolder(environment: [:]) == nil)
    }
}

/// Era files: a relationship merges by its pair, and a file of one relationship alone joins the list.
@Suite struct UserEraFileTests {
    @Test func aRelationshipAloneIsAddedAndOneWithTheSamePairReplaces() throws {
        let folder = try DataFilesTests.Folder(["eras.json": """
            {"pair": ["KOR", "JPN"], "eras": [{"id": "thaw-2023", "label": "The thaw", "start": "2023-01-01", "end": "2099-12-31", "summary": "Closer ties."}]}
            """])
        defer { folder.remove() }
        let library = try DataFiles(folder: folder.path).eraLibrary()
        let builtin = try DataFiles.builtin.eraLibrary()
        #expect(library.relationships.count == builtin.relationships.count + 1)
        #expect(library.relationship(for: ["JPN", "KOR"])?.eras.map(\.id) == ["thaw-2023"])
        #expect(library.relationship(for: ["RUS", "JPN"]) == builtin.relationship(for: ["RUS", "JPN"]))

        let replacing = try DataFilesTests.Folder(["eras.json": """
            {"relationships": [{"pair": ["RUS", "JPN"], "eras": [{"id": "all", "label": "All", "start": "1990-01-01", "end": "2099-12-31", "summary": "Everything."}]}]}
            """])
        defer { replacing.remove() }
        let replaced = try DataFiles(folder: replacing.path).eraLibrary()
        #expect(replaced.relationships.count == builtin.relationships.count)
        #expect(replaced.relationship(for: ["JPN", "RUS"])?.eras.map(\.id) == ["all"])
    }
}
