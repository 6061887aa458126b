import Foundation

/// A temporary folder of badly behaved article files, removed by `remove()`.
struct HostileFolder {
    let path: String

    /// The 5 MB single-line article's size in bytes.
    static let longLineBytes = 5 * 1024 * 1024

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try write("a_good.txt", Array("Tokyo and Moscow\n\nThe two sides met on Friday. They agreed to talk again.\n".utf8))
        try write("b_binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00] + Array("rest".utf8))
        try write("c_latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" society met in Kyoto. It was calm.\n".utf8))
        try write("d_crlf.txt", Array("Windows title\r\n\r\nFirst line of text.\r\nSecond line.\r\rOld Mac paragraph.\r".utf8))
        try write("e_bom.md", [0xEF, 0xBB, 0xBF] + Array("# Heading after a BOM\n\nBody text here.\n".utf8))
        try write("f_empty.txt", [])
        try write("g_blank.txt", Array("   \n\t\n\n".utf8))
        try write("h_escapes.txt", Array("\u{1B}[31mRed\u{1B}[0m words\u{07} and \u{1B}]0;evil title\u{07}more\u{1B}[2J text.\u{08}\n".utf8))
        var long = [UInt8]()
        long.reserveCapacity(Self.longLineBytes)
        let sentence = Array("Japan and Russia held talks again on the Kuril Islands. ".utf8)
        while long.count + sentence.count <= Self.longLineBytes { long += sentence }
        try write("i_long.txt", long)
        try FileManager.default.createDirectory(atPath: path + "/x.txt", withIntermediateDirectories: true)
        try write("x.txt/inner.txt", Array("Inner file\n\nIt loads from inside the odd folder.\n".utf8))
        try write("notes.pdf", Array("not an article".utf8))
        try write(".hidden.txt", Array("hidden files are not articles".utf8))
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Where the repository's seeds are, found from this source file.
enum SeedsFolder {
    static var path: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
    }
}
