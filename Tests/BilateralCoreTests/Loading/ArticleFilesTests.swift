import Foundation
import Testing
@testable import BilateralCore

/// How a corpus folder is walked: which names count, in what order, and that links neither loop nor hide files.
@Suite struct ArticleFilesTests {
    /// A temporary folder with sub-folders, hidden files, other extensions and symbolic links.
    private static func makeFolder() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-walk-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/b/deeper", withIntermediateDirectories: true)
        for name in ["z.txt", "UP.TXT", "notes.pdf", ".hidden.txt", "b/n.md", "b/deeper/m.txt"] {
            try Data("A line of text.\n".utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        try manager.createSymbolicLink(atPath: root + "/b/back-up", withDestinationPath: root)
        try manager.createSymbolicLink(atPath: root + "/a-link.txt", withDestinationPath: root + "/b/n.md")
        try manager.createSymbolicLink(atPath: root + "/c-linked-folder", withDestinationPath: root + "/b/deeper")
        return root
    }

    @Test func listsArticleNamesInFileNameOrderFollowingLinksOnce() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = ArticleFiles.list(root)
        let relative = listing.files.map { String($0.dropFirst(root.count + 1)) }
        #expect(relative == ["UP.TXT", "a-link.txt", "b/deeper/m.txt", "b/n.md", "z.txt"])
        // The link back to the top is a loop: said once, not followed; the second link to b/deeper adds nothing.
        #expect(listing.warnings.map(\.path) == [root + "/b/back-up"])
        #expect(listing.warnings.first?.reason.contains("loops back") == true)
    }

    @Test func readsAWholeFileAndNothingMore() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let big = String(repeating: "Tokyo and Moscow met again. ", count: 5000)
        try Data(big.utf8).write(to: URL(fileURLWithPath: root + "/big.txt"))
        #expect(try FileBytes.read(root + "/big.txt").get() == Array(big.utf8))
        #expect(try FileBytes.read(root + "/a-link.txt").get() == Array("A line of text.\n".utf8))
        #expect(FileBytes.read(root + "/no-such.txt") == .failure(.vanished))
        // A file that grows past the limit while being read is refused, not cut.
        #expect(FileBytes.read(root + "/big.txt", limit: big.utf8.count - 1) == .failure(.tooLarge(limit: big.utf8.count - 1)))
        #expect(try FileBytes.read(root + "/big.txt", limit: big.utf8.count).get().count == big.utf8.count)
    }
}
