/// One-edit matches of long single-word names ("Washinton"), and the cheap test that rules most words out first.
extension MentionIndex {
    /// False when `typoMatch(for: word)` is surely nil: no candidate opens with the word's first byte and is
    /// within one letter of its length. Most capitalised words fail here before their bytes are read.
    func mayMisspell(_ word: String) -> Bool {
        // Through the bytes in place: the generic UTF-8 view cost more than the test.
        word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= 5 else { return false }
            // A first letter of more than one byte, or with a mark after it, may equal a name's first letter written
            // otherwise: only the full match judges those.
            if bytes[0] >= 0x80 || bytes[1] >= 0x80 { return true }
            return typoLengths[Int(bytes[0])] & (1 << UInt64(min(bytes.count, 63))) != 0
        } ?? true
    }

    /// A single-word name `word` misspells by one edit (same first letter, six letters or more).
    func typoMatch(for word: String) -> Pattern? {
        let size = word.utf8.count
        guard size >= 5 else { return nil }
        var word = word
        if let fast = word.withUTF8({ bytes in asciiTypoMatch(for: bytes) }) { return fast }
        guard let first = word.first, let candidates = typoCandidates[first],
              candidates.contains(where: { abs($0.letters.count - size) <= 1 }) else { return nil }
        let bytes = Array(word.utf8)
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        // ASCII against ASCII compares bytes (one byte is one Character then); anything else compares Characters.
        let needsCharacters = !isASCII || candidates.contains { $0.asciiLetters == nil }
        let letters = needsCharacters ? Array(word) : []
        return candidates.first { pattern in
            if isASCII, let patternBytes = pattern.asciiLetters {
                return abs(patternBytes.count - bytes.count) <= 1 && Self.withinOneEdit(bytes, patternBytes)
            }
            return abs(pattern.letters.count - letters.count) <= 1 && Self.withinOneEdit(letters, pattern.letters)
        }
    }

    /// `typoMatch` for an ASCII word: `.some(nil)` when no name matches, nil when the word is not ASCII.
    private func asciiTypoMatch(for bytes: UnsafeBufferPointer<UInt8>) -> Pattern?? {
        guard bytes[0] < 0x80, Tokenizer.isASCII(bytes) else { return nil }
        let spans = asciiTypoSpans[Int(bytes[0])]
        guard !spans.isEmpty else { return .some(nil) }
        let found = typoBytes.withUnsafeBufferPointer { all -> Int? in
            for (number, span) in spans.enumerated() {
                guard span.isASCII else {
                    // A name with other letters compares Characters; an ASCII word's Characters are its bytes.
                    let pattern = asciiTypoCandidates[Int(bytes[0])][number]
                    let letters = bytes.map { Character(Unicode.Scalar($0)) }
                    if abs(pattern.letters.count - letters.count) <= 1 && Self.withinOneEdit(letters, pattern.letters) { return number }
                    continue
                }
                guard abs(Int(span.count) - bytes.count) <= 1 else { continue }
                let name = UnsafeBufferPointer(rebasing: all[Int(span.start)..<Int(span.start) + Int(span.count)])
                if Self.withinOneEdit(bytes, name) { return number }
            }
            return nil
        }
        return .some(found.map { asciiTypoCandidates[Int(bytes[0])][$0] })
    }

    /// `withinOneEdit` on bytes in place.
    static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        if a.count == b.count {
            if prefix == a.count { return false }
            if Self.same(a, prefix + 1, b, prefix + 1) { return true }
            return a.count - prefix >= 2 && a[prefix] == b[prefix + 1] && b[prefix] == a[prefix + 1] && Self.same(a, prefix + 2, b, prefix + 2)
        }
        return a.count > b.count ? Self.same(a, prefix + 1, b, prefix) : Self.same(b, prefix + 1, a, prefix)
    }

    /// True when `a` from `i` and `b` from `j` hold the same bytes to their ends.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard a.count - i == b.count - j else { return false }
        var i = i, j = j
        while i < a.count {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Bool {
        if a == b { return false }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        let restA = a[prefix...], restB = b[prefix...]
        if a.count == b.count {
            if restA.dropFirst().elementsEqual(restB.dropFirst()) { return true }
            return restA.count >= 2 && restA.first == restB.dropFirst().first && restB.first == restA.dropFirst().first
                && restA.dropFirst(2).elementsEqual(restB.dropFirst(2))
        }
        return a.count > b.count ? restA.dropFirst().elementsEqual(restB) : restB.dropFirst().elementsEqual(restA)
    }
}
