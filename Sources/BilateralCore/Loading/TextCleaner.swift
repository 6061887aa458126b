#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the raw bytes of an article file into clean lines of text.
///
/// Works on bytes in one pass so that a multi-megabyte single line costs linear time:
/// line endings, the BOM and terminal control sequences are all ASCII (or C1) and can be
/// removed before decoding without touching multi-byte characters.
struct TextCleaner: Sendable {
    /// What cleaning found wrong with a file that still loads.
    enum Repair: Equatable, Sendable {
        case invalidUTF8
        case invalidUTF16
        case controlCharacters(count: Int)
    }

    /// Why a file cannot be used at all.
    enum Rejection: Error, Equatable, Sendable {
        case binary
        case empty
    }

    struct Result: Sendable {
        var lines: [String]
        /// The same lines in one string, as the article keeps them.
        var text: ArticleLines
        /// The UTF-8 offset where each line of `text` starts, then one past its end plus one.
        var lineStarts: [Int32]
        var repairs: [Repair]
    }

    /// Cleans `bytes`.
    /// - Returns: the lines and the repairs made, or why the file is not text.
    func clean(_ bytes: [UInt8]) -> Swift.Result<Result, Rejection> {
        // UTF-16 is full of NUL bytes: told by its BOM and decoded before the check for binary.
        if let decoded = UTF16Decoding.utf8(fromBOMMarked: bytes) {
            return clean(decoded.bytes).map { result in
                var result = result
                if !decoded.isValid { result.repairs.insert(.invalidUTF16, at: 0) }
                return result
            }
        }
        if bytes.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) { return .failure(.binary) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Most files need no repair: then the bytes are the text as they are, without a copy.
        let output = start == 0 && !Self.needsCleaning(bytes) ? (bytes, 0) : Self.cleaned(bytes, from: start)
        return decode(output.0, removed: output.1)
    }

