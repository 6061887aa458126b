import Foundation

/// Reads a pair as a user writes it (`IND-CHN`, `india-china`, `united-states-china`, `Putin-Abe`):
/// two gazetteer actors, each by id, name or alias, persons and bodies taken as the state they act for.
public struct PairName: Sendable {
    private var byKey: [String: String] = [:]
    private var known: [(id: String, keys: [String])] = []

    public init(gazetteer: Gazetteer, extra actors: [Actor] = []) {
        for entry in gazetteer.entries {
            add(entry.id, principal: entry.principal, names: [entry.name] + entry.aliases)
        }
        for actor in actors where byKey[actor.id.lowercased()] == nil {
            add(actor.id, principal: actor.affiliation ?? actor.id, names: [actor.name])
        }
    }

    private mutating func add(_ id: String, principal: String, names: [String]) {
        let keys = ([id] + names).map { $0.lowercased() }
        for key in keys {
            if byKey[key] == nil { byKey[key] = principal }
            let hyphenated = key.replacingOccurrences(of: " ", with: "-")
            if byKey[hyphenated] == nil { byKey[hyphenated] = principal }
        }
        known.append((id, keys))
    }

    /// The two ids `text` names, in its order.
    /// - Throws: `PairNameError` naming the part not understood and the closest known ids.
    public func resolve(_ text: String) throws(PairNameError) -> [String] {
        let written = text.trimmingCharacters(in: .whitespaces)
        let separators = written.indices.filter { "-–/,:".contains(written[$0]) }
        var unknownPart: String?
        for separator in separators {
            let left = String(written[..<separator]).trimmingCharacters(in: .whitespaces)
            let right = String(written[written.index(after: separator)...]).trimmingCharacters(in: .whitespaces)
            let first = lookup(left), second = lookup(right)
            if let first, let second {
                guard first != second else { throw PairNameError(text: text, part: right, reason: "names the same actor twice", closest: []) }
                return [first, second]
            }
            if unknownPart == nil, first != nil || second != nil { unknownPart = first == nil ? left : right }
        }
        guard !separators.isEmpty else {
            throw PairNameError(text: text, part: written, reason: "needs two actors joined by '-', like IND-CHN", closest: [])
        }
        let part = unknownPart ?? String(written[..<separators[0]])
        throw PairNameError(text: text, part: part, reason: "is no known actor", closest: closest(to: part))
    }

    private func lookup(_ part: String) -> String? {
        let key = part.lowercased()
        return byKey[key] ?? byKey[key.replacingOccurrences(of: "_", with: " ")]
    }

    /// The three ids whose id or name is fewest edits from `part`.
    func closest(to part: String) -> [String] {
        let key = part.lowercased()
        let scored = known.map { entry in (entry.id, entry.keys.map { Self.distance(key, $0) }.min() ?? Int.max) }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    /// Levenshtein distance, by characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// A `--pair` that does not name two known actors.
public struct PairNameError: Error, Equatable, CustomStringConvertible {
    public var text: String
    public var part: String
    public var reason: String
    public var closest: [String]

    /// `--pair XYZ-CHN: 'XYZ' is no known actor (closest: XKX, NZL, CYP)`.
    public var description: String {
        let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
        return "--pair \(text): '\(part)' \(reason)\(hint)"
    }
}
