import Foundation
import Testing
@testable import BilateralCore

/// The extractor version: the build-time digest of the extraction sources and the data files actually used,
/// nothing about the executable that runs (so a rebuild of the same code, or a copy of the program, keeps it).
@Suite struct ExtractorVersionTests {
    @Test func theSourcesDigestIsMadeAtBuildTime() {
        let digest = ExtractorVersion.sources
        #expect(digest.count == 32)
        #expect(digest.allSatisfy { $0.isHexDigit })
        #expect(Set(digest).count > 4, "a digest, not a placeholder")
    }

    @Test func theSameDataGivesTheSameVersionAndAUserDataFileAnother() throws {
        let builtin = try DataFiles.builtin.extractor().version
        #expect(try DataFiles.builtin.extractor().version == builtin)
        let folder = try DataFilesTests.Folder(["cues.json": """
            {"categories": [{"code": "11", "name": "Disapprove", "score": -2.0, "verbs": ["berate"]}]}
            """])
        defer { folder.remove() }
        let withCues = try DataFiles(folder: folder.path).extractor().version
        #expect(withCues != builtin)
        #expect(try DataFiles(folder: folder.path).extractor().version == withCues)
        // An empty user folder layers nothing: the built-in version.
        let empty = try DataFilesTests.Folder([:])
        defer { empty.remove() }
        #expect(try DataFiles(folder: empty.path).extractor().version == builtin)
        // Editing the user's file again (one more cue word) is another version.
        try Data("""
            {"categories": [{"code": "11", "name": "Disapprove", "score": -2.0, "verbs": ["berate", "upbraid"]}]}
            """.utf8).write(to: URL(fileURLWithPath: folder.path + "/cues.json"))
        let edited = try DataFiles(folder: folder.path).extractor().version
        #expect(edited != withCues && edited != builtin)
    }

    @Test func theVersionNamesTheSourcesDigestAndTheDataNotTheProgramFile() {
        // Two data fingerprints, two versions; the same one, the same version whatever binary computes it.
        #expect(ExtractorVersion.current(data: "a") == ExtractorVersion.current(data: "a"))
        #expect(ExtractorVersion.current(data: "a") != ExtractorVersion.current(data: "b"))
        var expected = ContentHash.Accumulator()
        expected.add("format \(ExtractedArticleCodec.format)\n".utf8)
        expected.add("sources \(ExtractorVersion.sources)\n".utf8)
        expected.add("a".utf8)
        #expect(ExtractorVersion.current(data: "a") == expected.hex)
    }
}
