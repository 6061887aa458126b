import BilateralCore
import TerminalUI

/// The dashboard's run loop, written against `TerminalBackend` so it runs on curses or a fake.
public enum Dashboard {
    /// Shows `model` on `backend` until the user quits or the terminal goes away.
    ///
    /// Each event goes through `update`; a frame is drawn after each and handed to the
    /// backend, which writes only what changed.
    /// - Returns: the state at exit, for tests.
    @discardableResult
    public static func run(
        model: CorpusModel, on backend: TerminalBackend, corpusName: String = "corpus"
    ) -> AppState {
        let size = backend.size
        var state = AppState(
            model: model, width: size.width, height: size.height,
            capabilities: backend.capabilities, corpusName: corpusName)
        var grid = Grid(width: size.width, height: size.height)
        while !state.shouldQuit {
            if grid.width != state.width || grid.height != state.height {
                grid = Grid(width: state.width, height: state.height)
            }
            DashboardView.render(state, into: &grid)
            backend.present(grid)
            switch backend.nextEvent() {
            case .key(let key): update(&state, .key(key))
            case .resize(let width, let height): update(&state, .resize(width: width, height: height))
            case .closed: update(&state, .closed)
            }
        }
        return state
    }
}
