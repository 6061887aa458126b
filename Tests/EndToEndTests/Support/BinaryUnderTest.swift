import Foundation

/// The built `bilateral` executable and the repository it was built from.
enum BinaryUnderTest {
    /// Why the end-to-end tests cannot run.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "the end-to-end tests drive the built binary, but \(path) does not exist; run `swift build` first (`make test` does)"
        }
    }

    /// The repository root, found from this file's place in Tests/EndToEndTests/Support/.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var seedsPath: String { repositoryRoot.appendingPathComponent("seeds").path }

    /// The debug binary's path, or `Missing` with the command that builds it.
    static func path() throws -> String {
        let path = repositoryRoot.appendingPathComponent(".build/debug/bilateral").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        return path
    }
}
