import TerminalUI

/// Draws a whole frame of the dashboard from the state.
public enum DashboardView {
    /// The grid for `state`, at the state's screen size.
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        render(state, into: &grid)
        return grid
    }

    /// Draws `state` over `grid`, which must be the state's size.
    public static func render(_ state: AppState, into grid: inout Grid) {
        var theme = Theme(capabilities: state.capabilities)
        theme.apply(colors: state.settings.colors, colorCount: state.capabilities.colors)
        let layout = state.layout
        grid.fill(grid.bounds)
        if layout.isTooSmall {
            TooSmallScreen(width: state.width, height: state.height, theme: theme).render(in: grid.bounds, into: &grid)
            grid.makeSafe(ascii: theme.ascii)
            return
        }
        TitleLine(state: state, theme: theme).render(in: layout.title, into: &grid)
        if let area = layout.panes[.timeline] { TimelinePane(state: state, theme: theme).render(in: area, into: &grid) }
        if let area = layout.panes[.article] { ArticlePane(state: state, theme: theme).render(in: area, into: &grid) }
        if let area = layout.panes[.stances] { StancesPane(state: state, theme: theme).render(in: area, into: &grid) }
        switch state.mode {
        case .filter, .search, .note, .write:
            FilterLine(state: state, theme: theme).render(in: layout.status, into: &grid)
        default:
            StatusLine(state: state, theme: theme).render(in: layout.status, into: &grid)
        }
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        if state.mode == .help { HelpOverlay(theme: theme, scroll: state.helpScroll, settings: state.settings).render(in: body, into: &grid) }
        if state.mode == .actorPicker { ActorPicker(state: state, theme: theme).render(in: body, into: &grid) }
        if state.mode == .savedFilters { SavedFiltersPicker(state: state, theme: theme).render(in: body, into: &grid) }
        if state.mode == .pairPicker { PairPicker(state: state, theme: theme).render(in: body, into: &grid) }
        if state.mode == .trajectory { TrajectoryChart(state: state, theme: theme).render(in: body, into: &grid) }
        if state.mode == .overview { OverviewScreen(state: state, theme: theme).render(in: body, into: &grid) }
        grid.makeSafe(ascii: theme.ascii)
    }
}
