/// A cheap pre-check before a dictionary lookup: has any key this first byte and this length?
///
/// Most tokens start no gazetteer name or cue, and this table answers that without hashing.
struct KeyFilter: Sendable {
    /// Bit `length` (capped at 63) of entry `firstByte` is set when a key with both exists.
    private var bits = [UInt64](repeating: 0, count: 256)

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == String {
        for key in keys {
            guard let first = key.utf8.first else { continue }
            bits[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
    }

    func mayContain(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        return bits[Int(first)] & (1 << UInt64(min(key.utf8.count, 63))) != 0
    }
}
