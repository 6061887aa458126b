/// English inflection, enough for the cue lexicon.
enum Inflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Base, third person, past and gerund of a verb's head word.
    static func verbForms(_ verb: String) -> [String] {
        let word = verb.split(separator: " ").first.map(String.init) ?? verb
        guard let last = word.last else { return [] }
        let stem = word.dropLast()
        if last == "e" {
            let gerund = word.hasSuffix("ee") ? word + "ing" : stem + "ing"
            return [word, word + "s", word + "d", gerund]
        }
        if last == "y", let before = stem.last, !vowels.contains(before) {
            return [word, stem + "ies", stem + "ied", word + "ing"]
        }
        if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") || word.hasSuffix("z") {
            return [word, word + "es", word + "ed", word + "ing"]
        }
        let letters = Array(word)
        var forms = [word, word + "s", word + "ed", word + "ing"]
        // "ban" → "banned", "expel" → "expelled": both spellings, since stress decides and costs nothing to keep.
        if letters.count >= 3, !vowels.contains(last), !"wxy".contains(last),
           vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3]) {
            forms += [word + String(last) + "ed", word + String(last) + "ing"]
        } else if last == "l", letters.count >= 3, vowels.contains(letters[letters.count - 2]) {
            // "initial" → "initialled", "signal" → "signalled": British spelling doubles a final l after any vowel.
            forms += [word + "led", word + "ling"]
        }
        return forms
    }

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") { return noun }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !vowels.contains(before) { return noun.dropLast() + "ies" }
        if noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") { return noun + "es" }
        return noun + "s"
    }
}
