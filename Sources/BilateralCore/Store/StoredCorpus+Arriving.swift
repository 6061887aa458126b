/// The user's marks and verdicts for models assembled while the corpus still opens (the
/// dashboard's panes fill as articles arrive), so a read mark, bookmark, note or verdict
/// shows from the first partial model on, not only once the whole corpus is open.
public struct StoredUserData: Sendable {
    let attacher: UserDataAttacher
    /// Each root as listed (with a trailing slash) and as the store keys it (absolute).
    let roots: [(listed: String, absolute: String)]

    /// Puts the stored marks and verdicts on `model`'s articles and stances. Before the corpus is
    /// open the files' content hashes are not at hand, so articles are matched by path alone; the
    /// finished model matches by hash too (a renamed file's marks appear then).
    public func attach(to model: inout CorpusModel) {
        var keys: [String: ArticleKey] = [:]
        for article in model.articles {
            var key = ArticleKey(path: absolute(article.path), contentHash: "")
            key.record = article.record
            keys[article.marksKey] = key
        }
        attacher.attach(to: &model) { keys[$0] }
    }

    /// The store's path of a listed file: under the longest root that holds it, as `StoredCorpus.open` keys it.
    func absolute(_ path: String) -> String {
        for root in roots where path.hasPrefix(root.listed) {
            return root.absolute + "/" + path.dropFirst(root.listed.count)
        }
        return roots.first { $0.listed == path + "/" || $0.listed == path }?.absolute ?? path
    }
}

extension StoredCorpus {
    /// The user's rows as stored now, for the models of a corpus opened from `roots` before `open` returns.
    /// - Throws: `StoreError` when the store cannot be read.
    public func storedUserData(roots: [String]) throws(StoreError) -> StoredUserData {
        let listed = roots.map { root in
            (listed: root.hasSuffix("/") ? root : root + "/", absolute: StoreLocation.identity(of: [root]).first ?? root)
        }
        return StoredUserData(
            attacher: UserDataAttacher(marks: try store.allMarks(), verdicts: try store.allVerdicts()),
            roots: listed.sorted { $0.listed.count > $1.listed.count })
    }
}
