extension Filter {
    /// True when the filter has words to find in the text (not negated), so a front end
    /// knows whether highlighting them is worth a pass over the article.
    public var hasTextWords: Bool {
        clauses.joined().contains { term in
            if case .text = term.kind { return !term.negated }
            return false
        }
    }

    /// Character ranges of `line` that the filter's text words match (negated words match
    /// nothing), as the article pane highlights them.
    public func textRanges(in line: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for term in clauses.joined() where !term.negated {
            guard case .text(let pattern) = term.kind else { continue }
            ranges += pattern.ranges(in: line)
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}

extension TextPattern {
    /// Where this pattern matches `line`, in Characters.
    func ranges(in line: String) -> [Range<Int>] {
        if fuzzy { return FuzzyMatch.wordRanges(of: text, in: line) }
        let fold: (Character) -> String = caseSensitive ? { String($0) } : { $0.lowercased() }
        let haystack = line.map(fold)
        let needle = text.map(fold)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        let characters = Array(line)
        var ranges: [Range<Int>] = []
        var start = 0
        while start + needle.count <= haystack.count {
            let end = start + needle.count
            if Array(haystack[start..<end]) == needle, accepts(start: start, end: end, in: characters) {
                ranges.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return ranges
    }

    private func accepts(start: Int, end: Int, in characters: [Character]) -> Bool {
        if atLineStart, start != 0 { return false }
        if atLineEnd, end != characters.count { return false }
        if wholeWord {
            if start > 0, FuzzyMatch.isWordCharacter(characters[start - 1]) { return false }
            if end < characters.count, FuzzyMatch.isWordCharacter(characters[end]) { return false }
        }
        return true
    }
}
