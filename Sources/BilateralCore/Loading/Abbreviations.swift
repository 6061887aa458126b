/// Words written with a final period that do not, or need not, end a sentence (lower-cased).
enum Abbreviations {
    /// Titles before a name: never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
        "cpt", "sgt", "adm", "cmdr", "brig", "st", "rev", "hon", "pres", "amb", "supt", "insp", "fr", "sr",
        "mme", "mlle", "herr",
    ]

    /// Abbreviations before a number: "Dec. 16", "No. 3", "p. 12".
    static let beforeNumbers: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "ch", "sec", "para", "ed", "ca", "c",
    ]

    /// Abbreviations that sit inside a sentence.
    static let neverFinal: Set<String> = ["vs", "cf", "viz", "approx", "e.g", "i.e", "eg", "ie", "incl", "esp", "resp"]

    /// Abbreviations that end a sentence only when a usual sentence opener follows.
    static let oftenFinal: Set<String> = [
        "etc", "inc", "ltd", "co", "corp", "jr", "bros", "al", "est", "dept", "univ", "assn", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that commonly open an English sentence; after "U.S." they mean a new one starts.
    static let sentenceStarters: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "but", "and", "however",
        "he", "she", "they", "we", "i", "a", "an", "as", "if", "when", "while", "what", "why", "how", "yet",
        "so", "still", "for", "after", "before", "since", "there", "here", "meanwhile", "moreover", "thus",
        "therefore", "also", "both", "such", "then", "now", "one", "some", "many", "most", "his", "her",
        "their", "our", "my", "no", "not", "even", "only", "with", "without", "instead", "indeed", "nor",
        "although", "though", "because", "despite", "according", "today", "yesterday", "last", "next",
        "every", "all", "each", "another", "other", "further", "furthermore", "finally", "first", "second",
        "third", "nevertheless", "nonetheless", "consequently", "similarly", "likewise", "unlike", "like",
        "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may",
    ]
}
