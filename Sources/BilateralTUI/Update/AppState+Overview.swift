import BilateralCore

extension AppState {
    /// `O`: the overview of pairs, eras and counts, its figures worked out first when they are not current.
    mutating func showOverview() {
        workOutOverview()
        mode = .overview
    }

    /// Works out the overview's figures for the current model and pair, unless done already. They read every
    /// stance several times over (the top pairs' eras and trends): a second or more at 100,000 articles, so a
    /// state is not made with them, only the overview (or the background build of a large corpus) asks.
    public mutating func workOutOverview() {
        guard !overviewIsCurrent else { return }
        overview = OverviewFigures(model: model, pair: pair, sources: eraSources)
        overviewIsCurrent = true
    }

    /// After the model or the pair changed: the figures are worked out again, now when the overview is shown.
    mutating func overviewChanged() {
        overviewIsCurrent = false
        if mode == .overview { workOutOverview() }
    }
}
