/// Answers already worked out for a word as written (such as its one-edit name match or its token strings),
/// kept across a run on one thread, so a word met again is looked up rather than worked out again.
final class WordMemo<Value> {
    // Unchecked: one thread, and the dynamic exclusivity checks cost more than the lookup.
    @exclusivity(unchecked) private var keys: [WordKey] = []
    @exclusivity(unchecked) private var values: [Value] = []
    /// Entry index + 1 per slot; 0 marks an empty slot.
    @exclusivity(unchecked) private var slots: [Int32]
    private let shift: UInt64
    private let capacity: Int

    init(capacity: Int = 1 << 13) {
        self.capacity = capacity
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Where `word` is, or would go: the caller works the value out only when `found` is nil.
    struct Probe {
        fileprivate var key: WordKey?
        fileprivate var slot = 0
        /// The entry holding the word's value, if it is kept.
        fileprivate(set) var found: Int?
    }

    // A lookup and a store rather than one call taking a closure: the closure's capture of the caller cost a copy.
    func probe(_ word: String) -> Probe {
        var bytes = word
        guard let key = bytes.withUTF8({ WordKey($0) }) else { return Probe(key: nil) }
        return probe(key: key)
    }

    /// Where the word with this key is, or would go.
    @inline(__always)
    func probe(key: WordKey) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return Probe(key: key, slot: slot) }
            if keys[stored - 1] == key { return Probe(key: key, slot: slot, found: stored - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// The value of an entry `probe` found.
    func value(_ entry: Int) -> Value {
        values[entry]
    }

    /// Keeps `value` where `probe` found no entry, when there is room and the word is short enough to key.
    func keep(_ value: Value, at probe: Probe) {
        guard let key = probe.key, probe.found == nil, keys.count < capacity else { return }
        keys.append(key)
        values.append(value)
        slots[probe.slot] = Int32(keys.count)
    }
}
