/// The fixed order of the timeline's rows, computed once per model so that a filtered
/// timeline is a pass over it rather than a sort.
enum TimelineOrder {
    /// Articles and events by section (an era's index, or the era count for "no era"), then
    /// by date; undated articles last in their section; an article before events of its date. A near-duplicate
    /// copy and its events are left out: the story is shown once, by its canonical article.
    static func entries(
        model: CorpusModel, articleEra: [Int?], eventEra: [Int?], eventArticle: [Int?]
    ) -> [(section: Int, entry: Timeline.Entry)] {
        let isCopy = model.duplicates.isEmpty ? [] : model.duplicates.copyFlags(articleCount: model.articles.count)
        let noEra = model.eras.count
        var keyed: [(key: TimelineKey, section: Int, entry: Timeline.Entry)] = []
        keyed.reserveCapacity(model.articles.count + model.events.count)
        for (index, article) in model.articles.enumerated() where isCopy.isEmpty || !isCopy[index] {
            let section = articleEra[index] ?? noEra
            keyed.append((TimelineKey(section: section, date: article.date, kind: 0, index: index), section, .article(index)))
        }
        for (index, event) in model.events.enumerated() {
            if !isCopy.isEmpty, let article = eventArticle[index], isCopy[article] { continue }
            let section = eventEra[index] ?? noEra
            keyed.append((TimelineKey(section: section, date: event.date, kind: 1, index: index), section, .event(index)))
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map { ($0.section, $0.entry) }
    }
}
