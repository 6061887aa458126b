/// Turns byte offsets within a line into Character offsets, walking each line once.
struct ColumnMapper {
    private let text: UTF8Text
    private let lineStarts: [Int]
    private var line = 0
    private var byteOffset = 0
    private var characterOffset = 0
    /// The line as a string of its own, made when grapheme breaking is needed on it.
    private var lineText: String?

    /// `lineStarts` as `SentenceSplitter.lineStarts` lays them out.
    init(text: UTF8Text, lineStarts: [Int]) {
        self.text = text
        self.lineStarts = lineStarts
    }

    /// The Character column of byte `byte` of line `number` (1-based), which must fall on a
    /// Character boundary; calls on a line must not go backwards.
    mutating func position(line number: Int, byte target: Int) -> Int {
        if number != line || target < byteOffset { reset(to: number) }
        let lineStart = lineStarts[number - 1]
        let byteCount = lineStarts[number] - 1 - lineStart
        let from = byteOffset
        var byteOffset = from
        // Grapheme breaking is slow; when every scalar around the step stands alone, scalars are Characters.
        var standalone = byteOffset == 0 || Self.isStandalone(text.scalar(at: text.start(before: lineStart + byteOffset)).scalar)
        var stepped = 0
        let limit = min(target, byteCount)
        while byteOffset < limit {
            // Eight ASCII bytes at a time: each is a scalar that stands alone (CR never reaches here).
            if limit - byteOffset >= 8, Self.isASCII(text, at: lineStart + byteOffset) {
                byteOffset += 8
                stepped += 8
                continue
            }
            let (next, width) = text.scalar(at: lineStart + byteOffset)
            if standalone, !Self.isStandalone(next) { standalone = false }
            byteOffset += width
            stepped += 1
        }
        if standalone, byteOffset < byteCount, !Self.isStandalone(text.scalar(at: lineStart + byteOffset).scalar) { standalone = false }
        if standalone {
            characterOffset += stepped
        } else {
            // Sentence edges sit next to spaces and punctuation, so they are Character boundaries.
            let line = lineText ?? text.string(lineStart..<(lineStart + byteCount))
            lineText = line
            let utf8 = line.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: from)
            characterOffset += line[start..<utf8.index(start, offsetBy: byteOffset - from)].count
        }
        self.byteOffset = byteOffset
        return characterOffset
    }

    private static func isASCII(_ text: UTF8Text, at offset: Int) -> Bool {
        UnsafeRawBufferPointer(text.bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    }

    /// A scalar that is always a Character of its own, whatever its neighbours: Latin-1 and Latin
    /// Extended letters (not CR, nor the emoji-capable © and ®) and the dashes and quotes of U+2010–U+2027.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x300 && value != 0x0D && value != 0xA9 && value != 0xAE) || (0x2010...0x2027).contains(value)
    }

    private mutating func reset(to number: Int) {
        line = number
        byteOffset = 0
        characterOffset = 0
        lineText = nil
    }
}
