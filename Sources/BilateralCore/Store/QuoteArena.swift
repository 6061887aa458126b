/// The quoted text (events' sentences, stances' evidence) of all the articles one decoding worker reads without
/// their bodies, one after another in one storage, rather than in a storage and a string of their own per article:
/// at 100,000 articles those two heap objects per article were about 100 B each in headers and malloc's rounding.
///
/// Quotes are made while the storage is still being filled, so they first point at `pending`, a placeholder that is
/// never read; once the worker's files are decoded, `sealed()` makes the storage and `GatheredArticles.requote`
/// points them at it (same offsets).
struct QuoteArena {
    /// What quotes point at until the arena is sealed.
    let pending = TextSlice.Storage.make("")
    private var bytes: [UInt8] = []

    init(reserving capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The arena's length in UTF-8 bytes: where the next pieces will start.
    var count: Int { bytes.count }

    /// Appends the strings at `ranges` of `input`'s bytes (from `BinaryReader.stringRange()`), one after another.
    mutating func append(_ ranges: [Range<Int>], of input: BinaryReader) {
        input.copy(ranges, to: &bytes)
    }

    /// The arena's text in storage of exactly its size, or nil when its bytes are not UTF-8 (a damaged record: a
    /// repaired string would move every later quote).
    func sealed() -> TextSlice.Storage? {
        let text = bytes.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: source.count) { target in
                _ = target.initialize(from: source)
                return source.count
            }
        }
        guard text.utf8.count == bytes.count else { return nil }
        return TextSlice.Storage.make(text)
    }
}
