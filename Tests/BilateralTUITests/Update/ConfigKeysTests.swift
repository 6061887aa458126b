import Testing
@testable import BilateralTUI
import TerminalUI

/// The config file's key changes: keys added, keys unbound, commands left without keys.
@Suite struct ConfigKeysTests {
    @Test func anUnboundKeyDoesNothingAndTheOthersStillWork() {
        var settings = DashboardSettings()
        #expect(settings.unbind(["x", "c"]).isEmpty)
        var state = makeState()
        state.settings = settings
        state.press(.character("3"))
        let stance = state.stances.selected
        state.press(.character("x"))
        #expect(stance.map { state.model.stances[$0].verdict } == .some(nil), "x unbound: no verdict")
        #expect(state.settings.command(for: .character("x"), in: .stances) == nil)
        #expect(state.settings.command(for: .character("s"), in: .stances) == .sortStances)
        state.press(.character("s"))
        #expect(state.stances.order == .score)
    }

    @Test func noneTakesACommandsBuiltInKeysAndKeepsTheConfigsOwn() {
        var settings = DashboardSettings()
        #expect(settings.bind(.rejectStance, to: ["none", "X"]).isEmpty)
        #expect(settings.command(for: .character("x"), in: .stances) == nil)
        #expect(settings.command(for: .character("X"), in: .stances) == .rejectStance)
        // Enter in the timeline opens; with `open: none` it falls back to the global table (nothing).
        #expect(settings.bind(.open, to: ["none"]).isEmpty)
        #expect(settings.command(for: .enter, in: .timeline) == nil)
        #expect(settings.command(for: .character("l"), in: .stances) == nil)
    }

    @Test func aKeyBoundAgainRunsItsNewCommandOnly() {
        var settings = DashboardSettings()
        #expect(settings.unbind(["u"]).isEmpty)
        #expect(settings.bind(.undo, to: ["u"]).isEmpty)
        #expect(settings.command(for: .character("u"), in: .timeline) == .undo)
        let read = Keymap.global.binding(for: .toggleRead).map { settings.keys(for: $0, in: Keymap.global) }
        #expect(read == [], "u no longer toggles read, and the help says so")
        let undo = Keymap.global.binding(for: .undo).map { settings.keys(for: $0, in: Keymap.global) }
        #expect(undo == [.character("U"), .character("u")])
    }

    @Test func cControlCannotBeTakenAway() {
        var settings = DashboardSettings()
        #expect(settings.unbind(["C-c"]).count == 1)
        #expect(settings.bind(.help, to: ["C-c"]).count == 1)
        #expect(settings.bind(.quit, to: ["none"]).isEmpty)
        #expect(settings.command(for: .ctrl("c"), in: .article) == .quit)
        #expect(settings.command(for: .character("q"), in: .article) == nil)
    }

    @Test func wordsThatAreNotKeysAreProblems() {
        var settings = DashboardSettings()
        #expect(settings.unbind(["ctrl-x", "x"]).first?.contains("'ctrl-x' is not a key") == true)
        #expect(settings.unboundKeys == [.character("x")])
        #expect(settings.bind(.undo, to: ["nothing"]).first?.contains("or none") == true)
    }

    @Test func theHelpAndTheHintsShowTheKeysAsChanged() {
        var settings = DashboardSettings()
        _ = settings.unbind(["/"])
        _ = settings.bind(.rejectStance, to: ["none"])
        let lines = HelpOverlay.lines(settings: settings)
        #expect(lines.contains(.binding(keys: "(none)", help: Command.search.help)))
        #expect(lines.contains(.binding(keys: "(none)", help: Command.rejectStance.help)))
        #expect(lines.contains(.binding(keys: "c", help: Command.confirmStance.help)))
        let hints = StatusLine.hints(for: .timeline, settings: settings).map(\.word)
        #expect(!hints.contains("search"), "no hint for a command without keys: \(hints)")
        #expect(hints.contains("filter"))
        var state = makeState()
        state.settings = settings
        state.press(.character("/"))
        #expect(state.mode == .normal)
    }
}
