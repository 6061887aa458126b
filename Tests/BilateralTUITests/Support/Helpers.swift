@testable import BilateralTUI
import TerminalUI

/// A dashboard state on the fixture at `width`×`height`.
func makeState(
    width: Int = 120, height: Int = 40, unicode: Bool = true, colors: Int = 256
) -> AppState {
    AppState(
        model: FixtureModel.model(), width: width, height: height,
        capabilities: TerminalCapabilities(unicode: unicode, colors: colors), corpusName: "fixture")
}

extension AppState {
    /// Sends each key in order.
    mutating func press(_ keys: Key...) {
        for key in keys { update(&self, .key(key)) }
    }

    /// Types `text` one character at a time.
    mutating func type(_ text: String) {
        for character in text { update(&self, .key(.character(character))) }
    }
}

extension AppState {
    /// Moves the timeline down until article `index` is selected (or the end is reached).
    mutating func selectArticle(_ index: Int) {
        for _ in 0..<timeline.rows.count where timeline.selectedRow != .article(index) {
            update(&self, .key(.character("j")))
        }
    }
}
