import BilateralCore
import TerminalUI

/// The `?` screen: every keymap's bindings with their help, flowed into columns.
struct HelpOverlay: Widget {
    var theme: Theme

    /// One line of the help: a section name, or keys and what they do.
    enum Line: Equatable {
        case section(String)
        case binding(keys: String, help: String)
        /// A word drawn as the dashboard draws that kind of thing, and what the look means.
        case sample(text: String, meaning: String, look: Look)
        case gap
    }

    /// The styles the colour legend shows.
    enum Look: Equatable {
        case mention(Actor.Kind)
        case polarity(Stance.Polarity)
        case highlight, match
    }

    static let legend: [Line] = [
        .section("Colours"),
        .sample(text: "JPN", meaning: "a state", look: .mention(.state)),
        .sample(text: "NATO", meaning: "an organisation", look: .mention(.organisation)),
        .sample(text: "Abe", meaning: "a person", look: .mention(.person)),
        .sample(text: "Diet", meaning: "a body (ministry, parliament)", look: .mention(.body)),
        .sample(text: "+4.0", meaning: "cooperative stance", look: .polarity(.cooperative)),
        .sample(text: "-4.0", meaning: "conflictual stance", look: .polarity(.conflictual)),
        .sample(text: "sentence", meaning: "the selected event or stance", look: .highlight),
        .sample(text: "match", meaning: "a search match", look: .match),
        .gap,
        .section("Era scores (the focal pair, both directions)"),
        .binding(keys: "+1.2/st", help: "mean Goldstein score per stance, -10 hostile … +10 warm"),
        .binding(keys: "14 st 9+ 5-", help: "stances in the era: cooperative, conflictual"),
        .binding(keys: "▂▅·█", help: "mean per year (per month if under 2 years) on -10…+10; · none"),
        .binding(keys: "detected", help: "eras found in the data: no era file or catalogue entry"),
    ]

    /// The filter language, the prompt's keys, what the numbers mean and where things are kept.
    static let reference: [Line] = [
        .section("Filter language (f or :)"),
        .binding(keys: "kuril", help: "words of the text (capital: exact case)"),
        .binding(keys: "a b  a | b", help: "both (AND); either (OR)"),
        .binding(keys: "!a  'word", help: "not a; a whole word"),
        .binding(keys: "^a  a$", help: "at a line's start; at its end"),
        .binding(keys: "~kurl", help: "fuzzy word: letters in order (Kuril)"),
        .binding(keys: "actor:RUS", help: "stance held by or aimed at RUS, or at"),
        .binding(keys: "", help: "  whoever acts for it (Putin, ministry);"),
        .binding(keys: "", help: "  events with RUS; articles naming it"),
        .binding(keys: "holder:X", help: "stances X holds (target:X: aimed at X)"),
        .binding(keys: "pair:RUS-JPN", help: "stances between the two, either way"),
        .binding(keys: "era:ID", help: "an era (e and E cycle them)"),
        .binding(keys: "year:2016..18", help: "also year:2016, year:2019.., year:..2018"),
        .binding(keys: "pol:+ - =", help: "cooperative, conflictual, neutral"),
        .binding(keys: "score:<-3", help: "also >=2, =0, -3..3: the stance's score"),
        .binding(keys: "is:unread", help: "articles not opened yet (is:read: opened)"),
        .binding(keys: "is:bookmarked", help: "articles bookmarked with m"),
        .binding(keys: "has:note", help: "articles with a note (i)"),
        .binding(keys: ":save NAME", help: "save the filter (:delete NAME; F lists)"),
        .binding(keys: "kuril :save k", help: "apply and save the filter typed before it"),
        .binding(keys: "unknown", help: "actor or era: an error, did-you-mean"),
        .gap,
        .section("In the filter line and other prompts"),
        .binding(keys: "Enter", help: "apply (not while the line has an error)"),
        .binding(keys: "Esc/C-c", help: "cancel: the filter before it comes back"),
        .binding(keys: "Up/Down", help: "earlier filters, history (also C-p/C-n)"),
        .binding(keys: "C-b/C-f", help: "a character left, right (Left/Right)"),
        .binding(keys: "M-b/M-f", help: "a word left, right"),
        .binding(keys: "C-a/C-e", help: "start, end of the line (Home/End)"),
        .binding(keys: "BS  C-w/M-BS", help: "delete a character, a word back"),
        .binding(keys: "Del/C-d  M-d", help: "delete a character, a word forward"),
        .binding(keys: "C-u  C-k", help: "delete to the start, to the end"),
        .binding(keys: "PgUp/PgDn", help: "page the focused pane while typing"),
        .gap,
        .section("What the numbers mean"),
        .binding(keys: "+4.0  -6.0", help: "stance score, Goldstein scale -10..+10"),
        .binding(keys: "", help: "  (conflict below 0, cooperation above)"),
        .binding(keys: "3/5 articles", help: "kept by the filter / in the corpus"),
        .binding(keys: "4/30", help: "selected row / rows in the pane"),
        .binding(keys: "Top 44% Bot", help: "where the article is scrolled"),
        .binding(keys: "16 Reduce…", help: "the stance's CAMEO root category"),
        .binding(keys: "3/5 lines", help: "evidence lines shown / in the sentence"),
        .binding(keys: "2–4/5 lines", help: "the same, scrolled with J/K or the wheel"),
        .binding(keys: "+2 copies", help: "near-duplicates of the story: shown and"),
        .binding(keys: "", help: "  counted once (--keep-duplicates: not)"),
        .gap,
        .section("Where things are kept"),
        .binding(keys: "history", help: "$XDG_STATE_HOME/bilateral/dashboard.json"),
        .binding(keys: "", help: "  (also saved filters and where you were,"),
        .binding(keys: "", help: "  the stance order and the search;"),
        .binding(keys: "", help: "  default ~/.local/state; browse --fresh"),
        .binding(keys: "", help: "  starts fresh, --no-state keeps nothing)"),
        .binding(keys: "y copies", help: "OSC 52, and .../bilateral/yank.txt"),
        .binding(keys: "config", help: "$XDG_CONFIG_HOME/bilateral/config.yaml"),
        .binding(keys: "", help: "  (default ~/.config; keys, colors, mouse;"),
        .binding(keys: "", help: "  unbind: [x] or command: none takes keys away)"),
    ]

