/// An actor named in a sentence: which tokens name it and how.
struct ActorMention: Sendable, Equatable {
    var actor: String
    /// Token indices in the sentence.
    var tokens: Range<Int>
    var source: MentionIndex.Source
    /// Followed by `'s`: the actor owns the next noun ("Japan's sanctions").
    var isPossessive: Bool
    /// Stands for someone named earlier ("he" for the last person).
    var isPronoun: Bool = false
    /// The actor's kind and the state or organisation it counts as, looked up once.
    var kind: Actor.Kind = .state
    var principal: String = ""
}
