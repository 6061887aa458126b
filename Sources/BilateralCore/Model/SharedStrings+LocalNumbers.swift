extension SharedStrings {
    /// The numbers one decoding thread has already been given. Stored records name the same few actors, categories
    /// and actor lists again and again; asking this memo first leaves the process-wide lock to the first sighting
    /// of each string on each thread, where every mention, event and stance of every record took it (and the
    /// threads decoding on every core queued for it).
    final class LocalNumbers {
        // Unchecked: one thread owns a memo, and the dynamic exclusivity checks cost more than the lookup.
        @exclusivity(unchecked) private var ids: [String: UInt32] = [:]
        @exclusivity(unchecked) private var lists: [[String]: UInt32] = [:]

        init() {}

        /// `SharedStrings.number(of:)`, from this thread's memo when it has seen `id`.
        func number(of id: String) -> UInt32 {
            if let number = ids[id] { return number }
            let number = SharedStrings.number(of: id)
            ids[id] = number
            return number
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
