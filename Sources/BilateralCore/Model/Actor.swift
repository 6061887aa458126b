/// Someone who can hold a stance: a state, an organisation, a person or a body.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case state, organisation, person, body
    }

    /// ISO 3166-1 alpha-3 for a state, the acronym for an organisation, a slug otherwise.
    public var id: String
    public var name: String
    public var kind: Kind
    /// The state or organisation a person or body acts for.
    public var affiliation: String?

    public init(id: String, name: String, kind: Kind, affiliation: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
    }
}

/// One place in an article's text that names an actor.
public struct Mention: Sendable, Hashable {
    // A number and 32-bit lengths: a corpus holds hundreds of thousands of mentions.
    private(set) var actorNumber: UInt32
    public var start: TextPosition
    private var storedLength: Int32

    public var actor: String {
        get { SharedStrings.string(actorNumber) }
        set { actorNumber = SharedStrings.number(of: newValue) }
    }

    /// Length in Characters; a mention never spans lines.
    public var length: Int {
        get { Int(storedLength) }
        set { storedLength = Int32(clamping: newValue) }
    }

    public init(actor: String, start: TextPosition, length: Int) {
        self.init(actorNumber: SharedStrings.number(of: actor), start: start, length: length)
    }

    init(actorNumber: UInt32, start: TextPosition, length: Int) {
        self.actorNumber = actorNumber
        self.start = start
        self.storedLength = Int32(clamping: length)
    }
}
