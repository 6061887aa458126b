import Foundation
import Testing
@testable import BilateralCore

/// Files the user did not mean to be hostile: pipes, devices, huge files, broken links, deep trees.
/// Each gives one warning naming it, and the rest of the corpus loads.
@Suite struct FileSafetyTests {
    private static func makeFolder() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-safety-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("Tokyo and Moscow met. They talked.\n".utf8).write(to: URL(fileURLWithPath: root + "/good.txt"))
        return root
    }

    private static func warnings(_ corpus: Corpus, in root: String) -> [String: [String]] {
        Dictionary(grouping: corpus.warnings) { String($0.path.dropFirst(root.count + 1)) }.mapValues { $0.map(\.reason) }
    }

    @Test func aPipeNamedLikeAnArticleIsSkippedWithoutBlocking() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe.txt", 0o600) == 0)
        // Nobody ever writes to the pipe: a blocking open would never return.
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.articles.map(\.id) == ["good.txt"])
        #expect(Self.warnings(corpus, in: root) == ["pipe.txt": ["is a named pipe (FIFO), not a regular file; skipped"]])
    }

    @Test func linksToDevicesAreNotRead() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/zero.txt", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: root + "/random.md", withDestinationPath: "/dev/urandom")
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.articles.map(\.id) == ["good.txt"])
        let reasons = Self.warnings(corpus, in: root)
        #expect(reasons["zero.txt"] == ["is a character device, not a regular file; skipped"])
        #expect(reasons["random.md"] == ["is a character device, not a regular file; skipped"])
        // Named directly, too.
        #expect(FileBytes.read("/dev/zero") == .failure(.notRegularFile(kind: "a character device")))
    }

    @Test func aFileOverTheSizeLimitIsSkippedUnread() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Sparse: its size is over the limit, but it takes no disk and is never read.
        let path = root + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(FileBytes.sizeLimit + 1)) == 0)
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.articles.map(\.id) == ["good.txt"])
        #expect(Self.warnings(corpus, in: root) == ["huge.txt": ["larger than the 64 MiB limit; skipped"]])
    }

    @Test func brokenLinksAndLinkLoopsWarnOnceEach() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root + "/dangling.txt", withDestinationPath: root + "/gone.txt")
        try manager.createSymbolicLink(atPath: root + "/loop-a.txt", withDestinationPath: root + "/loop-b.txt")
        try manager.createSymbolicLink(atPath: root + "/loop-b.txt", withDestinationPath: root + "/loop-a.txt")
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.articles.map(\.id) == ["good.txt"])
        #expect(Self.warnings(corpus, in: root) == [
            "dangling.txt": ["symbolic link to nothing (dangling); skipped"],
            "loop-a.txt": ["symbolic link loop; skipped"],
            "loop-b.txt": ["symbolic link loop; skipped"],
        ])
    }

    @Test func directoriesPastTheDepthLimitAreReportedOnce() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let levels = ArticleFiles.depthLimit + 5
        let deepest = root + String(repeating: "/d", count: levels)
        try FileManager.default.createDirectory(atPath: deepest, withIntermediateDirectories: true)
        try Data("Deep text. More.\n".utf8).write(to: URL(fileURLWithPath: deepest + "/deep.txt"))
        let shallow = root + String(repeating: "/d", count: 3)
        try Data("Shallow text. More.\n".utf8).write(to: URL(fileURLWithPath: shallow + "/shallow.txt"))
        let corpus = try CorpusLoader().load(paths: [root])
        #expect(corpus.articles.map(\.id) == ["shallow.txt", "good.txt"] || corpus.articles.map(\.id) == ["good.txt", "shallow.txt"])
        #expect(corpus.warnings.count == 1)
        let warning = try #require(corpus.warnings.first)
        #expect(warning.path == root + String(repeating: "/d", count: ArticleFiles.depthLimit))
        #expect(warning.reason == "more than \(ArticleFiles.depthLimit) directories deep; not read")
    }

    @Test func aFileRemovedAfterListingSaysItVanished() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = ArticleFiles.list(root)
        try FileManager.default.removeItem(atPath: root + "/good.txt")
        let (article, warnings) = CorpusLoader().load(file: try #require(listing.files.first))
        #expect(article == nil)
        #expect(warnings.map(\.reason) == ["no longer exists (removed while loading); skipped"])
    }
}
