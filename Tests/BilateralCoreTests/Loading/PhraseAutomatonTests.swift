import Testing
@testable import BilateralCore

@Suite struct PhraseAutomatonTests {
    private static let groups = [["he", "she", "his", "hers"], ["share this", "© "], ["a", "aaa"], ["xyz"]]

    /// The groups a plain search finds: each phrase looked for in the text with ASCII letters lower-cased.
    private func expected(_ text: String) -> UInt8 {
        let lower = String(decoding: text.utf8.map(ByteSearch.lower), as: UTF8.self)
        var found: UInt8 = 0
        for (group, phrases) in Self.groups.enumerated() where phrases.contains(where: { lower.utf8.contains($0.utf8) }) {
            found |= 1 << group
        }
        return found
    }

    private func found(_ text: String) -> UInt8 {
        var text = text
        return text.withUTF8 { PhraseAutomaton(groups: Self.groups).groups(in: $0) }
    }

    @Test func findsWhatAPlainSearchFinds() {
        let texts = [
            "", "ushers", "USHERS", "Share This article", "share thi", "©", "© 2020", "xy z", "xxyz", "bbbb",
            "hishe", "sshare this", "Ü© shE", "the end", "no match here",
        ]
        for text in texts {
            #expect(found(text) == expected(text), "\(text)")
        }
        // Every short string over a small alphabet, so suffix links are exercised.
        let alphabet = ["a", "h", "e", "s", "x", "y", "z", "r", "i", " "]
        var strings = [""]
        for _ in 0..<4 { strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } } }
        for text in strings {
            #expect(found(text) == expected(text), "\(text)")
        }
    }
}

extension Sequence where Element: Equatable {
    /// True when `other` occurs as a contiguous run.
    fileprivate func contains(_ other: some Collection<Element>) -> Bool {
        let elements = Array(self)
        let needle = Array(other)
        guard needle.count <= elements.count else { return false }
        return (0...(elements.count - needle.count)).contains { Array(elements[$0..<($0 + needle.count)]) == needle }
    }
}