    /// The lines, from the same tables the keys and the status hints use, as the config file
    /// changed them: keys it adds beside the built-in ones, keys it removes left out.
    static func lines(settings: DashboardSettings = DashboardSettings()) -> [Line] {
        var lines: [Line] = []
        for keymap in Keymap.all {
            if !lines.isEmpty { lines.append(.gap) }
            lines.append(.section(keymap.name))
            for binding in keymap.bindings {
                let keys = settings.keys(for: binding, in: keymap)
                let label = keys.isEmpty ? "(none)" : keys.map(KeyName.label).joined(separator: "/")
                lines.append(.binding(keys: label, help: binding.command.help))
            }
        }
        return lines + [.gap] + reference + [.gap] + legend
    }

    static var lines: [Line] { lines() }

    /// Rows the first visible line is scrolled down by (`j`/`k` while the help is open).
    var scroll = 0
    var settings = DashboardSettings()

    /// Columns narrower than this truncate the help, so the lines scroll instead.
    static let minimumColumnWidth = 58

    func render(in area: Rect, into grid: inout Grid) {
        let available = area
        guard available.width > 20, available.height > 4 else { return }
        let allLines = Self.lines(settings: settings)
        let capacity = available.height - 2
        let fitting = max(1, (available.width - 2) / Self.minimumColumnWidth)
        let columnCount = min(fitting, max(1, (allLines.count + capacity - 1) / capacity))
        let rowsPerColumn = min(capacity, (allLines.count + columnCount - 1) / columnCount)
        let first = min(max(0, scroll), max(0, allLines.count - rowsPerColumn * columnCount))
        let lines = Array(allLines.dropFirst(first).prefix(rowsPerColumn * columnCount))
        let more = first + lines.count < allLines.count
        let box = Rect(x: available.x, y: available.y, width: available.width, height: rowsPerColumn + 2)
        grid.fill(box)
        let trailing = more || first > 0 ? "j/k scroll · ? or Esc to close" : "? or Esc to close"
        Box(
            symbols: theme.focusedBorderSymbols, style: theme.focusedBorder, title: "Keys",
            titleStyle: theme.focusedTitle, trailing: trailing, ascii: theme.ascii
        ).render(in: box, into: &grid)
        let inner = Box.inner(box)
        let columnWidth = inner.width / columnCount
        let longestKeys = allLines.map { line -> Int in
            if case .binding(let keys, _) = line { return keys.count }
            return 0
        }.max() ?? 0
        let keyWidth = min(longestKeys + 2, max(6, columnWidth / 3))
        for (index, line) in lines.enumerated() {
            let column = index / rowsPerColumn
            let x = inner.x + column * columnWidth + 1
            let y = inner.y + index % rowsPerColumn
            let limit = columnWidth - 2
            switch line {
            case .section(let name):
                grid.write(name, x: x, y: y, style: theme.eraHeader, limit: limit, ascii: theme.ascii)
            case .binding(let keys, let help):
                grid.write(keys, x: x, y: y, style: theme.focusedTitle, limit: keyWidth - 1, ascii: theme.ascii)
                grid.write(help, x: x + keyWidth, y: y, limit: max(0, limit - keyWidth), ascii: theme.ascii)
            case .sample(let text, let meaning, let look):
                grid.write(text, x: x, y: y, style: style(of: look), limit: keyWidth - 1, ascii: theme.ascii)
                grid.write(meaning, x: x + keyWidth, y: y, limit: max(0, limit - keyWidth), ascii: theme.ascii)
            case .gap:
                continue
            }
        }
    }

    private func style(of look: Look) -> Style {
        switch look {
        case .mention(let kind): return theme.mention(kind, over: .plain)
        case .polarity(let polarity): return theme.polarity(polarity)
        case .highlight: return theme.highlighted(.plain)
        case .match: return theme.match
        }
    }
}
