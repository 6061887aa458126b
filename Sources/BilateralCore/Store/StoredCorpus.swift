import Foundation

/// Opens a corpus through its store: files whose record is current are read back, the others (new, changed,
/// or extracted by another extractor version) are loaded and extracted on every core and stored in batches,
/// and the records of files that are gone are dropped.
public struct StoredCorpus {
    /// How far opening has got, for a progress bar.
    public struct Progress: Sendable, Equatable {
        /// Files whose result is ready (read back or extracted).
        public var done: Int
        public var total: Int
        /// Of `done`, how many were extracted (not read back).
        public var extracted: Int
    }

    public let store: CorpusStore
    public let extractor: Extractor
    /// How each file is read (the `--columns` of CSV and JSON Lines records among it).
    public var loader = CorpusLoader()
    /// Files extracted and stored per transaction (a process killed mid-extraction loses at most one batch),
    /// when set; by default a hundredth of the files to extract, between 16 and 256, so progress moves often.
    public var batchSize: Int? = StoredCorpus.batchSizeFromEnvironment

    /// `BILATERAL_STORE_BATCH`: the crash tests make batches small to stop the process between two.
    static var batchSizeFromEnvironment: Int? {
        ProcessInfo.processInfo.environment["BILATERAL_STORE_BATCH"].flatMap(Int.init).map { max(1, $0) }
    }

    public init(store: CorpusStore, extractor: Extractor) {
        self.store = store
        self.extractor = extractor
    }

    /// What opening gives a front end: the model with the user's marks on it, and where to save new ones.
    public struct Opened: Sendable {
        public var model: CorpusModel
        /// Each article's store key, by the article's `marksKey`.
        public var keys: ArticleKeys
        public var store: CorpusStore
        /// How the corpus-level step was done (from the snapshot, replayed, or afresh).
        public var corpusStep: CorpusStep = .fresh
    }

    /// How an open did the corpus-level step (duplicate groups, the focal pair).
    public enum CorpusStep: Sendable, Equatable {
        /// The articles were those of the last open: its results taken as they are.
        case snapshot
        /// A few files changed: the last open's decisions replayed where a change can reach them.
        case replayed
        /// Worked out again over every article (with the duplicate step's memo).
        case fresh
    }

    /// One file of the corpus, as listed and as the store keys it.
    struct ListedFile: Sendable {
        var path: String
        var absolute: String
    }

