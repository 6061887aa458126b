/// "…, and on Thursday, with Correa at his side in Managua, Nicaragua's president, Daniel Ortega, broke off relations":
/// a person set off by commas right before the verb, named by their state's office just before, is the verb's subject,
/// however many actors the sentence named earlier (issue 15, class 3: a holder is the grammatical subject).
///
/// | subject | not an appositive subject |
/// |---|---|
/// | "…, Nicaragua's president, Daniel Ortega, broke off" (NIC) | "Ortega, Correa and Chavez met" (a list, no office) |
/// | "…, Ecuador's foreign minister, Maria Espinosa, said" (ECU) | "…, Peru's ally, Brazil, said" (no person) |
extension StanceFinder {
    /// The person in "<State>'s <office>, <Person>," right before the cue verb, when the person counts for that state.
    func appositiveSubject(_ range: Range<Int>, in view: SentenceView) -> Int? {
        let comma = range.lowerBound - 1
        guard comma >= 5, view.tokens[comma].text == ",", let person = view.mentionAt[comma - 1],
              view.mentions[person].kind == .person, !view.mentions[person].isPronoun else { return nil }
        let opening = view.mentions[person].tokens.lowerBound - 1
        guard opening >= 3, view.tokens[opening].text == "," else { return nil }
        // The office: one to three lower-case words after the state's possessive ("president", "foreign minister").
        var index = opening - 1
        var words = 0
        while index >= 0, words < 3, view.tokens[index].isWord, !view.tokens[index].isCapitalised, view.mentionAt[index] == nil {
            index -= 1
            words += 1
        }
        guard words > 0, index >= 1, view.tokens[index].kind == .possessive || view.mentionAt[index].map({ view.mentions[$0].isPossessive }) == true
        else { return nil }
        let ownerAt = view.tokens[index].kind == .possessive ? index - 1 : index
        guard let owner = view.mentionAt[ownerAt], principal(view.mentions[owner].actor) == principal(view.mentions[person].actor) else {
            return nil
        }
        return person
    }
}
