import Markup
import Testing

@Suite struct GzipTests {
    @Test func plainBytesAreNotCompressed() {
        #expect(!Gzip.isCompressed(Array("<html>".utf8)))
    }
}
