import Foundation

/// A line and column (both from 1, columns in characters) in a file's text, for one-line error messages.
struct FilePosition: Equatable {
    var line: Int
    var column: Int

    /// The position of the byte at `offset` (clamped to the text).
    static func of(byteOffset offset: Int, in data: Data) -> FilePosition {
        let end = min(max(offset, 0), data.count)
        let before = data.prefix(end)
        var line = 1
        var lineStart = before.startIndex
        for index in before.indices where before[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return FilePosition(line: line, column: column)
    }

    /// The position of the first occurrence of `needle`, if any.
    static func of(first needle: String, in data: Data) -> FilePosition? {
        guard let range = data.range(of: Data(needle.utf8)) else { return nil }
        return of(byteOffset: range.lowerBound - data.startIndex, in: data)
    }

    /// Where a JSONSerialization error points: Foundation says "around character N" (a byte offset) or
    /// "end of file"; any other message points at the start.
    static func of(jsonError error: Error, in data: Data) -> (position: FilePosition, reason: String) {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? String(describing: error)
        var reason = detail
        var position = FilePosition(line: 1, column: 1)
        if let range = detail.range(of: "around character ") {
            let digits = detail[range.upperBound...].prefix { $0.isNumber }
            if let offset = Int(digits) { position = of(byteOffset: offset, in: data) }
            reason = String(detail[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        } else if detail.localizedCaseInsensitiveContains("end of file") {
            position = of(byteOffset: data.count, in: data)
        }
        if reason.hasSuffix(".") { reason.removeLast() }
        return (position, reason.isEmpty ? "not valid JSON" : reason.prefix(1).lowercased() + reason.dropFirst())
    }
}
