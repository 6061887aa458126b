/// An actor named in a sentence: which tokens name it and how.
///
/// The actor and its principal are held as their `SharedStrings` numbers, as `Mention` holds its actor: mentions
/// are copied and freed by the thousand per article, and a value holding no strings needs no reference counting.
struct ActorMention: Sendable, Equatable {
    var actorNumber: UInt32
    /// Token indices in the sentence.
    var tokens: Range<Int>
    var source: MentionIndex.Source
    /// Followed by `'s`: the actor owns the next noun ("Japan's sanctions").
    var isPossessive: Bool
    /// Stands for someone named earlier ("he" for the last person).
    var isPronoun: Bool = false
    /// The actor's kind and the state or organisation it counts as, looked up once.
    var kind: Actor.Kind = .state
    /// `noPrincipal` until the mention is described.
    var principalNumber: UInt32 = Self.noPrincipal

    /// The number of "": the principal of a mention not yet described.
    static let noPrincipal = SharedStrings.number(of: "")

    init(actorNumber: UInt32, tokens: Range<Int>, source: MentionIndex.Source, isPossessive: Bool) {
        self.actorNumber = actorNumber
        self.tokens = tokens
        self.source = source
        self.isPossessive = isPossessive
    }

    init(actor: String, tokens: Range<Int>, source: MentionIndex.Source, isPossessive: Bool) {
        self.init(actorNumber: SharedStrings.number(of: actor), tokens: tokens, source: source, isPossessive: isPossessive)
    }

    /// The actor's id. Each read takes the shared table's lock: loops should compare `actorNumber`.
    var actor: String {
        get { SharedStrings.string(actorNumber) }
        set { actorNumber = SharedStrings.number(of: newValue) }
    }

    /// The id of the state or organisation the actor counts as; "" before the mention is described.
    var principal: String {
        get { SharedStrings.string(principalNumber) }
        set { principalNumber = SharedStrings.number(of: newValue) }
    }
}
