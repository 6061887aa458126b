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

    /// `Russia – Japan`, or `RUS – JPN` when the names do not fit in `columns`.
    static func pair(_ actors: [Actor?], ids: [String], columns: Int = .max) -> String {
        let names = zip(actors, ids).map { text($0, id: $1) }.joined(separator: " – ")
        if names.displayWidth <= columns { return names }
        let short = zip(actors, ids).map { actor, id in actor.flatMap(shortForm) ?? text(actor, id: id) }.joined(separator: " – ")
        return short.displayWidth <= columns ? short : Clip.text(names, to: columns)
    }
}
