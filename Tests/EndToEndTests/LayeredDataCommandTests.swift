import Foundation
import Testing

/// The commands that name actors read the user's data layer, not only the built-in gazetteer.
@Suite struct LayeredDataCommandTests {
    static let actors = """
        {"actors": [{"id": "ZEM", "kind": "state", "name": "Zembla", "aliases": ["Zembla"], "adjectives": ["Zemblan"]}]}
        """

    @Test func serveChecksPairAgainstTheUsersActors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-layered-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.actors.utf8).write(to: folder.appendingPathComponent("actors.json"))
        let binary = try BinaryUnderTest.path()
        // The built-in data alone has no Zembla: a usage error naming it.
        let builtin = try CommandRunner.run(binary, ["serve", "--pair", "ZEM-JPN", "--host", "256.0.0.1", BinaryUnderTest.seedsPath],
                                            environment: CommandRunner.environment(["XDG_CONFIG_HOME": folder.path + "/none"]))
        #expect(builtin.status == 64)
        #expect(builtin.standardError.contains("ZEM"))
        // With the user's actors the pair passes; the server then fails on the impossible address (exit 1, not 64).
        let layered = try CommandRunner.run(binary, ["serve", "--data", folder.path, "--pair", "ZEM-JPN", "--host", "256.0.0.1", BinaryUnderTest.seedsPath])
        #expect(layered.status == 1, "stderr: \(layered.standardError)")
        #expect(!layered.standardError.contains("unknown"))
    }
}
