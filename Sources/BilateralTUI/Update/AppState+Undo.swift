import BilateralCore

extension AppState {
    /// The most filter states `U` can go back through.
    static let undoLimit = 100

    /// Records that the filter was `previous` before a change, so `U` can go back to it.
    mutating func recordFilterChange(from previous: FilterSnapshot) {
        guard previous != filter.snapshot else { return }
        undoStack.append(previous)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack = []
    }

    /// Runs `change` on the filter and applies it, recording the state before for undo.
    mutating func changeFilter(_ change: (inout FilterState) -> Void) {
        let before = filter.snapshot
        change(&filter)
        applyFilter()
        recordFilterChange(from: before)
    }

    /// `U`: back to the filter before the last change.
    mutating func undoFilter() {
        guard let previous = undoStack.popLast() else {
            message = "nothing to undo"
            return
        }
        redoStack.append(filter.snapshot)
        setFilter(previous)
        message = "undo: " + describe(previous)
    }

    /// `R`: forward again to the filter `U` went back from.
    mutating func redoFilter() {
        guard let next = redoStack.popLast() else {
            message = "nothing to redo"
            return
        }
        undoStack.append(filter.snapshot)
        setFilter(next)
        message = "redo: " + describe(next)
    }

    /// Puts `snapshot` in place and applies it.
    mutating func setFilter(_ snapshot: FilterSnapshot) {
        filter.snapshot = snapshot
        filter.error = nil
        applyFilter()
    }

    func describe(_ snapshot: FilterSnapshot) -> String {
        var copy = filter
        copy.snapshot = snapshot
        return copy.query.isEmpty ? "no filter" : copy.query
    }

    /// Esc in normal mode: one layer at a time, the search highlight, then the last chip
    /// set, then the typed filter; each change but the search can be undone with `U`.
    mutating func escapeOneLayer() {
        if search.isActive {
            clearSearch()
            message = "search cleared"
            return
        }
        let before = filter.snapshot
        if let chip = filter.removeLastChip() {
            applyFilter()
            recordFilterChange(from: before)
            message = "\(chip.rawValue) chip removed (U undoes)"
        } else if !filter.text.isEmpty {
            filter.text = ""
            filter.error = nil
            applyFilter()
            recordFilterChange(from: before)
            message = "filter cleared (U undoes)"
        } else {
            message = "nothing to clear"
        }
    }

    /// `C`: the search, the filter and every chip at once (undoable).
    mutating func clearEverything() {
        clearSearch()
        changeFilter { filter in
            filter.snapshot = FilterSnapshot()
            filter.error = nil
        }
        message = "search, filter and chips cleared (U undoes)"
    }
}
