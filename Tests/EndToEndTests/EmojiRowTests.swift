import Foundation
import Testing

/// Emoji joined by U+200D are drawn as one two-column glyph, so under tmux no row shifts.
@Suite(.serialized) struct EmojiRowTests {
    /// Display columns as tmux counts them for what the dashboard sends: emoji two, joiners none.
    private static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x200B...0x200F, 0xFE00...0xFE0F: total
            case 0x1F000...0x1FAFF, 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF60: total + 2
            default: total + 1
            }
        }
    }

    @Test func rowsWithZWJSequencesKeepTheirBorders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-emoji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let family = "👩\u{200D}👩\u{200D}👧", coder = "👨\u{200D}💻", pair = "🧑\u{200D}🤝\u{200D}🧑"
        let text = "Families \(family) and coders \(coder) \(pair)\n\n"
            + "Japan welcomed Russia \(family)\(family)\(coder) at the talks. China criticised Japan \(pair) again.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("emoji.txt"))
        let binary = try BinaryUnderTest.path()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 \(CommandRunner.shellQuoted(binary)) browse --no-store --no-state "
            + CommandRunner.shellQuoted(folder.path)
        let session = try TmuxSession(command: command, width: 120, height: 30)
        defer { session.kill() }
        let screen = try session.waitForScreen("the emoji article") { $0.contains("Families") && $0.contains("coders") }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let withEmoji = rows.filter { $0.unicodeScalars.contains { (0x1F000...0x1FAFF).contains($0.value) } }
        #expect(!withEmoji.isEmpty)
        // No joiner reaches the terminal, and every pane row still ends on the screen's last column.
        #expect(!screen.unicodeScalars.contains("\u{200D}"))
        for row in rows where row.hasSuffix("│") || row.hasSuffix("┃") || row.hasSuffix("╮") || row.hasSuffix("╯") {
            #expect(Self.columns(row) == 120, "row shifted: \(row)")
        }
        for row in withEmoji {
            #expect(row.hasSuffix("│") || row.hasSuffix("┃") || row.hasSuffix("╮") || row.hasSuffix("╯") || row.hasSuffix("┓"),
                    "row lost its border: \(row)")
        }
    }
}
