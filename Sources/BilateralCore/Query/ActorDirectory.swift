import Foundation

/// Finds actors by what a user types (an id, a name, a form the articles use) and knows
/// who acts for whom, so a state's filter also catches its leaders and ministries.
struct ActorDirectory: Sendable {
    /// Every actor id in the model, numbered in order of first sight.
    private(set) var ids: [String] = []
    private var numbers: [String: Int] = [:]
    /// Lower-cased id, name or surface form → actor numbers.
    private var byKey: [String: Set<Int>] = [:]
    /// Actor number → itself and every actor acting for it, directly or through others.
    private var members: [Set<Int>] = []
    /// Actor number → the state or organisation it counts as.
    private(set) var principals: [Int] = []

    /// How many mentions per actor are read back from the text to learn its surface forms.
    private static let surfaceSamples = 40
    private static let batch = 256

    init(model: CorpusModel) {
        var affiliation: [Int: Int] = [:]
        for actor in model.actors {
            let number = intern(actor.id)
            add(actor.name, number)
            add(actor.name.replacingOccurrences(of: " ", with: "-"), number)
            if let parent = actor.affiliation, parent != actor.id { affiliation[number] = intern(parent) }
        }
        for stance in model.stances {
            intern(stance.holder)
            intern(stance.target)
        }
        for event in model.events {
            for id in event.actors { intern(id) }
        }
        var samples: [Int: Int] = [:]
        // Bodies are read (back from the store, when the model holds articles without them) only for the articles
        // of a batch that mention an actor still short of samples: after the first few hundred, almost none.
        var bodies: [Int: ArticleLines] = [:]
        for (index, analysis) in model.analyses.enumerated() {
            if index % Self.batch == 0 {
                let batch = index..<max(index, min(model.analyses.count, model.articles.count, index + Self.batch))
                let needed = batch.filter { article in
                    model.analyses[article].mentions.contains { samples[numbers[$0.actor] ?? -1, default: 0] < Self.surfaceSamples }
                }
                bodies = Dictionary(uniqueKeysWithValues: zip(needed, model.bodies.withBodies(needed.map { model.articles[$0] }).map(\.lines)))
            }
            for id in analysis.mentionCounts.keys { intern(id) }
            let lines = bodies[index] ?? []
            for mention in analysis.mentions {
                let number = intern(mention.actor)
                guard samples[number, default: 0] < Self.surfaceSamples, lines.indices.contains(mention.start.line - 1) else { continue }
                let surface = lines.line(mention.start.line - 1).dropFirst(mention.start.column).prefix(mention.length)
                add(String(surface), number)
                samples[number, default: 0] += 1
            }
        }
        members = ids.indices.map { [$0] }
        principals = Array(ids.indices)
        for number in ids.indices {
            var seen: Set<Int> = [number]
            var current = number
            while let parent = affiliation[current], seen.insert(parent).inserted {
                members[parent].insert(number)
                current = parent
            }
            principals[number] = current
        }
    }

    @discardableResult
    private mutating func intern(_ id: String) -> Int {
        if let number = numbers[id] { return number }
        let number = ids.count
        ids.append(id)
        numbers[id] = number
        add(id, number)
        return number
    }

    private mutating func add(_ key: String, _ number: Int) {
        let folded = key.lowercased()
        guard !folded.isEmpty else { return }
        byKey[folded, default: []].insert(number)
    }

    /// The number of an actor id, or -1 for an id the model never uses.
    func number(of id: String) -> Int {
        numbers[id] ?? -1
    }

    /// The actors `value` names (id, name, or a form the articles use), with everyone acting for them.
    func resolve(_ value: String) -> Set<Int> {
        let key = value.lowercased().replacingOccurrences(of: "_", with: " ")
        var found = byKey[key] ?? byKey[key.replacingOccurrences(of: " ", with: "-")] ?? []
        if found.isEmpty, key.count >= 2 {
            // A name being typed: every actor whose id or name starts with it.
            for (candidate, numbers) in byKey where candidate.hasPrefix(key) { found.formUnion(numbers) }
        }
        return found.reduce(into: Set<Int>()) { result, number in result.formUnion(members[number]) }
    }

    /// `resolve(value)` as a lookup table indexed by actor number.
    func mask(_ value: String) -> [Bool] {
        var mask = [Bool](repeating: false, count: ids.count)
        for number in resolve(value) { mask[number] = true }
        return mask
    }

    /// The state or organisation an actor id counts as: itself, or what it acts for, followed up.
    func principal(of id: String) -> String {
        guard let number = numbers[id] else { return id }
        return ids[principals[number]]
    }
}
