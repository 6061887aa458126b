import BilateralCore
import BilateralTUI

/// Saves the dashboard's user edits in the corpus store.
enum UserEdits {
    static func save(_ edit: UserEdit, model: CorpusModel, in opened: StoredCorpus.Opened) throws(StoreError) {
        switch edit {
        case .marks(let articleKey, let marks):
            guard let key = opened.keys[articleKey] else { return }
            try opened.store.save(marks, for: key)
        case .verdict(let index, let verdict):
            guard model.stances.indices.contains(index) else { return }
            let stance = model.stances[index]
            guard let marksKey = model.articles.first(where: { $0.id == stance.article })?.marksKey, let key = opened.keys[marksKey] else { return }
            try opened.store.save(verdict, for: StanceKey(article: key, stance: stance))
        }
    }
}
