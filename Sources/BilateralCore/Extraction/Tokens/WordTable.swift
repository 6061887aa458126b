/// FNV-1a over a word's UTF-8 bytes: the tokenizer computes it while it reads a token, so the
/// lexicons look words up without rehashing them (String's own hashing is seeded SipHash, far dearer).
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func of(_ word: String) -> UInt64 {
        // Through a buffer: iterating `utf8` goes through the generic String index machinery per byte.
        if let hash = word.utf8.withContiguousStorageIfAvailable(of) { return hash }
        var hash = seed
        for byte in word.utf8 { hash = step(hash, byte) }
        return hash
    }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}

/// A read-only map from words to values, open-addressed on `WordHash`.
struct WordTable<Value: Sendable>: Sendable {
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 8)
    private var shift: UInt64 = 61

    init() {}

    /// Later duplicates of a key are dropped: the first value wins.
    init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
        for (key, value) in pairs where index(of: key, hash: WordHash.of(key)) == nil {
            keys.append(key)
            values.append(value)
            hashes.append(WordHash.of(key))
            if keys.count * 4 > slots.count { rebuild() }
            else { place(keys.count - 1) }
        }
    }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// Four slots per key at least: most lookups miss, and a sparse table ends them at the first slot.
    private mutating func rebuild() {
        var size = 8
        while size < keys.count * 4 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for entry in keys.indices { place(entry) }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Self.slot(hashes[entry], shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing spreads FNV's weaker low bits over the table.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The entry holding `word`, whose `WordHash` is `hash`.
    @inline(__always)
    func index(of word: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(hash, shift)
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if hashes[stored - 1] == hash && keys[stored - 1] == word { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func value(for word: String, hash: UInt64) -> Value? {
        index(of: word, hash: hash).map { values[$0] }
    }

    subscript(_ word: String) -> Value? {
        value(for: word, hash: WordHash.of(word))
    }

    /// The token's lower-case form looked up with the hash the tokenizer already took.
    @inline(__always)
    subscript(lower token: Token) -> Value? {
        value(for: token.lower, hash: token.lowerHash)
    }
}

/// A read-only set of words, for the many "is this word one of …" checks of the rules.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    /// Bit `length` (capped at 63) of entry `first byte` is set when a word of the set has both.
    private var lengths = [UInt64](repeating: 0, count: 256)

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        table = WordTable(words.map { ($0, true) })
        for word in table.keys {
            guard let first = word.utf8.first else { continue }
            lengths[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    var isEmpty: Bool { table.isEmpty }
    var count: Int { table.count }
    var words: [String] { table.keys }

    func contains(_ word: String) -> Bool {
        // Most words asked about are in no list: a first-byte-and-length check turns them away unhashed.
        let hash: UInt64? = word.utf8.withContiguousStorageIfAvailable { bytes in
            if let first = bytes.first, lengths[Int(first)] & (1 << UInt64(min(bytes.count, 63))) == 0 { return nil }
            return WordHash.of(bytes)
        } ?? WordHash.of(word)
        guard let hash else { return false }
        return table.index(of: word, hash: hash) != nil
    }

    /// The token's lower-case form, without rehashing it.
    @inline(__always)
    func contains(lower token: borrowing Token) -> Bool {
        table.index(of: token.lower, hash: token.lowerHash) != nil
    }
}

/// Words matched as written (names, month names): probed by the token's lower-case hash, then
/// compared on the exact text, so "May" and "may" stay apart without a second hash per token.
struct CaseTable<Value: Sendable>: Sendable {
    private var table = WordTable<[Variant]>()

    struct Variant: Sendable {
        var text: String
        var value: Value
    }

    init() {}

    /// Later duplicates of a text are never found: the first value wins.
    init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
        var grouped: [String: [Variant]] = [:]
        var order: [String] = []
        for (text, value) in pairs {
            let lower = text.lowercased()
            if grouped[lower] == nil { order.append(lower) }
            grouped[lower, default: []].append(Variant(text: text, value: value))
        }
        table = WordTable(order.map { ($0, grouped[$0] ?? []) })
    }

    var isEmpty: Bool { table.isEmpty }

    @inline(__always)
    subscript(_ token: Token) -> Value? {
        guard let variants = table.value(for: token.lower, hash: token.lowerHash) else { return nil }
        for variant in variants where variant.text == token.text { return variant.value }
        return nil
    }

    /// A word given as text, hashed here.
    subscript(_ text: String) -> Value? {
        let lower = text.lowercased()
        guard let variants = table.value(for: lower, hash: WordHash.of(lower)) else { return nil }
        for variant in variants where variant.text == text { return variant.value }
        return nil
    }
}

/// One word and its `WordHash`, for a rule that asks of many tokens whether they are that word: the hashes
/// turn nearly every other token away, where a failed String compare is a call into the runtime.
struct HashedWord: Sendable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        self.hash = WordHash.of(text)
    }

    /// True when the token's lower-case form is this word.
    @inline(__always)
    func matches(_ token: Token) -> Bool {
        token.lowerHash == hash && token.lower == text
    }
}

/// One bit per slice of the hash space: a clear bit means no word of the set has a hash in that slice, so
/// the many words of a text that start no name or cue are turned away before any table or call.
struct HashFilter: Sendable {
    /// 65,536 bits.
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<Hashes: Sequence>(_ hashes: Hashes) where Hashes.Element == UInt64 {
        for hash in hashes {
            let bit = Self.bit(hash)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    private static func bit(_ hash: UInt64) -> Int {
        // Fibonacci hashing spreads FNV's weaker bits over the slices.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// False when no word of the set has this `WordHash`.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
