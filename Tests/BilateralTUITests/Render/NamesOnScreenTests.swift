import Testing
@testable import BilateralTUI
import BilateralCore
import TerminalUI

/// Actors by name wherever a name exists; a short form only where the column is too narrow.
@Suite struct NamesOnScreenTests {
    @Test func aNameThatFitsIsShownElseItsShortForm() {
        let russia = Actor(id: "RUS", name: "Russia", kind: .state)
        let usa = Actor(id: "USA", name: "United States", kind: .state)
        let putin = Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person)
        let ministry = Actor(id: "rus-mfa", name: "Russian foreign ministry", kind: .body)
        #expect(ActorLabel.text(russia, id: "RUS", columns: 12) == "Russia")
        #expect(ActorLabel.text(russia, id: "RUS", columns: 5) == "RUS")
        #expect(ActorLabel.text(usa, id: "USA", columns: 12) == "USA")
        #expect(ActorLabel.text(putin, id: "vladimir-putin", columns: 12) == "Putin")
        #expect(ActorLabel.text(ministry, id: "rus-mfa", columns: 12) == "Russian for…", "a slug is never the short form")
        #expect(ActorLabel.text(ministry, id: "rus-mfa") == "Russian foreign ministry")
        #expect(ActorLabel.text(nil, id: "XYZ", columns: 12) == "XYZ", "an id the model does not know is all there is")
        #expect(ActorLabel.pair([russia, usa], ids: ["RUS", "USA"], columns: 40) == "Russia – United States")
        #expect(ActorLabel.pair([russia, usa], ids: ["RUS", "USA"], columns: 14) == "Russia – USA", "the longer name gives way first")
        #expect(ActorLabel.pair([russia, usa], ids: ["RUS", "USA"], columns: 10) == "RUS – USA")
    }

    @Test func theStanceListNamesStatesAndPersonsAtEverySize() {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = makeState(width: width, height: height)
            state.press(.character("f"))
            state.type("insisted | welcomed")
            state.press(.enter)
            let text = DashboardView.render(state).rows.joined(separator: "\n")
            #expect(!text.contains("mofa-japan"), "\(width)x\(height)")
            #expect(text.contains("Japanese Fo"), "\(width)x\(height)")
        }
        // A stances pane 40 columns wide or more has room for the names; a narrower one uses codes.
        let wide = DashboardView.render(makeState(width: 200, height: 40)).rows.joined(separator: "\n")
        #expect(wide.contains("Japan") && wide.contains("→ Russia"), "states by name where the column allows:\n\(wide)")
        let narrow = DashboardView.render(makeState(width: 120, height: 40)).rows.joined(separator: "\n")
        #expect(narrow.contains("Japan") && narrow.contains("→ RUS"), "the code where the column is too narrow:\n\(narrow)")
    }

    @Test func theActorPickerListsNamesNotIds() {
        var state = makeState(width: 100, height: 30)
        state.press(.character("a"))
        state.type("abe")
        let text = DashboardView.render(state).rows.joined(separator: "\n")
        #expect(text.contains("Shinzo Abe"))
        #expect(!text.contains("shinzo-abe"))
    }
}
