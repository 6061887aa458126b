/// The corpus-level step that finds near-duplicate articles (a story syndicated with small edits, a page
/// saved twice, a feed item and the page it links to) and counts each story once.
///
/// Method: each article's prose becomes a set of hashed 5-word shingles (`WordShingles`), summarised by a
/// 128-bin MinHash signature (`MinHashSignature`). LSH banding (32 bands of 4 bins) makes two articles
/// candidates when they agree on every bin of some band: a pair whose shingle sets have Jaccard similarity
/// J is a candidate with probability 1 − (1 − J⁴)³², 0.87 at J = 0.5, 0.99 at 0.6, 0.23 at 0.3, 0.003 at
/// 0.1. Articles are visited oldest first; each is checked on the exact sets against the group leaders it
/// shares a band with (at most `leadersChecked`): J ≥ `cut` (0.5) makes it a copy in that leader's group,
/// otherwise it leads a group of its own. A feed item that carries only a summary joins instead the group of
/// the page with its address (`LinkedSummaries`). Each group then has one canonical article (`canonical(of:)`).
///
/// Linear in the corpus: one hash per shingle, 32 band keys per article, at most a few exact checks per
/// article; deterministic (fixed hash functions, date and corpus order).
public enum DuplicateDetection {
    public struct Settings: Sendable, Equatable {
        public var shingleSize = WordShingles.size
        public var bands = 32
        public var rows = 4
        /// The least Jaccard similarity of two articles' shingle sets that makes them copies of one story.
        public var cut = 0.5

        public init() {}

        public static let standard = Settings()
    }

    /// Finds the duplicate groups of `model`'s articles and marks the stances of copies, which then no
    /// longer count (`CorpusModel.counts(_:)`).
    public static func apply(to model: inout CorpusModel, settings: Settings = .standard) {
        model.duplicates = Duplicates(groups: groups(of: model.articles, settings: settings))
        markCopies(in: &model)
    }

    /// As `apply(to:settings:)`, asking `memo` first for what an earlier run learnt of the articles with
    /// `identities` (one per article, nil for an article that has none), and leaving in it what this run learnt.
    /// - Returns: what the run decided, for a later replay (`DuplicateReplay`); nil when an article has no identity.
    /// - Parameters:
    ///   - made: band keys made beforehand, by article index (the store's extraction workers make them while each
    ///     article's text is at hand), used instead of shingling those articles again here.
    ///   - madeSets: exact shingle sets made beforehand (with the band keys, by the same workers), by article index:
    ///     those of articles the loop will compare are taken instead of being made again; the others are dropped.
    ///   - marksCopies: false leaves the stances' `fromCopy` to the caller's `markCopies(in:)`: one that lets
    ///     another thread read the model meanwhile marks them once that thread is done, so that the stances,
    ///     still shared with it, are not copied whole to be written.
    @discardableResult
    public static func apply(
        to model: inout CorpusModel, identities: [UInt64?], memo: inout DuplicateMemo, made: [Int: [UInt64]?] = [:],
        madeSets: consuming [Int: [UInt64]] = [:], settings: Settings = .standard, marksCopies: Bool = true
    ) -> DuplicateRun? {
        var roles: [DuplicateRun.Role] = []
        var linkable: [Bool] = []
        model.duplicates = Duplicates(groups: groups(
            of: model.articles, settings: settings, identities: identities, memo: &memo, bodies: model.bodies,
            made: made, madeSets: madeSets, roles: &roles, linkable: &linkable))
        if marksCopies { markCopies(in: &model) }
        let known = identities.compactMap { $0 }
        guard known.count == identities.count, roles.count == known.count else { return nil }
        return DuplicateRun(identities: known, roles: roles, linksPages: linkable)
    }

