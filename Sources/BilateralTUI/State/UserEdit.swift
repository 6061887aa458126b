import BilateralCore

/// A change the user made to their own data, for the run loop to save in the store (update stays pure).
public enum UserEdit: Sendable, Hashable {
    /// The marks of the article whose `marksKey` is `articleKey` are now `marks`.
    case marks(articleKey: String, ArticleMarks)
    /// The stance at index `stance` of the model now has `verdict` (nil: none).
    case verdict(stance: Int, StanceVerdict?)
}
