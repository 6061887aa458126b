import BilateralCore
import Foundation

/// The articles extracted so far during a first open, assembled into a model now and then so the
/// dashboard's panes fill as they arrive.
///
/// Assembling is a pass over everything extracted so far, so it is kept cheap by a rule: at most
/// once a second, and only while the time spent on it stays under a tenth of the time spent opening
/// (a long first open shows a few steps, never slows extraction by more than that).
struct PartialModels {
    let extractor: Extractor
    /// Focuses a model as the finished one will be (`--pair`, an era file).
    let focus: (inout CorpusModel) -> Void
    private var items: [ExtractedArticle] = []
    private let began = Date()
    private var last: Date?
    private var spent: TimeInterval = 0

    init(extractor: Extractor, focus: @escaping (inout CorpusModel) -> Void) {
        self.extractor = extractor
        self.focus = focus
    }

    /// Takes a batch of newly extracted articles; returns a model of all so far when one is due.
    mutating func add(_ batch: [ExtractedArticle], now: Date = Date()) -> CorpusModel? {
        items += batch
        guard !items.isEmpty, now.timeIntervalSince(last ?? began) >= 1, spent <= 0.1 * now.timeIntervalSince(began) else { return nil }
        var model = extractor.assemble(items)
        focus(&model)
        let finished = Date()
        spent += finished.timeIntervalSince(now)
        last = finished
        return model
    }
}