    /// Sets each stance's `fromCopy` from `model.duplicates` (by article id, as the filter index maps them).
    static func markCopies(in model: inout CorpusModel) {
        let flags = model.duplicates.copyFlags(articleCount: model.articles.count)
        let anyCopy = flags.contains(true)
        // The first article of an id decides for all its stances (ids are basenames: two roots may share one).
        var isCopyID: [String: Bool] = [:]
        if anyCopy {
            isCopyID.reserveCapacity(model.articles.count)
            for (index, article) in model.articles.enumerated() where isCopyID[article.id] == nil {
                isCopyID[article.id] = flags[index]
            }
        }
        // An article's stances sit together: its id is looked up once per run of them, not hashed per stance.
        var runID: String?
        var runIsCopy = false
        for index in model.stances.indices {
            var fromCopy = false
            if anyCopy {
                let id = model.stances[index].article
                if id != runID {
                    runID = id
                    runIsCopy = isCopyID[id] == true
                }
                fromCopy = runIsCopy
            }
            if model.stances[index].fromCopy != fromCopy { model.stances[index].fromCopy = fromCopy }
        }
    }

    /// The duplicate groups among `articles`, canonical article first, in corpus order of the canonical articles.
    public static func groups(of articles: [Article], settings: Settings = .standard) -> [DuplicateGroup] {
        var memo = DuplicateMemo(settings: settings)
        return groups(of: articles, settings: settings, identities: nil, memo: &memo)
    }

    /// The duplicate groups, with what `memo` remembers of the articles with `identities` taken from it rather
    /// than computed; `memo` is then what this run leaves (see `DuplicateMemo`). No identities: no memo is used.
    /// Articles held without their bodies (a store-opened model) are read back through `bodies` when, and only
    /// when, their shingles are needed: the memo usually knows them.
    static func groups(
        of articles: [Article], settings: Settings, identities: [UInt64?]?, memo: inout DuplicateMemo,
        bodies: ArticleBodies = ArticleBodies()
    ) -> [DuplicateGroup] {
        var roles: [DuplicateRun.Role] = []
        var linkable: [Bool] = []
        return groups(
            of: articles, settings: settings, identities: identities, memo: &memo, bodies: bodies, made: [:], roles: &roles,
            linkable: &linkable)
    }

