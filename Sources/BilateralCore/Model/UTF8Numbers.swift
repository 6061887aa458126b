/// An open-addressing table from strings' UTF-8 bytes to their shared numbers, for `SharedStrings.LocalNumbers`:
/// probed with an FNV-1a hash of the bytes and confirmed by comparing them, so a lookup makes no string. The bytes
/// of each string are kept once, one after another, in one array. It holds what one decoding thread has seen: the
/// vocabulary of actor ids, cues and categories, so it stays small.
struct UTF8Numbers {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
        var number: UInt32
    }

    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    /// Per slot, 1 + the index of the entry there, or 0 for an empty slot; a power of two, never more than half full.
    private var slots = [Int32](repeating: 0, count: 256)

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The number of the string whose UTF-8 is `bytes` (of hash `hash`), when it has been inserted.
    func number(of wanted: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.length == wanted.count, same(entry, wanted) { return entry.number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records `bytes` (of hash `hash`, not yet present) as the string numbered `number`.
    mutating func insert(_ new: UnsafeBufferPointer<UInt8>, hash: UInt64, number: UInt32) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(hash: hash, start: bytes.count, length: new.count, number: number))
        bytes.append(contentsOf: new)
        place(entries.count - 1)
    }

    private func same(_ entry: Entry, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            var index = 0
            while index < wanted.count {
                if stored[entry.start + index] != wanted[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }
}
