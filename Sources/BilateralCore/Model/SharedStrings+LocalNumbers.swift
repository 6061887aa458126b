extension SharedStrings {
    /// The numbers one decoding thread has already been given. Stored records name the same few actors, categories
    /// and actor lists again and again; asking this memo first leaves the process-wide lock to the first sighting
    /// of each string on each thread, where every mention, event and stance of every record took it (and the
    /// threads decoding on every core queued for it).
    final class LocalNumbers {
        // Unchecked: one thread owns a memo, and the dynamic exclusivity checks cost more than the lookup.
        @exclusivity(unchecked) private var ids: [String: UInt32] = [:]
        @exclusivity(unchecked) private var lists: [[String]: UInt32] = [:]
        /// The same numbers by the strings' UTF-8 bytes (`number(ofUTF8:)`).
        @exclusivity(unchecked) private var byBytes = UTF8Numbers()

        init() {}

        /// `SharedStrings.number(of:)`, from this thread's memo when it has seen `id`.
        func number(of id: String) -> UInt32 {
            if let number = ids[id] { return number }
            let number = SharedStrings.number(of: id)
            ids[id] = number
            return number
        }

        /// The number of the string whose UTF-8 is `bytes` (as `String(decoding:as:)` reads them), found by its
        /// bytes: a record's 30-odd mentions per article and its stances' actors, cues and categories are looked
        /// up without making a string or hashing one (at 100k articles that was a third of a warm open's work).
        func number(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
            let hash = UTF8Numbers.hash(bytes)
            if let number = byBytes.number(of: bytes, hash: hash) { return number }
            let numbered = number(of: String(decoding: bytes, as: UTF8.self))
            byBytes.insert(bytes, hash: hash, number: numbered)
            return numbered
        }

        /// `SharedStrings.number(ofList:)`, from this thread's memo when it has seen `list`.
        func number(ofList list: [String]) -> UInt32 {
            if let number = lists[list] { return number }
            let number = SharedStrings.number(ofList: list)
            lists[list] = number
            return number
        }
    }
}
