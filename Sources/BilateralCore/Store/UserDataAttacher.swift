/// Puts the user's rows back on a freshly assembled model: marks on articles, verdicts on stances.
struct UserDataAttacher {
    let marks: (byHash: [String: ArticleMarks], byPath: [String: ArticleMarks])
    let verdicts: [StanceKey: StanceVerdict]

    /// Attaches to `model`, whose articles' store keys `keys` gives (by `Article.marksKey`).
    func attach(to model: inout CorpusModel, keys: (String) -> ArticleKey?) {
        // Keys are made when asked for: with nothing marked, none is made.
        for article in model.articles where !marks.byHash.isEmpty || !marks.byPath.isEmpty {
            guard let key = keys(article.marksKey) else { continue }
            let found = (key.contentHash.isEmpty ? nil : marks.byHash[key.marksHash]) ?? marks.byPath[key.marksPath]
            if let found { model.marks[article.marksKey] = found }
        }
        guard !verdicts.isEmpty else { return }
        // Verdicts are looked up under both the article's hash and its path, as their rows were written.
        var byHash: [StanceKey: StanceVerdict] = [:]
        var byPath: [StanceKey: StanceVerdict] = [:]
        for (key, verdict) in verdicts {
            var hashOnly = key
            hashOnly.article.path = ""
            byHash[hashOnly] = verdict
            var pathOnly = key
            pathOnly.article.contentHash = ""
            byPath[pathOnly] = verdict
        }
        let keyByID = Dictionary(model.articles.map { ($0.id, $0.marksKey) }, uniquingKeysWith: { first, _ in first })
        for index in model.stances.indices {
            let stance = model.stances[index]
            guard let marksKey = keyByID[stance.article], let article = keys(marksKey) else { continue }
            var key = StanceKey(article: article, stance: stance)
            key.article.path = ""
            if let verdict = byHash[key] {
                model.stances[index].verdict = verdict
                continue
            }
            key.article = ArticleKey(path: article.path, contentHash: "")
            if let verdict = byPath[key] { model.stances[index].verdict = verdict }
        }
    }
}
