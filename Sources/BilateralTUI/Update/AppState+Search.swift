import BilateralCore

extension AppState {
    /// Finds every match of the search in the open article's shown lines (smart case).
    mutating func findMatches() {
        guard search.pane == .article else { return }
        search.matches = []
        search.current = nil
        guard search.isActive, let index = article.index, let document = article.document else { return }
        let lines = model.articleWithBody(index).lines
        let caseless = !search.query.contains(where: \.isUppercase)
        let fold: (Character) -> String = caseless ? { $0.lowercased() } : { String($0) }
        let needle = search.query.map(fold)
        guard !needle.isEmpty else { return }
        for line in document.shownLines where line <= lines.count {
            let haystack = lines[line - 1].map(fold)
            guard haystack.count >= needle.count else { continue }
            var column = 0
            while column + needle.count <= haystack.count {
                if haystack[column] == needle[0], Array(haystack[column..<(column + needle.count)]) == needle {
                    search.matches.append(TextMatch(line: line, column: column, length: needle.count))
                    column += needle.count
                } else {
                    column += 1
                }
            }
        }
    }

    /// Makes the first match at or after the row the search started from current, and shows it.
    mutating func jumpToFirstMatch() {
        guard let document = article.document, !search.matches.isEmpty else {
            search.current = nil
            article.scroll = searchOrigin
            clampArticleScroll()
            return
        }
        let first = search.matches.firstIndex { (document.row(containing: $0.start) ?? 0) >= searchOrigin }
        showMatch(first ?? 0)
    }

    /// `n` (`step` 1) or `N` (`step` -1), wrapping around.
    mutating func stepMatch(_ step: Int) {
        if search.pane != .article, search.isActive {
            guard !search.rows.isEmpty else {
                message = "no match for \(search.query)"
                return
            }
            let count = search.rows.count
            showListMatch(search.current.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1))
            return
        }
        guard !search.matches.isEmpty else {
            message = search.isActive ? "no match for \(search.query)" : "no search: press / first"
            return
        }
        let count = search.matches.count
        let next = search.current.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1)
        showMatch(next)
    }

    mutating func showMatch(_ index: Int) {
        search.current = index
        if let row = article.document?.row(containing: search.matches[index].start) { reveal(row: row) }
    }

    /// Finds the filter's text words in the open article's shown lines.
    mutating func findFilterMatches() {
        article.filterMatches = []
        let filter = self.filter.parsed
        guard filter.hasTextWords, let index = article.index, let document = article.document else { return }
        let lines = model.articleWithBody(index).lines
        for line in document.shownLines where line <= lines.count {
            for range in filter.textRanges(in: String(lines[line - 1])) {
                article.filterMatches.append(TextMatch(line: line, column: range.lowerBound, length: range.count))
            }
        }
    }

    mutating func clearSearch() {
        search = SearchState()
    }
}
