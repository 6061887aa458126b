/// "Saudi Arabia expelled the envoy. Kuwait did the same.": the act an elliptical clause repeats is the one stated
/// just before it, in its own sentence or the one before, so the copy is made here, where sentences follow each other
/// (issue 15, recall class 2).
extension ArticleExtraction {
    /// Stances the sentence's elliptical repeats hold: each act of the repeated holder toward its targets, given to
    /// the repeat's holders. `here` are the sentence's own stances, `before` those of the last sentence that had any.
    static func repeatedActs(_ repeats: [StanceFinder.EllipticalRepeat], view: SentenceView, here: [Stance], before: [Stance],
                             gazetteer: Gazetteer, text: TextSlice, line: Int) -> [Stance] {
        var made: [Stance] = []
        for repeated in repeats {
            let holders = repeated.holders.map { view.mentions[$0] }
            let newHolders = Set(holders.map { gazetteer.principal(of: $0.actor) })
            // An act in this sentence counts when its holder is named before the marker and is not a repeater.
            let earlierHere = here.filter { stance in
                let holder = gazetteer.principal(of: stance.holder)
                return !newHolders.contains(holder) && view.mentions.contains {
                    $0.tokens.lowerBound < repeated.marker.lowerBound && !$0.isPronoun && gazetteer.principal(of: $0.actor) == holder
                }
            }
            let source = earlierHere.isEmpty ? before : earlierHere
            guard let last = source.last else { continue }
            let doer = gazetteer.principal(of: last.holder)
            guard !newHolders.contains(doer) else { continue }
            let cue = repeated.marker.map { view.tokens[$0].text }.joined(separator: " ")
            var seen = Set<String>()
            for act in source where gazetteer.principal(of: act.holder) == doer {
                let target = gazetteer.principal(of: act.target)
                for holder in holders {
                    let principal = gazetteer.principal(of: holder.actor)
                    guard principal != target, seen.insert("\(principal)>\(target)\(act.polarity.rawValue)").inserted else { continue }
                    made.append(Stance(article: act.article, holder: holder.actor, target: act.target, polarity: act.polarity,
                                       score: act.score, category: act.category, cue: cue, evidenceSlice: text, line: line))
                }
            }
        }
        return made
    }
}
