/// Finds actors by what a user types (an id, a name, a form the articles use) and knows
/// who acts for whom, so a state's filter also catches its leaders and ministries.
struct ActorDirectory: Sendable {
    /// Lower-cased id, name or surface form → actor ids.
    private let byKey: [String: Set<String>]
    /// Actor id → itself and every actor acting for it, directly or through others.
    private let members: [String: Set<String>]
    private let affiliation: [String: String]

    /// How many mentions per actor are read back from the text to learn its surface forms.
    private static let surfaceSamples = 40

    init(model: CorpusModel) {
        var byKey: [String: Set<String>] = [:]
        func add(_ key: String, _ id: String) {
            let folded = key.lowercased()
            guard !folded.isEmpty else { return }
            byKey[folded, default: []].insert(id)
        }
        var affiliation: [String: String] = [:]
        for actor in model.actors {
            add(actor.id, actor.id)
            add(actor.name, actor.id)
            add(actor.name.replacingOccurrences(of: " ", with: "-"), actor.id)
            if let parent = actor.affiliation, parent != actor.id { affiliation[actor.id] = parent }
        }
        for stance in model.stances {
            add(stance.holder, stance.holder)
            add(stance.target, stance.target)
        }
        for analysis in model.analyses {
            for id in analysis.mentionCounts.keys { add(id, id) }
        }
        var samples: [String: Int] = [:]
        for (index, analysis) in model.analyses.enumerated() where model.articles.indices.contains(index) {
            let lines = model.articles[index].lines
            for mention in analysis.mentions where samples[mention.actor, default: 0] < Self.surfaceSamples {
                guard lines.indices.contains(mention.start.line - 1) else { continue }
                let surface = lines[mention.start.line - 1].dropFirst(mention.start.column).prefix(mention.length)
                add(String(surface), mention.actor)
                samples[mention.actor, default: 0] += 1
            }
        }
        var members: [String: Set<String>] = [:]
        for id in Set(byKey.values.joined()).union(affiliation.keys) {
            members[id, default: []].insert(id)
            var seen: Set<String> = [id]
            var current = id
            while let parent = affiliation[current], seen.insert(parent).inserted {
                members[parent, default: [parent]].insert(id)
                current = parent
            }
        }
        self.byKey = byKey
        self.members = members
        self.affiliation = affiliation
    }

    /// The actors `value` names, with everyone acting for them; an id not seen anywhere still matches itself.
    func resolve(_ value: String) -> Set<String> {
        let key = value.lowercased().replacingOccurrences(of: "_", with: " ")
        var ids = byKey[key] ?? byKey[key.replacingOccurrences(of: " ", with: "-")] ?? []
        if ids.isEmpty, key.count >= 2 {
            // A name being typed: every actor whose id or name starts with it.
            for (candidate, found) in byKey where candidate.hasPrefix(key) { ids.formUnion(found) }
        }
        if ids.isEmpty { ids = [value] }
        return ids.reduce(into: Set<String>()) { result, id in result.formUnion(members[id] ?? [id]) }
    }

    /// The state or organisation an actor counts as: itself, or what it acts for, followed up.
    func principal(of id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let parent = affiliation[current], seen.insert(parent).inserted { current = parent }
        return current
    }
}
