import Markup
import Testing

/// Compressed pages unpack in memory, and a gzip bomb stops at the limit.
@Suite struct GzipTests {
    /// `gzip -n` of "hello\n".
    static let hello: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0xE7,
        0x02, 0x00, 0x20, 0x30, 0x3A, 0x36, 0x06, 0x00, 0x00, 0x00,
    ]

    @Test func plainBytesAreNotCompressed() {
        #expect(!Gzip.isCompressed(Array("<html>".utf8)))
        #expect(Gzip.isCompressed(Self.hello))
    }

    @Test func unpacksGzip() throws {
        #expect(try Gzip.decompress(Self.hello, limit: 100) == Array("hello\n".utf8))
    }

    @Test func stopsAtTheLimit() {
        #expect(throws: MarkupError.tooLarge(limit: 3)) { try Gzip.decompress(Self.hello, limit: 3) }
    }

    @Test func truncatedDataIsAnError() {
        #expect(throws: MarkupError.self) { try Gzip.decompress(Array(Self.hello.prefix(15)), limit: 100) }
    }
}
