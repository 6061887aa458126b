import Synchronization

/// Every token spelling met in this process, each kept once at an address that never changes, so that a token
/// holds that address rather than two strings of its own.
///
/// The tokenizer looks a spelling up by its bytes for every token it reads, without a lock: a slot is published
/// (release) only after its entry is written, and read (acquire) before the entry is. Spellings it has not met are
/// added under a lock. Like `SharedStrings`, it keeps what it is given for the life of the process: news repeats
/// a vocabulary of some tens of thousands of spellings (72 bytes each in the table). Past `capacity`, and for
/// tokens longer than a `WordKey` holds, spellings are kept in dictionaries instead, found under the lock.
final class TokenSpellings: @unchecked Sendable {
    // Unchecked: `keys` and `spellings` entries are written once, under `store`'s lock, before the slot that
    // leads to them is published, and never changed or freed after; the slots are atomics.

    static let shared = TokenSpellings(capacity: 1 << 15)

    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: UnsafeMutablePointer<Atomic<UInt16>>
    private let slotMask: Int
    private let shift: UInt64
    private let keys: UnsafeMutablePointer<WordKey>
    private let spellings: UnsafeMutablePointer<TokenSpelling>
    private let capacity: Int
    private let store = Mutex(Overflow())

    /// What the lock guards: the number of table entries and the spellings kept outside the table.
    private struct Overflow: ~Copyable {
        var count = 0
        /// By the bytes the tokenizer read, for spellings the table cannot key or hold.
        var written: [String: TokenSpelling.Address] = [:]
        /// By the text given to `Token.init(text:)`, which is kept as given (apostrophes are not made plain).
        var given: [String: TokenSpelling.Address] = [:]
        /// Spellings outside the table are placed one after another in blocks that are never freed.
        var block: UnsafeMutablePointer<TokenSpelling>?
        var usedInBlock = 0

        static let blockSize = 256

        mutating func place(_ spelling: TokenSpelling) -> TokenSpelling.Address {
            let slot: UnsafeMutablePointer<TokenSpelling>
            if let block, usedInBlock < Self.blockSize {
                slot = block + usedInBlock
            } else {
                slot = UnsafeMutablePointer<TokenSpelling>.allocate(capacity: Self.blockSize)
                block = slot
                usedInBlock = 0
            }
            slot.initialize(to: spelling)
            usedInBlock += 1
            return TokenSpelling.Address(pointer: UnsafePointer(slot))
        }
    }

    /// A table of `capacity` entries (at most 65,535, so a slot holds an entry in 16 bits); only the pages
    /// of entries in use are ever touched.
    init(capacity: Int) {
        precondition(capacity < Int(UInt16.max), "slots hold 16-bit entry numbers")
        self.capacity = capacity
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = .allocate(capacity: size)
        for slot in 0..<size { (slots + slot).initialize(to: Atomic(0)) }
        slotMask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        keys = .allocate(capacity: capacity)
        spellings = .allocate(capacity: capacity)
    }

    /// The spelling of exactly these bytes, if the table holds it.
    @inline(__always)
    func spelling(for key: WordKey) -> TokenSpelling.Address? {
        var slot = Int(truncatingIfNeeded: key.hash &>> shift)
        while true {
            let stored = Int(slots[slot].load(ordering: .acquiring))
            if stored == 0 { return nil }
            if keys[stored &- 1] == key { return TokenSpelling.Address(pointer: UnsafePointer(spellings + (stored &- 1))) }
            slot = (slot &+ 1) & slotMask
        }
    }

    /// The spelling of the token read as `bytes` (keyed by `key` when it fits one), made by `make` the first time.
    func spelling(written bytes: UnsafeBufferPointer<UInt8>, key: WordKey?, make: () -> TokenSpelling) -> TokenSpelling.Address {
        store.withLock { store in
            if let key, let address = add(key, count: &store.count, make: make) { return address }
            let written = String(decoding: bytes, as: UTF8.self)
            if let known = store.written[written] { return known }
            let address = store.place(make())
            store.written[written] = address
            return address
        }
    }

    /// The spelling of a token made from its text.
    func spelling(ofText text: String) -> TokenSpelling.Address {
        store.withLock { store in
            if let known = store.given[text] { return known }
            let address = store.place(TokenSpelling(text: text))
            store.given[text] = address
            return address
        }
    }

    /// Under the lock: the table's spelling for `key`, added if another thread has not added it meanwhile;
    /// nil when the table is full.
    private func add(_ key: WordKey, count: inout Int, make: () -> TokenSpelling) -> TokenSpelling.Address? {
        var slot = Int(truncatingIfNeeded: key.hash &>> shift)
        while true {
            let stored = Int(slots[slot].load(ordering: .relaxed))
            if stored == 0 { break }
            if keys[stored - 1] == key { return TokenSpelling.Address(pointer: UnsafePointer(spellings + (stored - 1))) }
            slot = (slot + 1) & slotMask
        }
        guard count < capacity else { return nil }
        (keys + count).initialize(to: key)
        (spellings + count).initialize(to: make())
        count += 1
        slots[slot].store(UInt16(count), ordering: .releasing)
        return TokenSpelling.Address(pointer: UnsafePointer(spellings + (count - 1)))
    }
}
