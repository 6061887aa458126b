import CNcursesw
import TerminalUI

extension NcursesTerminal {
    /// Writes the cells that changed since the last frame, then one `doupdate()`.
    public func present(_ grid: Grid) {
        guard !isShutDown else { return }
        let frame = FrameSanitizer.sanitize(grid, unicode: capabilities.unicode)
        let screenSize = size
        if lastFrame == nil || lastFrame?.width != frame.width || lastFrame?.height != frame.height {
            // Whatever the grid does not cover must not keep the old screen.
            _ = werase(window)
            lastFrame = nil
        }
        for run in GridDiff.runs(from: lastFrame, to: frame) where run.y < screenSize.height {
            for (offset, cell) in run.cells.enumerated() {
                let x = run.x + offset
                guard x < screenSize.width else { break }
                if cell.isContinuation { continue }
                draw(cell, x: x, y: run.y, screenWidth: screenSize.width)
            }
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        lastFrame = frame
    }

    /// Draws one cell with the wide-character API; never wraps past the last column.
    private func draw(_ cell: Cell, x: Int, y: Int, screenWidth: Int) {
        var character = cell.text.first ?? " "
        if x + character.displayWidth > screenWidth { character = " " }
        // A cell holds one spacing character plus a few combining ones, NUL-terminated; never a lone joiner.
        var characters = character.terminalScalars().map { wchar_t(truncatingIfNeeded: $0.value) }
        characters.append(0)
        let pair = pairs.number(for: cell.style)
        for new in pairs.drainNew() {
            _ = init_pair(new.number, new.pair.foreground, new.pair.background)
        }
        let attributes = attributeBits.bits(CellAttributes(cell.style, colors: capabilities.colors))
        var complex = cchar_t()
        _ = setcchar(&complex, characters, attributes, pair, nil)
        // At the bottom-right cell curses reports ERR (the cursor cannot advance) but draws it.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }
}