    /// The model of the corpus made of `roots`, extracting only what the store lacks.
    /// - Parameters:
    ///   - progress: called after each batch, from the calling thread.
    ///   - shouldStop: asked between batches; true stops opening at once (what was stored stays stored).
    ///   - arrived: when given, called after each stored batch with the articles it extracted, so a front end
    ///     can show them before the whole corpus is open (the dashboard's panes fill as they arrive).
    /// - Returns: the model, or nil when `shouldStop` stopped it.
    /// - Throws: `LoadError.pathNotFound` when a root does not exist (nothing is loaded then); `StoreError.failed`
    ///   when the store stops working midway.
    public func open(
        roots: [String], progress: (Progress) -> Void = { _ in }, shouldStop: () -> Bool = { false },
        arrived: (([ExtractedArticle]) -> Void)? = nil
    ) throws -> Opened? {
        for root in roots where !FileManager.default.fileExists(atPath: root) {
            throw LoadError.pathNotFound(root)
        }
        var listed: [ListedFile] = []
        var listingWarnings: [[LoadWarning]] = []
        var rootOfFile: [Int] = []
        for (number, root) in roots.enumerated() {
            let listing = ArticleFiles.list(root)
            listingWarnings.append(listing.warnings)
            let absoluteRoot = StoreLocation.identity(of: [root]).first ?? root
            let base = root.hasSuffix("/") ? root : root + "/"
            for file in listing.files {
                let absolute = file.hasPrefix(base) ? absoluteRoot + "/" + file.dropFirst(base.count) : absoluteRoot
                listed.append(ListedFile(path: file, absolute: absolute))
                rootOfFile.append(number)
            }
        }
        // Other columns read other records: a file stored under other columns is read again.
        let columns = loader.columns.canonical
        let version = columns.isEmpty ? extractor.version : extractor.version + " columns " + columns
        // The files' sizes and times, read on every core while this thread reads the store's rows.
        let statting = BackgroundResult { [listed] in
            ParallelMap.map(listed, makeWorker: {}) { file, _ in FileFacts.of(file.absolute) }
        }
        var known = try store.fileRows()
        var facts = statting.take() ?? []
        let found = try staleFiles(listed, facts: facts, known: known, version: version)
        var stale = found.stale
        let matched = found.matched
        // Every stored row is a listed file's: none gone, and no set of the listed paths to make.
        var gone: [String] = []
        if matched != known.count {
            let listedAbsolute = Set(listed.map(\.absolute))
            gone = known.keys.filter { !listedAbsolute.contains($0) }
        }
        // Let go before the records are decoded rather than held to the end of the open: a path, a hash and the
        // file's facts for every file (about 20 MB at 100k files), at the open's peak.
        known = [:]
        facts = []
        // Not the last open's files: its corpus-level results do not fit and are replayed, from a memo that is
        // read on another core meanwhile.
        let prefetched = stale.isEmpty && gone.isEmpty ? nil : prefetchCorpusLevel()
        var total = Progress(done: listed.count - stale.count, total: listed.count, extracted: 0)
        progress(total)
        // What this open extracted, by listing position: the model takes it as it is rather than decode it back.
        var extractedNow: [Int: ExtractedNow] = [:]
        if !stale.isEmpty {
            // One process extracts at a time: another one opening the same corpus finds the results stored.
            let lock = store.path.flatMap { StoreLock(beside: $0) }
            // Only the stale files' rows can have changed in a way that matters here: another process that held
            // the lock may have stored them. Rows it stored for other files are not this open's business.
            let current = lock == nil ? [:] : try store.fileRows(paths: stale.map { listed[$0].absolute })
            stale = stale.filter { index in
                let file = listed[index]
                guard let row = current[file.absolute], row.version == version, let facts = FileFacts.of(file.absolute) else { return true }
                return facts != row.facts
            }
            total.done = listed.count - stale.count
            extractedNow.reserveCapacity(stale.count)
            let size = batchSize ?? min(256, max(16, stale.count / 100))
            // Every file stored again, in corpus order: their rows are moved to the end one after another, which
            // leaves the table in corpus order (a warm open then has nothing to put in order), even when earlier
            // stores left it otherwise. A few files keep their rows where they are.
            let rewritesAll = stale.count == listed.count
            let files = stale.map { listed[$0] }
            if shouldStop() { return nil }
            var start = 0
            var stopped = false
            // The workers extract on every core while this thread stores each batch as it completes.
            try PipelinedMap.run(
                files, batchSize: size, makeWorker: { WordMemo<MentionIndex.Pattern?>() },
                transform: { file, typos in record(of: file, version: version, typos: typos) }
            ) { results in
                if shouldStop() {
                    stopped = true
                    return false
                }
                try store.save(results.map(\.record), movingToTheEnd: rewritesAll)
                for (index, result) in zip(stale[start...], results) {
                    // Kept with their bodies: the duplicate step shingles the new articles (reading them back
                    // would cost a first open a second pass). Opened again, the model holds them without.
                    extractedNow[index] = ExtractedNow(
                        items: result.items, warnings: result.record.warnings, contentHash: result.record.contentHash,
                        bandKeys: result.bandKeys, shingleSets: result.shingleSets)
                }
                arrived?(results.flatMap(\.items))
                start += results.count
                total.done += results.count
                total.extracted += results.count
                progress(total)
                return true
            }
            if stopped { return nil }
            withExtendedLifetime(lock) {}
        }
        try store.forget(gone)
        if shouldStop() { return nil }
        let assembled = try assemble(
            listed, extractedNow: consume extractedNow, version: version, roots: roots, rootOfFile: rootOfFile,
            listingWarnings: listingWarnings, prefetched: prefetched)
        var model = assembled.model
        // What the corpus-level step stores for the next open is in the store before this returns, even by a throw.
        defer { _ = assembled.storing?.value() }
        // The model's articles are in file order, each file's together: each is keyed by its file's root and hash.
        var keys = ArticleKeys(roots: roots)
        keys.reserveCapacity(model.articles.count)
        var next = 0
        for file in assembled.files {
            for article in model.articles[next..<min(model.articles.count, next + file.articles)] {
                keys.add(article, root: rootOfFile[file.place], contentHash: assembled.hashes[file.place])
            }
            next += file.articles
        }
        UserDataAttacher(marks: try store.allMarks(), verdicts: try store.allVerdicts()).attach(to: &model) { keys[$0] }
        HeapRelease.afterOpen()
        return Opened(model: model, keys: keys, store: store, corpusStep: assembled.step)
    }

