/// The small pieces records are made of: dates, positions, line ranges, quotes of the text.
extension ExtractedArticleCodec {
    /// The stretches of text an article's events and stances quote (see `QuotedText`), with where each starts in
    /// the whole text, so that a record read without its body still quotes them.
    struct Quotes {
        var stretches: [Range<Int>] = []
        /// Their text, one after another, in storage of its own (nil when nothing is quoted).
        var storage: TextSlice.Storage?
        var starts: [Int] = []

        /// The quote of the whole text's `range`, from the stretch holding it.
        func slice(_ range: Range<Int>) throws(BinaryReader.Damaged) -> TextSlice {
            guard let storage, let index = QuotedText.holding(range, in: stretches) else { throw BinaryReader.Damaged() }
            let start = starts[index] + range.lowerBound - stretches[index].lowerBound
            return TextSlice(storage: storage, utf8: start..<(start + range.count))
        }
    }

    static func writeQuotes(of item: ExtractedArticle, storage: TextSlice.Storage, to out: inout BinaryWriter) {
        var ranges: [Range<Int>] = []
        for event in item.events where event.sentenceSlice.isSlice(of: storage) { ranges.append(event.sentenceSlice.utf8Range) }
        for stance in item.stances where stance.evidenceSlice.isSlice(of: storage) { ranges.append(stance.evidenceSlice.utf8Range) }
        let stretches = QuotedText.stretches(ranges)
        out.unsigned(UInt64(stretches.count))
        guard !stretches.isEmpty else { return }
        let utf8 = Array(storage.text.utf8)
        for stretch in stretches {
            out.int(stretch.lowerBound)
            out.unsigned(UInt64(stretch.count))
            out.raw(Array(utf8[stretch]))
        }
    }

    /// The quoted stretches `writeQuotes` wrote, appended to `arena` when there is one, else in storage of their own.
    static func readQuotes(_ input: inout BinaryReader, arena: inout QuoteArena?) throws(BinaryReader.Damaged) -> Quotes {
        let count = try input.count()
        guard count > 0 else { return Quotes() }
        var quotes = Quotes()
        quotes.stretches.reserveCapacity(count)
        quotes.starts.reserveCapacity(count)
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(count)
        var length = arena?.count ?? 0
        var previousEnd = 0
        for _ in 0..<count {
            let lower = try input.int()
            let piece = try input.stringRange()
            let upper = lower + piece.count
            // Sorted and apart, as `QuotedText.stretches` makes them: anything else is damage.
            guard lower >= previousEnd, lower >= 0 else { throw BinaryReader.Damaged() }
            previousEnd = upper + 1
            quotes.stretches.append(lower..<upper)
            quotes.starts.append(length)
            pieces.append(piece)
            length += piece.count
        }
        if arena != nil {
            arena?.append(pieces, of: input)
            quotes.storage = arena?.pending
        } else {
            quotes.storage = TextSlice.Storage.make(input.joinedString(pieces))
        }
        return quotes
    }

    static func write(_ date: PartialDate?, to out: inout BinaryWriter) {
        guard let date else { return out.int(0) }
        out.int(date.year)
        out.int(date.month ?? 0)
        out.int(date.day ?? 0)
    }

    static func readDate(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> PartialDate? {
        let year = try input.int()
        guard year != 0 else { return nil }
        let month = try input.int()
        let day = try input.int()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw BinaryReader.Damaged()
        }
        return date
    }

    static func write(_ position: TextPosition, to out: inout BinaryWriter) {
        out.int(position.line)
        out.int(position.column)
    }

    static func readPosition(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> TextPosition {
        TextPosition(line: try input.int(), column: try input.int())
    }

    static func write(_ range: LineRange, to out: inout BinaryWriter) {
        out.int(range.first)
        out.int(range.last)
    }

    static func readRange(_ input: inout BinaryReader) throws(BinaryReader.Damaged) -> LineRange {
        LineRange(first: try input.int(), last: try input.int())
    }

    /// A slice of the article's text as offsets; any other text (made by hand, not by extraction) in full.
    static func write(_ slice: TextSlice, storage: TextSlice.Storage, to out: inout BinaryWriter) {
        if slice.isSlice(of: storage) {
            out.byte(0)
            out.int(slice.utf8Range.lowerBound)
            out.int(slice.utf8Range.upperBound)
        } else {
            out.byte(1)
            out.string(slice.string)
        }
    }

    /// A slice written by `write(_:storage:to:)`: offsets are turned into a quote by `quoting`.
    static func readSlice(
        _ input: inout BinaryReader, quoting: (Range<Int>) throws(BinaryReader.Damaged) -> TextSlice
    ) throws(BinaryReader.Damaged) -> TextSlice {
        switch try input.byte() {
        case 0:
            let lower = try input.int()
            let upper = try input.int()
            guard 0 <= lower, lower <= upper else { throw BinaryReader.Damaged() }
            return try quoting(lower..<upper)
        case 1:
            return TextSlice(try input.string())
        default:
            throw BinaryReader.Damaged()
        }
    }
}
