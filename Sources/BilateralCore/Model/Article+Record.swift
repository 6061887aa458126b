extension Article {
    /// For one record of a file holding many (a feed item, a JSON Lines or CSV record), the record's
    /// part of the id (`3` of `news.xml#3`); nil for an article that is its whole file.
    public var record: String? {
        let file = CorpusLoader.fileName(of: path)
        guard id.utf8.count > file.utf8.count + 1, id.hasPrefix(file + "#") else { return nil }
        return String(id.dropFirst(file.count + 1))
    }

    /// The key the user's marks (read, bookmark, note) are kept under: the path for an article that is
    /// its whole file, `path#record` for a record, so each item of a feed is marked on its own.
    public var marksKey: String {
        record.map { path + "#" + $0 } ?? path
    }
}