    /// Loads, extracts and encodes one file; the extracted articles too, for `arrived`.
    /// - Parameter typos: one-edit name matches, kept across the files one thread extracts.
    private func record(
        of file: ListedFile, version: String, typos: WordMemo<MentionIndex.Pattern?>
    ) -> (record: CorpusStore.FileRecord, items: [ExtractedArticle], bandKeys: [[UInt64]?], shingleSets: [[UInt64]]) {
        let facts = FileFacts.of(file.absolute) ?? FileFacts(size: -1, modified: -1)
        let bytes: [UInt8]
        switch FileBytes.read(file.path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            // Unreadable: stored with no record, so the warning comes back until the file changes.
            return (CorpusStore.FileRecord(
                path: file.absolute, facts: facts, contentHash: "", version: version, extracted: nil,
                warnings: [problem.description + "; skipped"]), [], [], [])
        }
        let (articles, warnings) = loader.loadArticles(bytes: bytes, path: file.path)
        let items = articles.map { extractor.extract($0, typos: typos) }
        // The duplicate step's band keys and exact shingle sets, made here on every core from one reading of the
        // text while it is at hand: only the grouping that uses them stays on one core.
        let shingles = extractor.detectsDuplicates ? items.map { DuplicateDetection.bandKeysAndSet(of: $0.article) } : []
        let extracted = items.isEmpty ? nil : ExtractedArticleCodec.encode(all: items)
        return (CorpusStore.FileRecord(
            path: file.absolute, facts: facts, contentHash: ContentHash.of(bytes), version: version,
            extracted: extracted, warnings: warnings.map(\.reason)), items, shingles.map(\.bandKeys), shingles.map(\.set))
    }

    /// What this open extracted of one file: its articles, warnings and the hash of the bytes they came from.
    struct ExtractedNow {
        var items: [ExtractedArticle]
        var warnings: [String]
        var contentHash: String
        /// The duplicate step's band keys of each of `items` (empty when the extractor does not look for duplicates).
        var bandKeys: [[UInt64]?]
        /// The exact shingle set of each of `items` (empty as `bandKeys`).
        var shingleSets: [[UInt64]]
    }

