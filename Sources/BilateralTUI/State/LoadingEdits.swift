import BilateralCore

/// The marks and verdicts the user set while the corpus was still opening.
///
/// Each model that arrives then is assembled anew from the store, which may not hold them yet
/// (the store's keys exist only once the corpus is open), so the run loop puts them on every
/// later model: a bookmark or a rejected stance set on a partial model never vanishes.
struct LoadingEdits {
    /// What makes a stance the same one in another model, whose stances are numbered otherwise.
    private struct StanceIdentity: Hashable {
        var article: String
        var line: Int
        var holder: String
        var target: String
        var cue: String
        var evidence: String

        init(_ stance: Stance) {
            article = stance.article
            line = stance.line
            holder = stance.holder
            target = stance.target
            cue = stance.cue
            evidence = stance.evidence
        }
    }

    private var marks: [String: ArticleMarks] = [:]
    /// The verdict set last on each stance (nil inside: the verdict was taken off).
    private var verdicts: [StanceIdentity: StanceVerdict?] = [:]

    var isEmpty: Bool { marks.isEmpty && verdicts.isEmpty }

    /// Remembers `edit`, made on `model`.
    mutating func record(_ edit: UserEdit, in model: CorpusModel) {
        switch edit {
        case .marks(let key, let value): marks[key] = value
        case .verdict(let index, let verdict):
            guard model.stances.indices.contains(index) else { return }
            verdicts[StanceIdentity(model.stances[index])] = .some(verdict)
        }
    }

    /// Puts the remembered marks and verdicts on `model`.
    func apply(to model: inout CorpusModel) {
        for (key, value) in marks { model.marks[key] = value.isEmpty ? nil : value }
        guard !verdicts.isEmpty else { return }
        for index in model.stances.indices {
            if let verdict = verdicts[StanceIdentity(model.stances[index])] { model.stances[index].verdict = verdict }
        }
    }
}
