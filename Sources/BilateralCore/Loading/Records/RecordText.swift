import Markup

/// The bytes of a file of records made ready to parse: unpacked when gzip-compressed, UTF-16 decoded
/// when it has a UTF-16 byte-order mark, a UTF-8 byte-order mark dropped.
enum RecordText {
    /// The UTF-8 bytes to parse, or the reason the file is skipped.
    static func prepared(_ bytes: [UInt8]) -> Result<[UInt8], RecordFileProblem> {
        var bytes = bytes
        if Gzip.isCompressed(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: HTMLArticleReader.maximumUnpackedBytes)
            } catch {
                return .failure(RecordFileProblem("\(error); skipped"))
            }
        }
        if let decoded = UTF16Decoding.utf8(fromBOMMarked: bytes) { bytes = decoded.bytes }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) { return .failure(RecordFileProblem("binary file (contains NUL bytes); skipped")) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(RecordFileProblem("empty file; skipped"))
        }
        return .success(bytes)
    }

    /// The first byte that is not white space, or nil.
    static func firstSignificantByte(_ bytes: [UInt8]) -> UInt8? {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        return start < bytes.count ? bytes[start] : nil
    }
}

/// Why a whole file of records was skipped.
struct RecordFileProblem: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
