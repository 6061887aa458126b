import BilateralCore
import TerminalUI

/// How an actor is written on screen: by its name, never by a raw id (`rus-mfa` is the
/// Russian foreign ministry); a short form only where the column is too narrow for the name.
enum ActorLabel {
    /// The name when it fits in `columns`; else the short form (a state's or organisation's
    /// code, a person's surname) when that fits; else the name clipped with an ellipsis. An id
    /// the model does not know is all there is to show.
    static func text(_ actor: Actor?, id: String, columns: Int = .max) -> String {
        guard let actor else { return Clip.text(id, to: columns) }
        if actor.name.displayWidth <= columns { return actor.name }
        if let short = shortForm(of: actor), short.displayWidth <= columns { return short }
        return Clip.text(actor.name, to: columns)
    }

    /// `RUS`, `NATO`, `UNSC`, `Putin`: what people write when the name is too long; nil for a
    /// body or organisation whose id is a slug.
    static func shortForm(of actor: Actor) -> String? {
        switch actor.kind {
        case .person: return actor.name.split(separator: " ").last.map(String.init)
        case .state, .organisation, .body: return isCode(actor.id) ? actor.id : nil
        }
    }

    /// A code people read (`RUS`, `NATO`, `G7`), as opposed to a slug (`rus-mfa`).
    static func isCode(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 6 && id.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII }
    }

    /// `Russia – Japan`; where that does not fit in `columns`, the longer name gives way to its
    /// short form first (`Japan – NATO`), then both (`RUS – JPN`), then the names clipped.
    static func pair(_ actors: [Actor?], ids: [String], columns: Int = .max) -> String {
        let names = zip(actors, ids).map { text($0, id: $1) }
        let shorts = zip(actors, names).map { actor, name in actor.flatMap(shortForm) ?? name }
        var candidates = [names]
        if names.count == 2 {
            let oneShort = [[names[0], shorts[1]], [shorts[0], names[1]]]
            candidates += oneShort.sorted { $0.joined().displayWidth > $1.joined().displayWidth }
        }
        candidates.append(shorts)
        for candidate in candidates {
            let joined = candidate.joined(separator: " – ")
            if joined.displayWidth <= columns { return joined }
        }
        return Clip.text(names.joined(separator: " – "), to: columns)
    }
}
