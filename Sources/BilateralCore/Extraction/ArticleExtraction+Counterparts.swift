/// "Moscow deployed missiles on the islands. Tokyo lodged a protest.": an act made to someone whose sentence names no
/// one else (`StanceFinder.addressedActsWithoutTarget`) is aimed at the other side of the pair the paragraph is about
/// (failing that, the article), when its holder is one side of it. A holder outside the pair gets nothing: who a third
/// state protests to is not known (issue 15, recall: the object named only in an earlier sentence) — unless it acts
/// jointly with one side: "Poland, Hungary and Slovakia imposed bans of their own" is each one's act toward Ukraine.
extension ArticleExtraction {
    static func counterpartStances(_ acts: [StanceFinder.NamedActReaction], view: SentenceView, here: [Stance], pair: [ActorMention]?,
                                   gazetteer: Gazetteer, article: String, text: TextSlice, line: Int) -> [Stance] {
        guard let pair, pair.count == 2 else { return [] }
        let sides = pair.map { SharedStrings.string($0.actorNumber) }
        var made: [Stance] = []
        for act in acts {
            // The side of the pair among the act's holders, if one is: its partners in the act share its addressee.
            let jointSide = act.holders.lazy.compactMap { sides.firstIndex(of: gazetteer.principal(of: view.mentions[$0].actor)) }.first
            for holderMention in act.holders {
                let holder = view.mentions[holderMention].actor
                let principal = gazetteer.principal(of: holder)
                guard let side = sides.firstIndex(of: principal) ?? jointSide else { continue }
                let target = sides[1 - side]
                guard target != principal else { continue }
                // Whatever this holder already does in the sentence had its addressee named: it is not this case.
                guard !(here + made).contains(where: { gazetteer.principal(of: $0.holder) == principal }) else { continue }
                made.append(Stance(article: article, holder: holder, target: target, polarity: Stance.Polarity(score: act.score), score: act.score,
                                   category: act.category, cue: act.cue, evidenceSlice: text, line: line))
            }
        }
        return made
    }
}
