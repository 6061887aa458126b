import BilateralCore
import Foundation
import Synchronization

/// How far the first open of a corpus has got, for the status line's progress bar.
public struct LoadProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    /// Files per second so far, when known.
    public var rate: Double?
    /// Seconds left at that rate, when known.
    public var secondsLeft: Double?

    public init(done: Int, total: Int, rate: Double? = nil, secondsLeft: Double? = nil) {
        self.done = done
        self.total = total
        self.rate = rate
        self.secondsLeft = secondsLeft
    }
}

/// The mailbox between the thread that opens a corpus and the dashboard's run loop: progress and the finished
/// model go in from the opening thread, and come out as actions in the run loop (so `update` stays pure and
/// the first frame never waits for extraction). The run loop asks it to stop when the user quits.
public final class LoadingFeed: Sendable {
    private struct Box {
        var progress: LoadProgress?
        var model: CorpusModel?
        /// The articles extracted so far, as a model, while opening goes on.
        var partial: CorpusModel?
        var finished = false
        var stopRequested = false
        var started: Date?
        var doneAtStart = 0
    }

    private let box = Mutex(Box())

    public init() {}

    /// From the opening thread: `done` of `total` files are ready. Rate and time left are measured here,
    /// from the files done since the first report (those read back from the store come at once).
    public func report(done: Int, total: Int, now: Date = Date()) {
        box.withLock { box in
            guard let started = box.started else {
                box.started = now
                box.doneAtStart = done
                box.progress = LoadProgress(done: done, total: total)
                return
            }
            let seconds = now.timeIntervalSince(started)
            let rate = seconds > 0.2 ? Double(done - box.doneAtStart) / seconds : nil
            let left = rate.flatMap { $0 > 0 ? Double(total - done) / $0 : nil }
            box.progress = LoadProgress(done: done, total: total, rate: rate, secondsLeft: left)
        }
    }

    /// From the opening thread: the corpus is open (nil when opening stopped or failed).
    public func finish(_ model: CorpusModel?) {
        box.withLock { box in
            box.model = model
            box.finished = true
        }
    }

    /// From the opening thread: the articles opened so far, as a model, for the panes to fill while the rest
    /// opens (a later one replaces one not yet taken).
    public func offer(partial model: CorpusModel) {
        box.withLock { $0.partial = model }
    }

    /// From the run loop: the latest progress, the finished model and the latest partial one, each once
    /// (no partial once the finished model is there).
    public func take() -> (progress: LoadProgress?, model: CorpusModel?, partial: CorpusModel?) {
        box.withLock { box in
            defer {
                box.progress = nil
                box.model = nil
                box.partial = nil
            }
            return (box.progress, box.model, box.model == nil ? box.partial : nil)
        }
    }

    public var isFinished: Bool { box.withLock { $0.finished && $0.model == nil && $0.progress == nil && $0.partial == nil } }

    /// From the run loop, when the user quits: the opening thread stops at its next batch.
    public func requestStop() { box.withLock { $0.stopRequested = true } }

    public var stopRequested: Bool { box.withLock { $0.stopRequested } }
}
