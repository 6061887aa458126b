/// What each article adds to the choice of the focal pair (its stances per pair of principals, its mentions per
/// principal), kept between opens so that an open with one file changed tallies the stored figures of the
/// articles that did not change instead of reading every stance again.
///
/// The focal pair (`PairTable.focalPair`) is decided by sums over articles: counted stances per pair (a copy's
/// stances do not count) and mentions per principal (every article's). Both are sums of per-article figures as
/// long as principals and kinds are read the same way, which `PairTable.Reading` does from the model's actors:
/// so a tally is used only with the actors it was made under (`actorsDigest`), and the pair it gives is the one
/// `PairTable` gives for the same model.
struct PairTally: Sendable, Equatable {
    /// A digest of the model's actor ids in order: principals and kinds are read from them.
    var actorsDigest: UInt64
    /// The principals' ids, numbered in the order first met.
    var principals: [String] { principalNumbers.values }
    private var principalNumbers = Numbering<String>()
    /// Per article (in the order added): where its entries start in `pairEntries` and `mentionEntries`.
    private(set) var pairStart: [Int32] = [0]
    private(set) var mentionStart: [Int32] = [0]
    /// Counted-stance figures: the two principals (lower number first) and the stances between them.
    private(set) var pairEntries: [Entry] = []
    /// Mentions: the principal (in `first`) and its count.
    private(set) var mentionEntries: [Entry] = []

    struct Entry: Sendable, Equatable {
        var first: UInt32
        var second: UInt32
        var count: Int32
    }

    init(actorsDigest: UInt64) {
        self.actorsDigest = actorsDigest
    }

    var articleCount: Int { pairStart.count - 1 }

    static func actorsDigest(of model: CorpusModel) -> UInt64 {
        var hash = Mixing.mix(UInt64(model.actors.count))
        for actor in model.actors {
            for byte in actor.id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = Mixing.mix(hash ^ 0x0A)
        }
        return hash
    }

    mutating func number(of principal: String) -> UInt32 {
        principalNumbers.number(of: principal)
    }

    /// Appends the figures of `model.articles[index]`, whose stances are `stances` (all of them: whether they
    /// count is decided at `focalPair`, from the article's copy flag).
    /// - Returns: false when a stance names another article (the per-article reading would not be exact).
    mutating func append(article index: Int, of model: CorpusModel, stances: ArraySlice<Stance>, reading: inout PairTable.Reading) -> Bool {
        let id = model.articles[index].id
        var pairs: [UInt64: Int32] = [:]
        for stance in stances {
            guard stance.article == id else { return false }
            guard stance.verdict != .rejected, let (holder, target) = reading.pair(of: stance) else { continue }
            let (one, two) = (number(of: holder), number(of: target))
            pairs[UInt64(min(one, two)) << 32 | UInt64(max(one, two)), default: 0] += 1
        }
        for (key, count) in pairs.sorted(by: { $0.key < $1.key }) {
            pairEntries.append(Entry(first: UInt32(key >> 32), second: UInt32(key & 0xFFFF_FFFF), count: count))
        }
        var mentions: [UInt32: Int32] = [:]
        if model.analyses.indices.contains(index) {
            for (actor, count) in model.analyses[index].mentionCounts {
                mentions[number(of: reading.principal(actor)), default: 0] += Int32(clamping: count)
            }
        }
        for (principal, count) in mentions.sorted(by: { $0.key < $1.key }) {
            mentionEntries.append(Entry(first: principal, second: 0, count: count))
        }
        pairStart.append(Int32(pairEntries.count))
        mentionStart.append(Int32(mentionEntries.count))
        return true
    }

    /// A tally to be filled again, numbering principals as `previous` does (so `append(copyOf:in:)` copies).
    init(continuing previous: PairTally) {
        actorsDigest = previous.actorsDigest
        principalNumbers = previous.principalNumbers
    }

    /// Appends the figures of article `index` of `previous` as they are (an article that did not change); this
    /// tally was made `continuing` it.
    mutating func append(copyOf index: Int, in previous: PairTally) {
        pairEntries += previous.pairEntries[Int(previous.pairStart[index])..<Int(previous.pairStart[index + 1])]
        mentionEntries += previous.mentionEntries[Int(previous.mentionStart[index])..<Int(previous.mentionStart[index + 1])]
        pairStart.append(Int32(pairEntries.count))
        mentionStart.append(Int32(mentionEntries.count))
    }

