/// Text with no sentence end for pages (a list of names, a scraped table) must not become one
/// "sentence": the stance rules look at every actor of a sentence for every cue in it, so their cost
/// grows with the square of its length (400 KB took 10 s, 20 MB never ended).
extension SentenceBoundaries {
    /// The longest sentence kept whole, in UTF-8 bytes: more than twice the longest found in the
    /// seeds and every fixture (524), about 200 words.
    static let sentenceByteLimit = 1_200

    /// Cuts every range of `ranges` longer than `limit` bytes into pieces of at most `limit` bytes:
    /// after the last comma, semicolon or colon in the second half of each piece, else at its last space,
    /// else (one unbroken word) at the last scalar boundary.
    static func splitOverlong(_ ranges: inout [(Int, Int)], in text: UTF8Text, limit: Int = sentenceByteLimit) {
        guard ranges.contains(where: { $0.1 - $0.0 > limit }) else { return }
        var pieces: [(Int, Int)] = []
        pieces.reserveCapacity(ranges.count + 8)
        for (start, end) in ranges {
            var from = start
            while end - from > limit {
                let cut = cutPoint(in: text, from: from, limit: limit)
                pieces.append((from, cut))
                from = cut
            }
            pieces.append((from, end))
        }
        ranges = pieces
    }

    /// Where the piece that starts at `from` ends, between `from + limit / 2` and `from + limit`.
    private static func cutPoint(in text: UTF8Text, from: Int, limit: Int) -> Int {
        let window = (from + limit / 2)..<(from + limit)
        var lastSpace: Int?
        for index in window.reversed() {
            let byte = text[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x09 else { continue }
            let before = text[index - 1]
            if before == UInt8(ascii: ",") || before == UInt8(ascii: ";") || before == UInt8(ascii: ":") { return index }
            if lastSpace == nil { lastSpace = index }
        }
        if let lastSpace { return lastSpace }
        var cut = window.upperBound
        while cut > window.lowerBound, text[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
