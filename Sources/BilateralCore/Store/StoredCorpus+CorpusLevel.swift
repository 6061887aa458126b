/// The corpus-level step of an open through the store: duplicate groups and the focal pair, taken from the
/// store's snapshot when the articles are exactly those it was made for, else found again with the duplicate
/// step's memo (so only what changed is measured) and stored for the next open.
extension StoredCorpus {
    /// The model of `items` (in corpus order, with one identity each; see `DuplicateMemo.identity`).
    /// - Parameter bodies: where the bodies of `items` held without them are read back from.
    func corpusModel(
        _ items: [ExtractedArticle], warnings: [LoadWarning], identities: [UInt64?], bodies: ArticleBodies
    ) -> CorpusModel {
        let key = CorpusSnapshot.key(identities: identities, detectsDuplicates: extractor.detectsDuplicates)
        if let key, let snapshot = store.corpusSnapshot(articleCount: items.count), snapshot.key == key {
            return extractor.assemble(items, warnings: warnings, knownGroups: snapshot.groups, knownPair: snapshot.pair, bodies: bodies)
        }
        var memo = (extractor.detectsDuplicates ? store.duplicateMemo() : nil) ?? DuplicateMemo()
        let model = extractor.assemble(items, warnings: warnings, identities: identities, memo: &memo, bodies: bodies)
        // Only time is lost when these cannot be stored (the store busy or read-only): the next open measures again.
        if memo.changed { try? store.saveDuplicateMemo(memo) }
        if let key { try? store.saveCorpusSnapshot(CorpusSnapshot(key: key, groups: model.duplicates.groups, pair: model.pair)) }
        return model
    }
}
