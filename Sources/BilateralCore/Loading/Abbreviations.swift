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

    /// The sets a word belongs to, for the look-up on packed bytes.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let title = Kinds(rawValue: 1)
        static let beforeNumber = Kinds(rawValue: 2)
        static let neverFinal = Kinds(rawValue: 4)
        static let oftenFinal = Kinds(rawValue: 8)
    }

    /// The sets of each word of `titles`, `beforeNumbers`, `neverFinal` and `oftenFinal`, keyed as `packedASCII` packs it.
    static let kinds: [UInt64: Kinds] = {
        var kinds: [UInt64: Kinds] = [:]
        for (words, kind) in [(titles, Kinds.title), (beforeNumbers, .beforeNumber), (neverFinal, .neverFinal), (oftenFinal, .oftenFinal)] {
            for word in words {
                guard let key = word.utf8.withContiguousStorageIfAvailable({ packedASCII($0, 0..<$0.count) }) ?? nil else {
                    preconditionFailure("abbreviations are short ASCII words")
                }
                kinds[key, default: []].insert(kind)
            }
        }
        return kinds
    }()

    /// The bytes of `range`, ASCII letters lower-cased, packed one a byte; nil when there are more
    /// than eight or one is not ASCII (no abbreviation is either).
    static func packedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for index in range {
            guard bytes[index] < 0x80 else { return nil }
            packed = packed << 8 | UInt64(ByteSearch.lower(bytes[index]))
        }
        return packed
    }

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