    /// The tally of every article of `model` (stances in model order, each article's together, as gathered).
    /// - Returns: nil when the model's stances are not grouped by article as gathered.
    static func of(_ model: CorpusModel) -> PairTally? {
        var tally = PairTally(actorsDigest: actorsDigest(of: model))
        var reading = PairTable.Reading(model)
        var next = 0
        for index in model.articles.indices {
            let start = next
            let id = model.articles[index].id
            while next < model.stances.count, model.stances[next].article == id { next += 1 }
            guard tally.append(article: index, of: model, stances: model.stances[start..<next], reading: &reading) else { return nil }
        }
        return next == model.stances.count ? tally : nil
    }

    /// The focal pair's summary as `PairTable.focalPair` finds it, from these figures: article `index`'s stances
    /// count unless `isCopy(index)`, every article's mentions count.
    func focalPair(reading: PairTable.Reading, isCopy: (Int) -> Bool) -> PairSummary? {
        var stances: [UInt64: Int] = [:]
        var mentions = [Int](repeating: 0, count: principals.count)
        for index in 0..<articleCount {
            for entry in mentionEntries[Int(mentionStart[index])..<Int(mentionStart[index + 1])] {
                mentions[Int(entry.first)] += Int(entry.count)
            }
            guard pairStart[index] < pairStart[index + 1], !isCopy(index) else { continue }
            for entry in pairEntries[Int(pairStart[index])..<Int(pairStart[index + 1])] {
                stances[UInt64(entry.first) << 32 | UInt64(entry.second), default: 0] += Int(entry.count)
            }
        }
        var mentionsOf: [String: Int] = [:]
        for (number, count) in mentions.enumerated() where count != 0 { mentionsOf[principals[number], default: 0] += count }
        var best: PairSummary?
        for (key, count) in stances where count > 0 {
            let (one, two) = (principals[Int(key >> 32)], principals[Int(key & 0xFFFF_FFFF)])
            var summary = PairSummary(pair: PairTable.ordered(one, two, mentions: mentionsOf))
            summary.stances = count
            summary.mentions = summary.pair.reduce(0) { $0 + (mentionsOf[$1] ?? 0) }
            summary.isFocalCandidate = reading.isFocalCandidate(summary.pair)
            guard summary.isFocalCandidate else { continue }
            if best.map({ PairTable.precedes(summary, $0) }) ?? true { best = summary }
        }
        return best
    }
}

extension PairTally {
    func encode(into out: inout BinaryWriter) {
        out.unsigned(actorsDigest >> 32)
        out.unsigned(actorsDigest & 0xFFFF_FFFF)
        out.unsigned(UInt64(principals.count))
        for principal in principals { out.string(principal) }
        out.unsigned(UInt64(articleCount))
        for index in 0..<articleCount {
            let pairs = pairEntries[Int(pairStart[index])..<Int(pairStart[index + 1])]
            out.unsigned(UInt64(pairs.count))
            for entry in pairs {
                out.unsigned(UInt64(entry.first))
                out.unsigned(UInt64(entry.second))
                out.unsigned(UInt64(entry.count))
            }
            let mentions = mentionEntries[Int(mentionStart[index])..<Int(mentionStart[index + 1])]
            out.unsigned(UInt64(mentions.count))
            for entry in mentions {
                out.unsigned(UInt64(entry.first))
                out.unsigned(UInt64(entry.count))
            }
        }
    }

    init(from input: inout BinaryReader) throws(BinaryReader.Damaged) {
        self.init(actorsDigest: (try input.unsigned() << 32) | (try input.unsigned()))
        for _ in 0..<(try input.count()) { _ = number(of: try input.string()) }
        func principal() throws(BinaryReader.Damaged) -> UInt32 {
            let value = try input.unsigned()
            guard value < UInt64(principals.count) else { throw BinaryReader.Damaged() }
            return UInt32(value)
        }
        func count() throws(BinaryReader.Damaged) -> Int32 {
            let value = try input.unsigned()
            guard value <= UInt64(Int32.max) else { throw BinaryReader.Damaged() }
            return Int32(value)
        }
        for _ in 0..<(try input.count()) {
            for _ in 0..<(try input.count()) {
                let (first, second) = (try principal(), try principal())
                pairEntries.append(Entry(first: first, second: second, count: try count()))
            }
            for _ in 0..<(try input.count()) { mentionEntries.append(Entry(first: try principal(), second: 0, count: try count())) }
            pairStart.append(Int32(pairEntries.count))
            mentionStart.append(Int32(mentionEntries.count))
        }
    }
}
