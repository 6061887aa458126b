import Synchronization

/// Every token spelling met in this process, each kept once at an address that never changes, so that a token
/// holds that address rather than two strings of its own.
///
/// Like `SharedStrings`, it keeps what it is given for the life of the process: a corpus of news meets some tens of
/// thousands of spellings (under a hundred bytes each). The tokenizer asks it only for spellings its run has not
/// met yet (`TokenStrings` answers the rest without taking the lock).
enum TokenSpellings {
    private struct Store: ~Copyable {
        /// By the bytes the tokenizer read.
        var written: [String: TokenSpelling.Address] = [:]
        /// By the text given to `Token.init(text:)`, which is kept as given (apostrophes are not made plain).
        var given: [String: TokenSpelling.Address] = [:]
        /// Spellings are placed one after another in blocks that are never freed, so an address stays valid.
        var block: UnsafeMutablePointer<TokenSpelling>?
        var usedInBlock = 0

        static let blockSize = 1024

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

    private static let store = Mutex(Store())

    /// The spelling of the token read as `bytes`, made by `make` the first time these bytes are met.
    static func spelling(written bytes: UnsafeBufferPointer<UInt8>, make: () -> TokenSpelling) -> TokenSpelling.Address {
        let written = String(decoding: bytes, as: UTF8.self)
        return store.withLock { store in
            if let known = store.written[written] { return known }
            let address = store.place(make())
            store.written[written] = address
            return address
        }
    }

    /// The spelling of a token made from its text.
    static func spelling(ofText text: String) -> TokenSpelling.Address {
        store.withLock { store in
            if let known = store.given[text] { return known }
            let address = store.place(TokenSpelling(text: text))
            store.given[text] = address
            return address
        }
    }
}
