/// Tours: one meeting verb over a list of people, each with the place they were met
/// ("met Xi in Beijing, Putin in Moscow and Abe in Tokyo"). Every person met is the verb's object;
/// the places are venues, not parties.
extension StanceFinder {
    /// The cue's first target group, extended along a list of "<party> in <place>" items.
    ///
    /// An item joins only when it has the same shape as the first: a party, then "in" or "at" and a place,
    /// separated from the item before by a comma or "and". "met Xi in Beijing, and Putin said …" stops at
    /// Putin, who is followed by no venue of his own.
    func touredTargets(_ targets: [Int], cue: CueLexicon.Cue, in view: SentenceView) -> [Int] {
        guard cue.root == 4, cue.role == .verb, targets.count == 1, var last = targets.last else { return targets }
        var result = targets
        // Bounded by the sentence's mentions: each step moves at least one mention on.
        while var index = venueEnd(after: view.mentions[last].tokens.upperBound, in: view) {
            var linked = false
            while index < view.tokens.count, view.mentionAt[index] == nil, index - view.mentions[last].tokens.upperBound < 12,
                  Self.tourLinks.contains(lower: view.tokens[index]) || isTitleWord(index, in: view) {
                linked = linked || Self.tourLinks.contains(lower: view.tokens[index])
                index += 1
            }
            guard linked, index < view.tokens.count, let next = view.mentionAt[index], next > last,
                  view.mentions[next].tokens.lowerBound == index, !view.mentions[next].isPossessive,
                  venueEnd(after: view.mentions[next].tokens.upperBound, in: view) != nil else { break }
            result.append(next)
            last = next
        }
        return result
    }

    /// The token after a venue starting at `index` ("in Lima", "at the Elysee", "in Sochi"), if one starts there:
    /// "in" or "at", then a place the finder knows, or one to three capitalised words it does not.
    private func venueEnd(after index: Int, in view: SentenceView) -> Int? {
        guard index + 1 < view.tokens.count, Self.tourVenuePrepositions.contains(lower: view.tokens[index]) else { return nil }
        var place = index + 1
        if Self.articles.contains(lower: view.tokens[place]) { place += 1 }
        guard place < view.tokens.count else { return nil }
        if let mention = view.mentionAt[place] {
            let found = view.mentions[mention]
            guard found.tokens.lowerBound == place, !found.isPossessive, found.kind != .person else { return nil }
            return found.tokens.upperBound
        }
        var end = place
        while end < view.tokens.count, end - place < 3, isTitleWord(end, in: view) { end += 1 }
        return end > place ? end : nil
    }

    /// "President", "Prime Minister": a capitalised word the mention finder left outside a person's name.
    private func isTitleWord(_ index: Int, in view: SentenceView) -> Bool {
        view.tokens[index].isWord && view.tokens[index].isCapitalised && view.mentionAt[index] == nil
    }

    static let tourLinks: WordSet = [",", "and"]
    static let tourVenuePrepositions: WordSet = ["in", "at"]
}
