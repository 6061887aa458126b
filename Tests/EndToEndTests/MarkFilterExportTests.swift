import Foundation
import Testing

/// `export --filter` with the user's marks: set in the dashboard, kept in the store, read by export.
@Suite(.serialized) struct MarkFilterExportTests {
    private static func articleCount(_ json: String) -> Int? {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let articles = object["articles"] as? [Any] else { return nil }
        return articles.count
    }

    @Test func aBookmarkSetInTheDashboardFiltersTheExport() throws {
        let binary = try BinaryUnderTest.path()
        let data = Dashboard.freshStateDirectory()
        let state = Dashboard.freshStateDirectory()
        let session = try Dashboard.start(extra: "XDG_DATA_HOME=\(CommandRunner.shellQuoted(data))", stateDirectory: state)
        try session.send("m")
        try session.waitFor("bookmarked")
        try session.send("q")
        _ = try session.exitStatus()
        session.kill()
        let environment = CommandRunner.environment(["XDG_DATA_HOME": data, "XDG_STATE_HOME": state])
        let bookmarked = try CommandRunner.run(binary, ["export", "--filter", "is:bookmarked", BinaryUnderTest.seedsPath], environment: environment)
        #expect(bookmarked.status == 0, "\(bookmarked.standardError)")
        #expect(Self.articleCount(bookmarked.standardOutput) == 1)
        let others = try CommandRunner.run(binary, ["export", "--filter", "!is:bookmarked", BinaryUnderTest.seedsPath], environment: environment)
        #expect(Self.articleCount(others.standardOutput) == 4)
        // Without the store there are no marks to read: an error, not everything.
        let refused = try CommandRunner.run(binary, ["export", "--no-store", "--filter", "is:unread", BinaryUnderTest.seedsPath], environment: environment)
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--no-store"))
    }
}
