import BilateralCore
import TerminalUI

/// Under the stance list: a rule, the selected stance's evidence sentence wrapped with the cue
/// emphasised, then where it is. A sentence that does not fit scrolls (`J`/`K`, or the wheel
/// over it); its last shown row ends with `…` while more follows, and the rule says which of
/// its lines show (`3/5 lines` from the top, `2–4/5 lines` scrolled).
struct EvidenceBlock {
    var stance: Stance
    /// Rows the sentence is scrolled down by (clamped here to what the sentence has).
    var scroll: Int
    /// Where the evidence comes from: `line 3 · Title`.
    var place: String
    var theme: Theme

    /// The sentence wrapped for a block in `area`, and how many of its rows show at once.
    static func fit(_ stance: Stance, in area: Rect, ascii: Bool) -> (rows: [WrappedRow], room: Int, text: [Character]) {
        let text = Array(stance.evidence.removingTerminalControls)
        let measure: (Character) -> Int = ascii ? { Transliteration.ascii($0).displayWidth } : { $0.displayWidth }
        // A margin of one column on each side, and one column kept free so a cut row can end with the mark.
        let rows = WordWrap.wrap(text, width: max(1, max(1, area.width - 2) - 1), measure: measure)
        let room = max(0, area.height - (area.height >= 5 ? 2 : 1))
        return (rows, room, text)
    }

    /// The furthest the evidence of `stance` scrolls in `area`: 0 when it fits.
    static func scrollLimit(_ stance: Stance, in area: Rect, ascii: Bool) -> Int {
        let fit = fit(stance, in: area, ascii: ascii)
        return max(0, fit.rows.count - fit.room)
    }

    func render(in area: Rect, into grid: inout Grid) {
        let rule = theme.ascii ? "-" : "─"
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: Cell(rule, style: theme.faint))
        let body = Rect(x: area.x + 1, y: area.y, width: max(1, area.width - 2), height: area.height)
        let (rows, room, text) = Self.fit(stance, in: area, ascii: theme.ascii)
        let cue = StancesPane.cueRange(stance.cue, in: text)
        let first = min(max(0, scroll), max(0, rows.count - room))
        let shown = rows.dropFirst(first).prefix(room)
        let count: String
        if rows.count <= shown.count {
            count = ""
        } else if first == 0 {
            count = " \(shown.count)/\(rows.count) lines "
        } else {
            count = " \(first + 1)\(theme.ascii ? "-" : "–")\(first + shown.count)/\(rows.count) lines "
        }
        let label = " \(stance.polarity.rawValue) \(stance.category.isEmpty ? "" : "· \(stance.category) ")"
        grid.write(label, x: area.x + 1, y: area.y, style: theme.polarity(stance.polarity),
                   limit: area.width - 2 - (count.isEmpty ? 0 : count.count + 1), ascii: theme.ascii)
        for (offset, row) in shown.enumerated() {
            var x = body.x
            let y = area.y + 1 + offset
            var position = row.start
            // Runs of the cue and of the rest, each written at once.
            while position < row.end {
                let isCue = cue?.contains(position) ?? false
                var end = position + 1
                while end < row.end, (cue?.contains(end) ?? false) == isCue { end += 1 }
                x += grid.write(String(text[position..<end]), x: x, y: y,
                                style: isCue ? theme.polarity(stance.polarity) : theme.meta, limit: body.maxX - x, ascii: theme.ascii)
                position = end
            }
            if offset == shown.count - 1, first + shown.count < rows.count {
                grid.write(Clip.mark(ascii: theme.ascii), x: min(x, body.maxX - 1), y: y, style: theme.faint, ascii: theme.ascii)
            }
        }
        if !count.isEmpty {
            // How much of the sentence shows, at the right end of the rule above it.
            grid.writeRight(count, maxX: area.maxX - 1, minX: area.x + 2, y: area.y, style: theme.faint, ascii: theme.ascii)
        }
        guard area.height >= 5 else { return }
        grid.write(place, x: body.x, y: area.maxY - 1, style: theme.faint, limit: body.width, ascii: theme.ascii)
    }
}
