/// Which files of a corpus its store cannot answer for.
extension StoredCorpus {
    /// The listing positions (in listing order) of files whose stored record cannot be used: new, extracted by
    /// another extractor version, unreadable now, or changed.
    ///
    /// A file whose time changed but whose size did not is read and hashed: when its bytes are the stored ones
    /// (touched, checked out again, copied back), its new size and time are stored and it is not extracted again.
    /// - Parameter facts: each listed file's size and time (`FileFacts.of`), nil when it cannot be read.
    /// - Returns: also how many listed files the store has a row for (all its rows: no file is gone).
    func staleFiles(
        _ listed: [ListedFile], facts listedFacts: [FileFacts?], known: [String: CorpusStore.FileRow], version: String
    ) throws(StoreError) -> (stale: [Int], matched: Int) {
        var stale: [Int] = []
        var matched = 0
        var suspects: [(index: Int, facts: FileFacts, hash: String)] = []
        for (index, file) in listed.enumerated() {
            let row = known[file.absolute]
            if row != nil { matched += 1 }
            guard let row, row.version == version, index < listedFacts.count, let facts = listedFacts[index] else {
                stale.append(index)
                continue
            }
            guard facts != row.facts else { continue }
            if facts.size == row.facts.size, !row.contentHash.isEmpty {
                suspects.append((index, facts, row.contentHash))
            } else {
                stale.append(index)
            }
        }
        guard !suspects.isEmpty else { return (stale, matched) }
        let unchanged = ParallelMap.map(suspects, makeWorker: { () }) { suspect, _ -> Bool in
            guard case .success(let bytes) = FileBytes.read(listed[suspect.index].path) else { return false }
            return ContentHash.of(bytes) == suspect.hash
        }
        var touched: [(path: String, facts: FileFacts)] = []
        for (suspect, same) in zip(suspects, unchanged) {
            if same {
                touched.append((listed[suspect.index].absolute, suspect.facts))
            } else {
                stale.append(suspect.index)
            }
        }
        try store.touch(touched)
        return (stale.sorted(), matched)
    }
}
