import Testing
@testable import BilateralTUI
import TerminalUI

/// What snapshots of text cannot show: colours and attributes.
@Suite struct StyleTests {
    /// The cells of `grid` whose text run spells `word`, first occurrence.
    func cells(of word: String, in grid: Grid) -> [Cell] {
        for y in 0..<grid.height {
            let row = (0..<grid.width).map { grid[$0, y] }
            let texts = row.map(\.text)
            let letters = Array(word).map(String.init)
            guard letters.count <= texts.count else { continue }
            for x in 0...(texts.count - letters.count) where Array(texts[x..<(x + letters.count)]) == letters {
                return Array(row[x..<(x + letters.count)])
            }
        }
        return []
    }

    @Test func mentionsAreColouredByKind() {
        let grid = DashboardView.render(makeState())
        let person = cells(of: "Vladimir Putin", in: grid)
        let state = cells(of: "Russia.", in: grid)
        #expect(!person.isEmpty && !state.isEmpty)
        #expect(person.first?.style.foreground != state.first?.style.foreground)
        #expect(person.first?.style.foreground != .default)
    }

    @Test func theSelectedStanceSentenceIsHighlighted() {
        var state = makeState()
        state.press(.character("3"))
        let grid = DashboardView.render(state)
        let sentence = cells(of: "eight-point plan", in: grid)
        let other = cells(of: "flew to Sochi", in: grid)
        #expect(sentence.allSatisfy { $0.style.background != .default })
        #expect(other.allSatisfy { $0.style.background == .default })
    }

    @Test func theFocusedPaneHasAHeavyBorder() {
        var state = makeState()
        state.press(.character("2"))
        let grid = DashboardView.render(state)
        let article = state.layout.panes[.article]
        #expect(article.map { grid[$0.x, $0.y].text } == "┏")
        #expect(grid[0, 1].text == "╭")
    }

    @Test func withoutColourOnlyAttributesAreUsed() {
        var state = makeState(colors: 0)
        state.press(.character("3"), .character("/"))
        state.type("Japan")
        let grid = DashboardView.render(state)
        for cell in grid.cells {
            #expect(cell.style.foreground == .default && cell.style.background == .default)
        }
        #expect(cells(of: "eight-point", in: grid).allSatisfy { $0.style.reverse })
        #expect(grid.cells.contains { $0.style.underline })
    }

    @Test func eightColourModeUsesOnlyTheEightColours() {
        let grid = DashboardView.render(makeState(colors: 8))
        for cell in grid.cells {
            for color in [cell.style.foreground, cell.style.background] {
                if case .indexed = color { Issue.record("256-colour index in 8-colour mode") }
            }
        }
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var model = FixtureModel.model()
        model.articles[0].title = "Bad \u{1B}[31mred\u{1B}[0m title\u{07}"
        model.articles[0].lines[3] = "Text with \u{1B}]0;owned\u{07} an escape and a \u{08}backspace."
        let state = AppState(model: model, width: 120, height: 40)
        let grid = DashboardView.render(state)
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
        #expect(grid.rows.contains { $0.contains("Bad red title") })
    }
}
