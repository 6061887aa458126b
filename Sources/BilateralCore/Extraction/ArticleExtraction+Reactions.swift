/// "Syria condemned the strikes": the reaction's target is the doer of the latest act of that kind stated in this
/// sentence or the two before, so the link is made here, where sentences follow each other (issue 15, recall
/// class 6).
extension ArticleExtraction {
    static func reactionStances(_ reactions: [StanceFinder.NamedActReaction], view: SentenceView, here: [Stance], recent: [Stance],
                                gazetteer: Gazetteer, text: TextSlice, line: Int) -> [Stance] {
        var made: [Stance] = []
        for reaction in reactions {
            let reactors = reaction.holders.map { view.mentions[$0] }
            let own = Set(reactors.map { gazetteer.principal(of: $0.actor) })
            guard let act = (recent + here).last(where: {
                guard !own.contains(gazetteer.principal(of: $0.holder)) else { return false }
                // A retaliation answers a hostile act aimed at the one retaliating.
                if reaction.actRoot == 0 { return $0.polarity == .conflictual && own.contains(gazetteer.principal(of: $0.target)) }
                return Int($0.category.prefix(2)) == reaction.actRoot
            }) else { continue }
            let doer = gazetteer.principal(of: act.holder)
            for reactor in reactors {
                let holder = gazetteer.principal(of: reactor.actor)
                let (score, category) = reaction.mirrorsAct ? (act.score, act.category) : (reaction.score, reaction.category)
                let polarity = Stance.Polarity(score: score)
                let known = (here + made).contains {
                    gazetteer.principal(of: $0.holder) == holder && gazetteer.principal(of: $0.target) == doer && $0.polarity == polarity
                }
                guard !known, holder != doer else { continue }
                made.append(Stance(article: act.article, holder: reactor.actor, target: act.holder, polarity: polarity, score: score,
                                   category: category, cue: reaction.cue, evidenceSlice: text, line: line))
            }
        }
        return made
    }
}