    /// As `groups(of:settings:identities:memo:bodies:)`, leaving in `roles` what the leader loop decided for each
    /// article and in `linkable` which articles have an address that can link a summary (what `DuplicateReplay`
    /// replays from).
    static func groups(
        of articles: [Article], settings: Settings, identities: [UInt64?]?, memo: inout DuplicateMemo,
        bodies: ArticleBodies, made: [Int: [UInt64]?], madeSets: consuming [Int: [UInt64]] = [:],
        roles: inout [DuplicateRun.Role], linkable: inout [Bool]
    ) -> [DuplicateGroup] {
        var known = identities != nil && memo.settings == settings ? memo : DuplicateMemo(settings: settings)
        // A fresh run may ask about any remembered pair.
        known.readAllPairs()
        func identity(_ index: Int) -> UInt64? { identities.flatMap { $0.indices.contains(index) ? $0[index] : nil } }
        // Only the band keys are kept (256 bytes an article), not the 128-bin signatures.
        var bandKeys = [[UInt64]?](repeating: nil, count: articles.count)
        var missing: [Int] = []
        var madeCount = 0
        for index in articles.indices {
            if let id = identity(index), let remembered = known.bandKeys(of: id) {
                bandKeys[index] = remembered
            } else if let keys = made[index], settings == .standard {
                bandKeys[index] = keys
                madeCount += 1
            } else {
                missing.append(index)
            }
        }
        let computed = ParallelMap.map(missing, makeWorker: { () }) { index, _ in
            Self.bandKeys(of: bodies.withBody(articles[index]), settings: settings)
        }
        for (index, keys) in zip(missing, computed) { bandKeys[index] = keys }
        let newCount = missing.count + madeCount
        // Exact similarities: remembered when both articles have identities, else measured on the shingle sets.
        var seen: [DuplicateMemo.Pair: Double] = [:]
        var measuredPairs: [DuplicateMemo.Pair] = []
        var sets = ShingleSets(of: articles, bodies: bodies, size: settings.shingleSize)
        func similarity(_ first: Int, _ second: Int) -> Double {
            let pair = identity(first).flatMap { one in identity(second).map { DuplicateMemo.Pair(one, $0) } }
            if let pair, let value = seen[pair] ?? known.similarities[pair] {
                seen[pair] = value
                return value
            }
            let value = sets.jaccard(first, second)
            if let pair {
                seen[pair] = value
                measuredPairs.append(pair)
            }
            return value
        }
        defer {
            if let identities {
                memo = DuplicateMemo.after(
                    run: settings, identities: identities, bandKeys: bandKeys, similarities: seen,
                    measuredPairs: measuredPairs, computedBandKeys: newCount, before: known)
            }
        }
        // Leaders are the articles that start a group; an article joins the first leader it is a copy of.
        // Visiting articles oldest first makes a story's earliest version its leader, and comparing with
        // leaders only (never copy with copy) keeps every copy within the cut of its group's leader: no
        // chain of small edits can pull two different stories into one group.
        let order = articles.indices.sorted { first, second in
            switch (articles[first].date, articles[second].date) {
            case let (left?, right?) where left != right: return left < right
            case (_?, nil): return true
            case (nil, _?): return false
            default: return first < second
            }
        }
        let linkedSummaries: [Int: Int]
        (linkedSummaries, linkable) = LinkedSummaries.linked(articles)
        var buckets = LeaderBuckets()
        roles = [DuplicateRun.Role](repeating: .none, count: articles.count)
        func place(_ index: Int) {
            guard let keys = bandKeys[index] else { return }
            // A few leaders at most: in a corpus of recombined paragraphs one article may share a band with
            // hundreds, and checking them all would make the step quadratic.
            var candidates: [Int] = []
            for key in keys where candidates.count < leadersChecked {
                buckets.forEachLeader(under: key) { leader in
                    if !candidates.contains(leader) { candidates.append(leader) }
                    return candidates.count < leadersChecked
                }
            }
            var found: Int?
            for leader in candidates where similarity(leader, index) >= settings.cut {
                found = leader
                break
            }
            if let found {
                roles[index] = .member(of: found)
            } else {
                roles[index] = .leader
                for key in keys { buckets.add(leader: index, under: key) }
            }
            // A copy's set is not needed again unless it is compared again; a leader's is kept.
            if found != nil { sets.forget(index) }
        }
        // The sets made beforehand of the articles the loop will compare are taken; the others are made ahead here.
        var ahead = articlesComparedAhead(bandKeys: bandKeys, newCount: newCount, settings: settings)
        if !madeSets.isEmpty, settings.shingleSize == Settings.standard.shingleSize {
            var stillToMake: [Int] = []
            for index in ahead {
                if let set = madeSets.removeValue(forKey: index) {
                    sets.add(index, set: set)
                } else {
                    stillToMake.append(index)
                }
            }
            ahead = stillToMake
        }
        madeSets = [:]
        visitInLoopOrder(
            order.filter { linkedSummaries[$0] == nil },
            makingAhead: ahead,
            articles: articles, bodies: bodies, size: settings.shingleSize, made: { sets.add($0, set: $1) }, place: place)
        for (summary, page) in linkedSummaries { roles[summary] = .summary(of: page) }
        return groups(fromRoles: roles, articles: articles, similarity: similarity)
    }

