import BilateralCore
import BilateralTUI
import Foundation
import Synchronization

/// Opens the corpus through its store on a thread of its own, reporting to the dashboard through a
/// `LoadingFeed`; quitting the dashboard stops it between two stored batches.
final class BackgroundOpening: Sendable {
    let feed = LoadingFeed()
    private let result = Mutex<(opened: StoredCorpus.Opened?, failure: String?)>((nil, nil))
    private let done = DispatchSemaphore(value: 0)
    private let started = Mutex(false)

    private let roots: [String]
    private let requested: [String]?
    private let file: EraLibrary?
    private let sources: EraSources
    private let store: CorpusStore
    private let detectsDuplicates: Bool
    private let loader: CorpusLoader
    private let dataFiles: DataFiles

    /// Checks the paths (a missing one fails at once, before any terminal), `--pair` and the era file, and
    /// opens the store (a store file that cannot be used is one warning, printed now); `start` begins opening.
    init(corpus: CorpusOptions) throws {
        roots = try corpus.resolvedPaths()
        for root in roots where !FileManager.default.fileExists(atPath: root) {
            throw CommandFailure(LoadError.pathNotFound(root).description)
        }
        // The user's data layer: only a --pair reads the gazetteer now; the extractor is built on the thread.
        requested = corpus.pair == nil ? nil : try corpus.requestedPair(gazetteer: try corpus.gazetteer())
        dataFiles = corpus.dataFiles
        loader = corpus.loader
        file = try corpus.eraFile()
        sources = try corpus.eraSources()
        store = try corpus.openStore()
        detectsDuplicates = !corpus.keepDuplicates
    }

    /// Opens the corpus on a thread of its own.
    func start() {
        started.withLock { $0 = true }
        Thread.detachNewThread { [self] in
            do {
                var extractor = try dataFiles.extractor()
                extractor.detectsDuplicates = detectsDuplicates
                var stored = StoredCorpus(store: store, extractor: extractor)
                stored.loader = loader
                // The user's marks and verdicts show on the articles that have arrived, as they will on the whole corpus.
                let userData = try? stored.storedUserData(roots: roots)
                var partials = PartialModels(extractor: extractor, focus: { model in
                    if self.requested != nil || self.file != nil {
                        RelationshipFocus.apply(to: &model, pair: self.requested, sources: self.sources)
                    }
                    userData?.attach(to: &model)
                })
                var opened = try stored.open(
                    roots: roots, progress: { self.feed.report(done: $0.done, total: $0.total) },
                    shouldStop: { self.feed.stopRequested },
                    arrived: { items in
                        if let model = partials.add(items) { self.feed.offer(partial: model) }
                    })
                // As CorpusOptions.open: the store assembled the model on the inferred pair with the catalogue's
                // eras; --pair or an era file focuses it again.
                if var focused = opened, requested != nil || file != nil {
                    RelationshipFocus.apply(to: &focused.model, pair: requested, sources: sources)
                    opened = focused
                }
                result.withLock { $0.opened = opened }
                feed.finish(opened?.model)
            } catch {
                result.withLock { $0.failure = "\(error)" }
                feed.finish(nil)
            }
            done.signal()
        }
    }

    /// Asks the thread to stop and waits until it has (at most the batch in hand): the process must not exit
    /// while the thread is inside the store.
    func stop() {
        guard started.withLock({ $0 }) else { return }
        feed.requestStop()
        done.wait()
        done.signal()
    }

    /// The opened corpus, once it is.
    var opened: StoredCorpus.Opened? { result.withLock { $0.opened } }
    var failure: String? { result.withLock { $0.failure } }
}