    /// True when `bytes` hold a byte `cleaned` would change: a control character other than tab and
    /// line feed (CR included), DEL, or the first byte of a C1 control (C2 80–C2 9F).
    private static func needsCleaning(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var offset = 0
            // Eight bytes at a time; a chunk with a line feed, a tab or a C2 lead byte is looked at byte by byte.
            while offset + 8 <= count {
                let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if Self.mayNeedCleaning(chunk) {
                    for index in offset..<(offset + 8) where needsCleaning(raw, at: index) { return true }
                }
                offset += 8
            }
            for index in offset..<count where needsCleaning(raw, at: index) { return true }
            return false
        }
    }

    /// True when a byte of `chunk` is below 0x20, is 0x7F or is 0xC2 (with false positives, never false negatives).
    @inline(__always)
    private static func mayNeedCleaning(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20: subtracting 0x20 borrows into its high bit (the classic "has less than").
        let below = (chunk &- ones &* 0x20) & ~chunk & highs
        func equal(_ byte: UInt8) -> UInt64 {
            let difference = chunk ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highs
        }
        return below | equal(0x7F) | equal(0xC2) != 0
    }

    @inline(__always)
    private static func needsCleaning(_ raw: UnsafeRawBufferPointer, at index: Int) -> Bool {
        let byte = raw[index]
        if byte < 0x20 { return byte != 0x0A && byte != 0x09 }
        if byte == 0x7F { return true }
        return byte == 0xC2 && index + 1 < raw.count && (0x80...0x9F).contains(raw[index + 1])
    }

    /// The bytes from `start` on without control characters and escape sequences, CR and CRLF as LF;
    /// and how many controls and sequences were removed.
    private static func cleaned(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var removed = 0
        let count = bytes.count
        // Written through a raw buffer: `append` checks capacity and uniqueness on every byte.
        let output = [UInt8](unsafeUninitializedCapacity: count - start) { output, written in
            written = 0
            func emit(_ byte: UInt8) {
                output[written] = byte
                written += 1
            }
            var index = start
            while index < count {
                let byte = bytes[index]
                switch byte {
                case 0x20...0x7E:
                    emit(byte)
                    index += 1
                case 0x0A, 0x09:
                    emit(byte)
                    index += 1
                case 0x0D:
                    emit(0x0A)
                    index += (index + 1 < count && bytes[index + 1] == 0x0A) ? 2 : 1
                case 0x1B:
                    index = Self.endOfEscape(in: bytes, from: index)
                    removed += 1
                case 0x00..<0x20, 0x7F:
                    index += 1
                    removed += 1
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    // A C1 control in UTF-8; CSI, OSC and friends start sequences like ESC does.
                    index = Self.endOfC1(in: bytes, from: index)
                    removed += 1
                case 0x80...0x9F where written > 0 && output[written - 1] == 0xC2:
                    // A stray C2 before a removed sequence would make a C1 control with the byte after it
                    // ("C2 C2 9B 54 9B" leaves "C2 9B"): that byte goes too, and the lone C2 decodes as U+FFFD.
                    index += 1
                    removed += 1
                default:
                    emit(byte)
                    index += 1
                }
            }
        }
        return (output, removed)
    }

    /// Decodes the cleaned bytes and splits them into lines.
    private func decode(_ output: [UInt8], removed: Int) -> Swift.Result<Result, Rejection> {
        var repairs: [Repair] = []
        if removed > 0 { repairs.append(.controlCharacters(count: removed)) }
        if output.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) { return .failure(.empty) }
        // Decoded once as a whole: a line break is never part of a multi-byte sequence, so bad
        // bytes are replaced exactly as they would be line by line.
        var isValid = true
        var text = output.withUnsafeBufferPointer { buffer in
            if let text = String(validating: buffer, as: UTF8.self) { return text }
            isValid = false
            return String(decoding: buffer, as: UTF8.self)
        }
        // Split on bytes, not Characters (many times slower); a final newline ends the last line
        // rather than starting an empty one.
        var starts: [Int32] = [0]
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            // memchr skips a line's bytes many at a time.
            while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) + 1
                starts.append(Int32(truncatingIfNeeded: offset))
            }
        }
        text.withUTF8 { bytes in
            if bytes.last != 0x0A || bytes.isEmpty { starts.append(Int32(truncatingIfNeeded: bytes.count + 1)) }
        }
        let lines = ArticleLines(text: text, starts: starts)
        if !isValid { repairs.insert(.invalidUTF8, at: 0) }
        return .success(Result(lines: Array(lines), text: lines, lineStarts: starts, repairs: repairs))
    }

    /// The index just past the escape sequence that starts at `start` (an ESC byte).
    private static func endOfEscape(in bytes: [UInt8], from start: Int) -> Int {
        let next = start + 1
        guard next < bytes.count else { return next }
        switch bytes[next] {
        case UInt8(ascii: "["): return endOfCSI(in: bytes, from: next + 1)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            return endOfString(in: bytes, from: next + 1)
        case 0x20...0x2F:
            // nF sequences: intermediates, then one final byte.
            var index = next
            while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
            return min(index + 1, bytes.count)
        case 0x30...0x7E: return next + 1
        default: return next
        }
    }

    /// The index just past a C1 control (two UTF-8 bytes) and the sequence it introduces.
    private static func endOfC1(in bytes: [UInt8], from start: Int) -> Int {
        let after = start + 2
        switch bytes[start + 1] {
        case 0x9B: return endOfCSI(in: bytes, from: after)
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: return endOfString(in: bytes, from: after)
        default: return after
        }
    }

    /// Parameters and intermediates, then a final byte in 0x40...0x7E.
    private static func endOfCSI(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if (0x40...0x7E).contains(byte) { return index + 1 }
            // A malformed sequence ends at the first byte that cannot belong to it.
            if !(0x20...0x3F).contains(byte) { return index }
            index += 1
        }
        return index
    }

    /// An OSC/DCS-style string, ended by BEL, ESC \ or ST; a newline also ends a broken one.
    private static func endOfString(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x07 { return index + 1 }
            if byte == 0x1B { return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\\") ? index + 2 : index + 1 }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x9C { return index + 2 }
            if byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return index
    }
}
