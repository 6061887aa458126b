import BilateralCore
import Foundation

/// A filter waiting for its result from the background (`AppState.evaluatesInBackground`): the
/// dashboard keeps drawing and reading keys meanwhile, and only the newest request is answered.
public struct PendingFilter: Sendable, Equatable {
    /// Raised at every request: a result for an older one is dropped when it arrives.
    public let generation: Int
    let query: String
    let parsed: Filter
    /// `AppState.modelRevision` when asked: an answer worked out on another model is not shown.
    let modelRevision: Int
}

/// What a filter kept and the timeline of it, worked out off the update thread for the request `generation`.
public struct FilterOutcome: Sendable, Equatable, Hashable {
    public let generation: Int
    let query: String
    let parsed: Filter
    let result: FilteredModel
    let timeline: Timeline

    // Outcomes are told apart by their request; equality still compares everything.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(generation)
        hasher.combine(query)
    }
}

/// Everything evaluating one filter request needs, copied out of the state (values sharing its storage).
public struct FilterJob: Sendable {
    let request: PendingFilter
    let previous: (filter: Filter, result: FilteredModel)
    let model: CorpusModel
    let marks: [String: ArticleMarks]
    let timelines: TimelineCache

    /// The job for the state's pending filter; nil when none waits.
    public init?(_ state: AppState) {
        guard let request = state.filter.pending else { return nil }
        self.request = request
        previous = (state.filter.parsed, state.filter.result)
        model = state.model
        marks = state.marks
        timelines = state.timelines
    }

    /// Works out the result and its timeline (on any thread).
    public func run() -> FilterOutcome {
        let result = request.parsed.apply(to: model, marks: marks, after: previous)
        let timeline = request.query.isEmpty ? timelines.whole : timelines.timeline(of: model, filtered: result)
        return FilterOutcome(generation: request.generation, query: request.query, parsed: request.parsed, result: result, timeline: timeline)
    }
}

/// Evaluates filter requests one at a time on a background queue, newest first: a request not yet
/// started is replaced by a newer one, and the outcome of one overtaken while it ran is dropped.
final class FilterWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bilateral.filter", qos: .userInteractive)
    private let lock = NSLock()
    private var waiting: FilterJob?
    private var finished: FilterOutcome?
    private var running = false
    /// Raised by `discard()`: a job started before it is not reported.
    private var epoch = 0
    private let beforeRun: @Sendable (_ articles: Int) -> Void

    init(beforeRun: @escaping @Sendable (_ articles: Int) -> Void = { _ in }) {
        self.beforeRun = beforeRun
    }

    /// True while a job waits, runs, or its outcome is not taken: the run loop then polls for it.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running || waiting != nil || finished != nil
    }

    func submit(_ job: FilterJob) {
        lock.lock()
        waiting = job
        let start = !running
        running = true
        lock.unlock()
        if start { queue.async { self.drain() } }
    }

    /// The newest outcome, once; nil when none has arrived.
    func take() -> FilterOutcome? {
        lock.lock()
        defer { lock.unlock() }
        let outcome = finished
        finished = nil
        return outcome
    }

    /// Forgets every job and outcome (the state they were for was replaced).
    func discard() {
        lock.lock()
        waiting = nil
        finished = nil
        epoch += 1
        lock.unlock()
    }

    private func drain() {
        while true {
            lock.lock()
            guard let job = waiting else {
                running = false
                lock.unlock()
                return
            }
            waiting = nil
            let started = epoch
            lock.unlock()
            beforeRun(job.model.articles.count)
            let outcome = job.run()
            lock.lock()
            // A newer request already waits: this answer is stale, the next one follows.
            if epoch == started, waiting == nil { finished = outcome }
            lock.unlock()
        }
    }
}
