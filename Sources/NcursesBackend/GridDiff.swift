import TerminalUI

/// The cells that differ between two frames, as runs along each row.
enum GridDiff {
    /// Consecutive changed cells in one row, starting at column `x`.
    struct Run: Sendable, Equatable {
        var y: Int
        var x: Int
        var cells: [Cell]
    }

    /// Runs that turn `old` into `new`; every row whole when there is no comparable old frame.
    ///
    /// A run never starts on the right half of a double-width character: the character's
    /// left half is included, since only it can be written.
    static func runs(from old: Grid?, to new: Grid) -> [Run] {
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { y in
                Run(y: y, x: 0, cells: (0..<new.width).map { new[$0, y] })
            }
        }
        var runs: [Run] = []
        for y in 0..<new.height {
            var x = 0
            while x < new.width {
                guard old[x, y] != new[x, y] else {
                    x += 1
                    continue
                }
                var start = x
                if new[x, y].isContinuation, x > 0 { start = x - 1 }
                var end = x + 1
                while end < new.width, old[end, y] != new[end, y] { end += 1 }
                // A wide character at the run's end takes its right half along.
                if end < new.width, new[end, y].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    let merged = last.x..<end
                    runs[runs.count - 1] = Run(y: y, x: merged.lowerBound, cells: merged.map { new[$0, y] })
                } else {
                    runs.append(Run(y: y, x: start, cells: (start..<end).map { new[$0, y] }))
                }
                x = end
            }
        }
        return runs
    }
}