    /// The model, in listing order, from what this open extracted and the other files' stored records (read in
    /// one pass and decoded on every core, a batch at a time, straight into the model's flat arrays), with the
    /// corpus-level step of `corpusModel(_:identities:madeKeys:madeSets:bodies:prefetched:)`.
    private func assemble(
        _ listed: [ListedFile], extractedNow: consuming [Int: ExtractedNow], version: String, roots: [String], rootOfFile: [Int],
        listingWarnings: [[LoadWarning]], prefetched: BackgroundResult<CorpusLevelInputs>?
    ) throws -> Assembled {
        var position: [String: Int] = [:]
        position.reserveCapacity(listed.count - extractedNow.count)
        for (index, file) in listed.enumerated() where extractedNow[index] == nil { position[file.absolute] = index }
        var warningsOfFile = [[String]](repeating: [], count: listed.count)
        // The content hash each file's articles were made from (nil: re-extracted from the file as it is now). Every
        // record used is of this extractor version (`staleFiles` sent the others to be extracted).
        var madeFrom = [UInt64?](repeating: nil, count: listed.count)
        // The hash the store keys each file's articles by: that of its record, even one found damaged.
        var hashes = [UInt64?](repeating: nil, count: listed.count)
        var gathering = GatheredArticles()
        gathering.reserve(articles: listed.count)
        // Taken out one by one, so that the articles extracted now are held once, by `waiting`, until appended.
        var waitingItems: [Int: [ExtractedArticle]] = [:]
        var madeKeysOfFile: [Int: [[UInt64]?]] = [:]
        var madeSetsOfFile: [Int: [[UInt64]]] = [:]
        for index in Array(extractedNow.keys) {
            guard let extracted = extractedNow.removeValue(forKey: index) else { continue }
            warningsOfFile[index] = extracted.warnings
            madeFrom[index] = StoredArticleBodies.hashNumber(extracted.contentHash)
            hashes[index] = madeFrom[index]
            if extractor.detectsDuplicates {
                madeKeysOfFile[index] = extracted.bandKeys
                madeSetsOfFile[index] = extracted.shingleSets
            }
            waitingItems[index] = extracted.items
        }
        var waiting = GatheredArticles.Waiting(waitingItems)
        waitingItems = [:]
        var damaged: [Int] = []
        // Bodies are read back only from the records this model is decoded from (see `StoredArticleBodies`).
        var decodedFrom: [String: UInt64] = [:]
        decodedFrom.reserveCapacity(position.count)
        // A first open extracted every file: no stored record is wanted, and the scan would read every row's head.
        if !position.isEmpty {
            // Each wanted row's listing position, looked up once, as the rows of a batch are taken (in their order).
            var places: [Int] = []
            places.reserveCapacity(512)
            try store.eachRecordBatch(size: 512, wanted: { path in
                guard let place = position[path] else { return false }
                places.append(place)
                return true
            }) { records in
                let found = zip(places, records).map { (index: $0, record: $1) }
                places.removeAll(keepingCapacity: true)
                // A few dozen files per task: each worker decodes its files into a part of its own, appended here.
                let tasks = stride(from: 0, to: found.count, by: 32).map { $0..<min($0 + 32, found.count) }
                let parts = ParallelMap.map(tasks, makeWorker: { SharedStrings.LocalNumbers() }) { task, numbers in
                    var part = GatheredArticles()
                    var damaged: [Int] = []
                    // The task's quotes in one storage; the heads' bytes bound their size.
                    var arena: QuoteArena? = QuoteArena(
                        reserving: found[task].reduce(0) { $0 + ($1.record.extracted?.count ?? 0) })
                    for entry in found[task] {
                        guard let bytes = entry.record.extracted else { continue }
                        do {
                            // Without bodies: the model reads them back when an article is shown, searched or exported.
                            try ExtractedArticleCodec.decodeHeads(
                                all: bytes, file: entry.index, path: listed[entry.index].path, numbers: numbers, into: &part,
                                arena: &arena)
                        } catch {
                            damaged.append(entry.index)
                        }
                    }
                    guard let pending = arena?.pending, let sealed = arena?.sealed() else {
                        // Quotes that are not UTF-8: every file of the task is extracted again.
                        return (part: GatheredArticles(), damaged: found[task].map(\.index))
                    }
                    arena = nil
                    part.requote(from: pending, to: sealed)
                    return (part: part, damaged: damaged)
                }
                var damagedHere = Set<Int>()
                for (part, damagedOfPart) in parts {
                    gathering.append(contentsOf: part, waiting: &waiting)
                    damagedHere.formUnion(damagedOfPart)
                }
                for entry in found {
                    warningsOfFile[entry.index] = entry.record.warnings
                    guard entry.record.extracted != nil else { continue }
                    let hash = StoredArticleBodies.hashNumber(entry.record.contentHash)
                    hashes[entry.index] = hash
                    if damagedHere.contains(entry.index) {
                        damaged.append(entry.index)
                    } else {
                        madeFrom[entry.index] = hash
                        decodedFrom[listed[entry.index].path] = hash
                    }
                }
            }
        }
        // Not needed past the scan: let go before the corpus-level step, not at the end of the open.
        position = [:]
        gathering.appendRest(of: &waiting)
        // A damaged record: extracted again, now, rather than trusted or lost.
        for index in damaged {
            gathering.append(file: index, loader.loadArticles(file: listed[index].path).0.map { extractor.extract($0) })
        }
        var warnings: [LoadWarning] = []
        var nextRoot = 0
        for (index, file) in listed.enumerated() {
            while nextRoot <= rootOfFile[index] {
                warnings += listingWarnings[nextRoot]
                nextRoot += 1
            }
            warnings += warningsOfFile[index].map { LoadWarning(path: file.path, reason: $0) }
        }
        while nextRoot < listingWarnings.count {
            warnings += listingWarnings[nextRoot]
            nextRoot += 1
        }
        let gathered = extractor.finish(consume gathering, warnings: warnings)
        let files = gathered.files
        // Each article's identity, and the band keys the extraction workers made, by article index.
        var identities: [UInt64?] = []
        identities.reserveCapacity(gathered.model.articles.count)
        var madeKeys: [Int: [UInt64]?] = [:]
        var madeSets: [Int: [UInt64]] = [:]
        for file in files {
            if let made = madeKeysOfFile[file.place], made.count == file.articles {
                for (offset, keys) in made.enumerated() { madeKeys[identities.count + offset] = keys }
            }
            // Taken out file by file, so that each set is held once.
            if let made = madeSetsOfFile.removeValue(forKey: file.place), made.count == file.articles {
                for (offset, set) in made.enumerated() { madeSets[identities.count + offset] = set }
            }
            let hash = madeFrom[file.place].map(ArticleKeys.hex)
            for record in 0..<file.articles {
                identities.append(hash.map {
                    DuplicateMemo.identity(version: version, path: listed[file.place].absolute, contentHash: $0, record: record)
                })
            }
        }
        let (model, step, storing) = corpusModel(
            consume gathered, identities: identities, madeKeys: madeKeys, madeSets: consume madeSets,
            bodies: ArticleBodies(reader: StoredArticleBodies(
                store: store, roots: roots, madeFrom: decodedFrom, version: version)),
            prefetched: prefetched)
        return Assembled(model: model, step: step, storing: storing, files: files, hashes: hashes)
    }

    /// What `assemble` makes: the model, how its corpus-level step was done and is being stored, and what keys
    /// its articles in the store.
    private struct Assembled {
        var model: CorpusModel
        var step: CorpusStep
        var storing: BackgroundResult<Bool>?
        /// Each file's listing position and how many articles it gave, in the model's order.
        var files: [(place: Int, articles: Int)]
        /// By listing position, the content hash of the file's record (nil when it has none).
        var hashes: [UInt64?]
    }
}
