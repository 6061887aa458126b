/// A stretch of text held as UTF-8 offsets into storage that a whole article shares, so that its
/// sentences, events and stances quote the text without a copy and with a one-word reference.
struct TextSlice: Sendable, Hashable {
    /// The text the slices of one article share, with where its lines start when it holds lines,
    /// in one allocation (an array of its own would cost a header and an allocation per article).
    // Unchecked: the buffer's header and elements are written once, in `make`, and only read after.
    struct Storage: @unchecked Sendable {
        private let buffer: Buffer

        static func make(_ text: String, lineStarts: [Int32] = []) -> Storage {
            let created = Buffer.create(minimumCapacity: lineStarts.count) { _ in
                TextStorageHeader(text: text, lineStartCount: lineStarts.count)
            }
            let buffer = unsafeDowncast(created, to: Buffer.self)
            buffer.withUnsafeMutablePointerToElements { elements in
                lineStarts.withUnsafeBufferPointer { source in
                    if let base = source.baseAddress { elements.initialize(from: base, count: source.count) }
                }
            }
            return Storage(buffer: buffer)
        }

        var text: String { buffer.withUnsafeMutablePointerToHeader { $0.pointee.text } }
        var lineStartCount: Int { buffer.withUnsafeMutablePointerToHeader { $0.pointee.lineStartCount } }

        func lineStart(_ index: Int) -> Int32 {
            buffer.withUnsafeMutablePointerToElements { $0[index] }
        }

        /// True when both are the very same storage (the store writes a slice of the article's text as offsets).
        func isSame(as other: Storage) -> Bool { buffer === other.buffer }
    }

    final class Buffer: ManagedBuffer<TextStorageHeader, Int32> {}

    private let storage: Storage
    private let utf8Start: Int32
    private let utf8End: Int32

    /// The whole of `text`, in storage of its own.
    init(_ text: String) {
        self.init(storage: Storage.make(text), utf8: 0..<text.utf8.count)
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

    /// The UTF-8 offsets of the slice within its storage's text.
    var utf8Range: Range<Int> { Int(utf8Start)..<Int(utf8End) }

    /// The same offsets of `other` (the storage a `QuoteArena` is sealed into, for slices of its placeholder).
    func rehomed(to other: Storage) -> TextSlice {
        TextSlice(storage: other, utf8: utf8Range)
    }

    /// True when both quote the same storage (a test's view of `QuoteArena`).
    func sharesStorage(with other: TextSlice) -> Bool { storage.isSame(as: other.storage) }

    /// True when the slice quotes `other` rather than text of its own.
    func isSlice(of other: Storage) -> Bool { storage.isSame(as: other) }

    static func == (lhs: TextSlice, rhs: TextSlice) -> Bool {
        lhs.substring == rhs.substring
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(substring)
    }
}

/// What a `TextSlice.Storage` keeps before its line starts.
struct TextStorageHeader {
    let text: String
    let lineStartCount: Int
}
