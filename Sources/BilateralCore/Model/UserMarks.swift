/// What the user said about one article: kept in the store's own tables, never rebuilt or cleared with the
/// extraction results.
public struct ArticleMarks: Sendable, Hashable {
    public var read: Bool
    public var bookmarked: Bool
    /// Nil when the article has no note.
    public var note: String?

    public init(read: Bool = false, bookmarked: Bool = false, note: String? = nil) {
        self.read = read
        self.bookmarked = bookmarked
        self.note = note
    }

    /// True when there is nothing to keep.
    public var isEmpty: Bool { !read && !bookmarked && note == nil }
}

/// The user's judgement of an extracted stance.
public enum StanceVerdict: String, Sendable, Hashable, CaseIterable {
    /// Right: kept, and written to a gold file as required.
    case confirmed
    /// Wrong: left out of every score and count, and written to a gold file as a stance that must not be found.
    case rejected
}