    /// The groups the leader loop's decisions make: each leader with the articles that joined it, and a summary
    /// with the group of the page it links to (whose leader that page is, or was, or will be); canonical article
    /// first, in corpus order of the canonical articles.
    /// - Parameter known: a group as an earlier run found it, by its members in corpus order (nil: worked out here).
    static func groups(
        fromRoles roles: [DuplicateRun.Role], articles: [Article], similarity: (Int, Int) -> Double,
        known: ([Int]) -> DuplicateGroup? = { _ in nil }
    ) -> [DuplicateGroup] {
        var membersOfLeader: [Int: [Int]] = [:]
        for (index, role) in roles.enumerated() {
            if case .member(let leader) = role { membersOfLeader[leader, default: [leader]].append(index) }
        }
        for (summary, role) in roles.enumerated() {
            guard case .summary(let page) = role else { continue }
            var leader = page
            if case .member(let pageLeader) = roles[page] { leader = pageLeader }
            membersOfLeader[leader, default: [leader]].append(summary)
        }
        // Groups in a fixed order (by leader), so the pairs measured, and so the memo, do not depend on hashing.
        let groups = membersOfLeader.sorted { $0.key < $1.key }.map { _, unsorted -> DuplicateGroup in
            let members = unsorted.sorted()
            if let group = known(members) { return group }
            let canonical = canonical(of: members, articles: articles, similarity: similarity)
            let copies = members.filter { $0 != canonical }
            let similarities = copies.map { (similarity(canonical, $0) * 1000).rounded() / 1000 }
            return DuplicateGroup(canonical: canonical, copies: copies, similarities: similarities)
        }
        return groups.sorted { $0.canonical < $1.canonical }
    }

    /// The LSH band keys of `article`'s shingles; nil when it has none. Made by the store's extraction workers
    /// (with `.standard` settings) as well as here.
    static func bandKeys(of article: Article, settings: Settings = .standard) -> [UInt64]? {
        bandKeys(ofShingles: WordShingles.hashes(of: article, size: settings.shingleSize), settings: settings)
    }

    private static func bandKeys(ofShingles shingles: [UInt64], settings: Settings) -> [UInt64]? {
        MinHashSignature(shingles: shingles).map { Array($0.bandKeys(rows: settings.rows).prefix(settings.bands)) }
    }

    /// The band keys of `article` (with `.standard` settings) and its exact shingle set, from one reading of its
    /// words: the store's extraction workers make both on a first open, where the leader loop would otherwise
    /// read the text of every article it compares a second time.
    static func bandKeysAndSet(of article: Article) -> (bandKeys: [UInt64]?, set: [UInt64]) {
        let shingles = WordShingles.hashes(of: article, size: Settings.standard.shingleSize)
        return (bandKeys(ofShingles: shingles, settings: .standard), WordShingles.set(ofHashes: shingles))
    }

    /// Leaders an article is checked against at most (those sharing a band with it, oldest first).
    static let leadersChecked = 8

    /// The article that stands for a group: the earliest dated (the original a syndicated copy follows);
    /// among those of that date, the most central, whose summed similarity to the group's other members is
    /// highest (the version the others were edited from: each copy's edits are its own, so the original is
    /// nearest to all of them, while a copy that added a paragraph or dropped one is farther from the rest);
    /// then the first in corpus order; never a summary when the group has a full article. Centrality is measured in groups of up to 64 members; a larger group
    /// (a page saved many times over) takes the first of its earliest.
    static func canonical(of members: [Int], articles: [Article], similarity: (Int, Int) -> Double) -> Int {
        // A summary stands for a story only when the group has nothing else.
        let full = members.filter { !articles[$0].isSummary }
        var earliest: [Int] = []
        for member in full.isEmpty ? members : full {
            guard let first = earliest.first else {
                earliest = [member]
                continue
            }
            switch (articles[member].date, articles[first].date) {
            case let (left?, right?) where left < right: earliest = [member]
            case let (left?, right?) where left == right: earliest.append(member)
            case (_?, nil): earliest = [member]
            case (nil, nil): earliest.append(member)
            default: continue
            }
        }
        guard earliest.count > 1, members.count <= 64 else { return earliest.min() ?? members[0] }
        var best = earliest[0], bestScore = -1.0
        for candidate in earliest.sorted() {
            let score = members.reduce(0.0) { $0 + ($1 == candidate ? 0 : similarity(candidate, $1)) }
            // Scores within a rounding step are a tie: the first in corpus order keeps it.
            if score > bestScore + 1e-9 { (best, bestScore) = (candidate, score) }
        }
        return best
    }
}
