import Foundation
import Testing
@testable import BilateralCore

/// The data compiled into the binary is the data in the source tree, and it decodes.
@Suite struct BuiltinDataTests {
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BilateralCore/Resources")

    @Test(arguments: DataFile.allCases)
    func embeddedBytesEqualTheSourceFile(_ file: DataFile) throws {
        let onDisk = try Data(contentsOf: Self.resources.appendingPathComponent(file.fileName))
        #expect(try file.builtinData() == onDisk)
    }

    @Test func everySourceDataFileIsEmbedded() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.resources.path).filter { $0.hasSuffix(".json") }
        #expect(Set(names) == Set(EmbeddedDataFiles.texts.keys))
        #expect(Set(names) == Set(DataFile.allCases.map(\.fileName)))
    }

    @Test func builtinDataDecodesIntoNonEmptyCatalogues() throws {
        let files = DataFiles.builtin
        #expect(try files.gazetteer().entry("JPN")?.name == "Japan")
        #expect(try files.eraLibrary().relationships.count >= 2)
        #expect(try files.lexicon().cues(in: Tokenizer().tokens(of: "Japan urged Russia to talk")).isEmpty == false)
    }

    @Test func namesWithOrWithoutTheEnding() {
        #expect(DataFile(named: "actors") == .actors)
        #expect(DataFile(named: "cues.json") == .cues)
        #expect(DataFile(named: "people") == nil)
    }
}
