extension String {
    /// True when the UTF-8 bytes end with `suffix`, an ASCII literal ("ed", "ing", "n't").
    ///
    /// The rules ask this of nearly every word they pass: `hasSuffix` compares Characters through the
    /// grapheme machinery (about 160 instructions a call), the bytes of a word take about 20. For an ASCII
    /// suffix both agree on any word a tokenizer makes (a combining mark after the suffix defeats both).
    @inline(__always)
    func endsWithASCII(_ suffix: StaticString) -> Bool {
        let tail = suffix.utf8Start, count = suffix.utf8CodeUnitCount
        if let answer = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard bytes.count >= count else { return false }
            let start = bytes.count - count
            for offset in 0..<count where bytes[start + offset] != tail[offset] { return false }
            return true
        }) {
            return answer
        }
        return hasSuffix(String(decoding: UnsafeBufferPointer(start: tail, count: count), as: UTF8.self))
    }
}
