/// A stretch of text held as UTF-8 offsets into storage that a whole article shares, so that its
/// sentences, events and stances quote the text without a copy and with a one-word reference.
struct TextSlice: Sendable, Hashable {
    /// The text the slices of one article share.
    final class Storage: Sendable {
        let text: String

        init(_ text: String) {
            self.text = text
        }
    }

    private let storage: Storage
    private let utf8Start: Int32
    private let utf8End: Int32

    /// The whole of `text`, in storage of its own.
    init(_ text: String) {
        self.init(storage: Storage(text), utf8: 0..<text.utf8.count)
    }

    /// UTF-8 offsets `utf8` of the storage's text; they must fall on scalar boundaries.
    init(storage: Storage, utf8: Range<Int>) {
        self.storage = storage
        utf8Start = Int32(truncatingIfNeeded: utf8.lowerBound)
        utf8End = Int32(truncatingIfNeeded: utf8.upperBound)
    }

    var substring: Substring {
        let text = storage.text
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(utf8Start))
        return text[lower..<utf8.index(lower, offsetBy: Int(utf8End - utf8Start))]
    }

    var string: String { String(substring) }

    static func == (lhs: TextSlice, rhs: TextSlice) -> Bool {
        lhs.substring == rhs.substring
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(substring)
    }
}
