import Foundation

/// ASCII stand-ins for what a non-UTF-8 terminal cannot show.
///
/// Under `LANG=C` curses drops non-ASCII characters silently, so the app draws
/// straight quotes, `-` for dashes and Latin letters for accented and Cyrillic ones,
/// and `?` for anything else.
public enum Transliteration {
    /// The ASCII text for one character (may be empty for invisible ones, or several letters).
    public static func ascii(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let known = table[character] { return known }
        if let latin = latinBase(character) { return latin }
        if character.displayWidth == 0 { return "" }
        return "?"
    }

    /// `text` with every character replaced by its ASCII stand-in.
    public static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text { result += ascii(character) }
        return result
    }

    /// The ASCII letter under an accented Latin one (é → e), when there is exactly one.
    static func latinBase(_ character: Character) -> String? {
        let decomposed = String(character).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.filter { $0.isASCII }
        guard base.count == 1, decomposed.unicodeScalars.count > 1 else { return nil }
        return String(String.UnicodeScalarView(base))
    }

    static let table: [Character: String] = {
        var table: [Character: String] = [
            "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
            "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
            "\u{00AB}": "\"", "\u{00BB}": "\"", "\u{2039}": "<", "\u{203A}": ">",
            "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
            "\u{2015}": "-", "\u{2212}": "-", "\u{2026}": "...", "\u{00A0}": " ", "\u{2009}": " ",
            "\u{202F}": " ", "\u{2022}": "*", "\u{00B7}": ".", "\u{2192}": "->", "\u{2190}": "<-",
            "\u{2194}": "<->", "\u{00D7}": "x", "\u{2264}": "<=", "\u{2265}": ">=", "\u{2260}": "!=",
            "\u{00B0}": "o", "\u{00A9}": "(c)", "\u{00AE}": "(R)", "\u{2122}": "TM", "\u{20AC}": "EUR",
            "\u{00A3}": "GBP", "\u{00A5}": "JPY", "\u{20BD}": "RUB", "\u{00DF}": "ss", "\u{00E6}": "ae",
            "\u{00C6}": "AE", "\u{0153}": "oe", "\u{0152}": "OE", "\u{00F8}": "o", "\u{00D8}": "O",
            "\u{0142}": "l", "\u{0141}": "L", "\u{0111}": "d", "\u{0110}": "D", "\u{00F0}": "d",
            "\u{00FE}": "th", "\u{0131}": "i", "\u{2502}": "|", "\u{2503}": "|", "\u{2500}": "-",
            "\u{2501}": "-", "\u{2588}": "#", "\u{25B2}": "^", "\u{25BC}": "v", "\u{25B6}": ">",
            "\u{2713}": "v", "\u{2717}": "x", "\u{00BD}": "1/2", "\u{00BC}": "1/4", "\u{00BE}": "3/4",
            "\u{3000}": "  ", "\u{3001}": ",", "\u{3002}": ".",
        ]
        for scalar in 0x2500...0x257F {
            if let box = Unicode.Scalar(scalar), table[Character(box)] == nil { table[Character(box)] = "+" }
        }
        for (offset, level) in ["_", "_", ".", "-", "-", "=", "#", "#"].enumerated() {
            if let block = Unicode.Scalar(0x2581 + offset) { table[Character(block)] = level }
        }
        let cyrillic = [
            "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
        ]
        for (offset, latin) in cyrillic.enumerated() {
            if let lower = Unicode.Scalar(0x0430 + offset), let upper = Unicode.Scalar(0x0410 + offset) {
                table[Character(lower)] = latin
                table[Character(upper)] = latin.prefix(1).uppercased() + latin.dropFirst()
            }
        }
        table["\u{0451}"] = "yo"
        table["\u{0401}"] = "Yo"
        return table
    }()
}
