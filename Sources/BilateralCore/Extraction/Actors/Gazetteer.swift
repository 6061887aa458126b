import Foundation

/// The actor catalogue (`Resources/actors.json`): who can be mentioned and by which names.
public struct Gazetteer: Sendable {
    /// A dated office: `President` of `RUS` from 2012-05-07.
    public struct Role: Sendable, Codable, Equatable {
        public var title: String
        public var of: String
        public var from: PartialDate?
        public var to: PartialDate?

        /// True when `date` lies in the term (open ends count as unbounded).
        public func covers(_ date: PartialDate) -> Bool {
            if let from, date < from.truncated(to: min(from.precision, date.precision)) { return false }
            if let to, to.truncated(to: min(to.precision, date.precision)) < date { return false }
            return true
        }
    }

    /// One catalogue entry with every way the text may name it.
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var kind: Actor.Kind
        public var name: String
        public var aliases: [String]
        public var adjectives: [String]
        public var metonyms: [String]
        public var titles: [String]
        public var surnames: [String]
        public var affiliation: String?
        public var roles: [Role]
        /// For an organisation, the states that sit in it: its summit with them is their gathering, not its stance.
        public var members: [String]

        public init(
            id: String, kind: Actor.Kind, name: String, aliases: [String] = [], adjectives: [String] = [],
            metonyms: [String] = [], titles: [String] = [], surnames: [String] = [], affiliation: String? = nil,
            roles: [Role] = [], members: [String] = []
        ) {
            self.id = id
            self.kind = kind
            self.name = name
            self.aliases = aliases
            self.adjectives = adjectives
            self.metonyms = metonyms
            self.titles = titles
            self.surnames = surnames
            self.affiliation = affiliation
            self.roles = roles
            self.members = members
        }

        enum CodingKeys: String, CodingKey {
            case id, kind, name, aliases, adjectives, metonyms, titles, surnames, affiliation, roles, members
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            kind = try container.decode(Actor.Kind.self, forKey: .kind)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            adjectives = try container.decodeIfPresent([String].self, forKey: .adjectives) ?? []
            metonyms = try container.decodeIfPresent([String].self, forKey: .metonyms) ?? []
            titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? []
            surnames = try container.decodeIfPresent([String].self, forKey: .surnames) ?? []
            affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
            roles = try container.decodeIfPresent([Role].self, forKey: .roles) ?? []
            members = try container.decodeIfPresent([String].self, forKey: .members) ?? []
        }

        /// The model's view of the entry.
        public var actor: Actor { Actor(id: id, name: name, kind: kind, affiliation: affiliation) }

        /// The state or organisation the entry counts as when scoring stances.
        public var principal: String { affiliation ?? id }
    }

    private struct File: Decodable {
        var actors: [Entry]
        var otherNames: [String]?
        var agreements: [String]?
    }

    public let entries: [Entry]
    /// Places and people that are no actor but spell within one letter of one ("Palawan", "Johnston"): never read
    /// as a misspelt actor.
    public let otherNames: [String]
    /// Names of pacts, accords and initiatives ("AUKUS", "the Abraham Accords"): a deal between actors is no actor
    /// itself, and no name inside it ("Camp David") is a party.
    public let agreements: [String]
    private let byID: [String: Int]
    /// Each role with its entry's index, by the state it is of and its lower-cased title, so that `holder`
    /// reads the few roles of that title rather than lower-casing every title of the catalogue.
    private let rolesByTitle: [RoleKey: [(entry: Int, role: Role)]]

    private struct RoleKey: Hashable {
        var state: String
        var title: String
    }

    public init(entries: [Entry], otherNames: [String] = [], agreements: [String] = []) {
        self.entries = entries
        self.otherNames = otherNames
        self.agreements = agreements
        var byID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where byID[entry.id] == nil {
            byID[entry.id] = index
        }
        self.byID = byID
        var rolesByTitle: [RoleKey: [(entry: Int, role: Role)]] = [:]
        for (index, entry) in entries.enumerated() {
            for role in entry.roles {
                rolesByTitle[RoleKey(state: role.of, title: role.title.lowercased()), default: []].append((index, role))
            }
        }
        self.rolesByTitle = rolesByTitle
    }

    /// Decodes the `actors.json` format.
    /// - Throws: `ResourceError.malformed` naming the reason.
    public init(data: Data, name: String = "actors.json") throws(ResourceError) {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            self.init(entries: file.actors, otherNames: file.otherNames ?? [], agreements: file.agreements ?? [])
        } catch {
            throw .malformed(name: name, reason: String(describing: error))
        }
    }

    /// The built-in catalogue, compiled into the binary.
    public static func bundled() throws(ResourceError) -> Gazetteer {
        try Gazetteer(data: DataFile.actors.builtinData(), name: "actors.json")
    }

    public func entry(_ id: String) -> Entry? {
        byID[id].map { entries[$0] }
    }

    /// The state or organisation `id` counts as (itself when it has no affiliation).
    public func principal(of id: String) -> String {
        entry(id)?.principal ?? id
    }

    /// Whether `state` sits in the organisation `body` (by principal: a state's leader counts for the state).
    public func isMember(_ state: String, of body: String) -> Bool {
        guard let entry = entry(body), !entry.members.isEmpty else { return false }
        return entry.members.contains(principal(of: state))
    }

    /// The person holding `title` (case-insensitive) of `state` on `date`, when exactly one does.
    public func holder(of title: String, state: String, on date: PartialDate) -> String? {
        // The entries (in catalogue order) holding a role of that title and state on the date; one is an answer.
        var holder: Int?
        for (entry, role) in rolesByTitle[RoleKey(state: state, title: title.lowercased())] ?? [] where role.covers(date) {
            if let found = holder, found != entry { return nil }
            holder = entry
        }
        return holder.map { entries[$0].id }
    }

    /// Every role title, lower-cased, longest first, so "foreign minister" wins over "minister".
    public var roleTitles: [String] {
        Array(Set(entries.flatMap { $0.roles.map { $0.title.lowercased() } })).sorted { $0.count > $1.count }
    }
}

/// A built-in data file that is missing or does not decode.
public enum ResourceError: Error, Equatable, CustomStringConvertible {
    case missing(name: String)
    case malformed(name: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let name): return "\(name): not built into this binary"
        case .malformed(let name, let reason): return "\(name): \(reason)"
        }
    }
}
