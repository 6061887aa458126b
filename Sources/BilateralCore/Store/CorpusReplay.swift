/// What the corpus-level step of the last open decided per article, kept for the next open whose articles are
/// not exactly those (a few files changed): the duplicate step's decisions (`DuplicateRun`) and the figures
/// that choose the focal pair (`PairTally`), both by article in the order of `run.identities`.
///
/// It is read only when the snapshot (`CorpusSnapshot`) does not fit, so a warm open never decodes it.
struct CorpusReplay: Sendable, Equatable {
    var run: DuplicateRun
    var tally: PairTally

    /// Raised whenever the layout below changes: a replay of another layout is not read.
    static let format: UInt64 = 1

    func encoded() -> [UInt8] {
        var out = BinaryWriter(reserving: 64 + run.count * 48)
        out.unsigned(Self.format)
        run.encode(into: &out)
        tally.encode(into: &out)
        return out.bytes
    }

    /// The replay `bytes` hold; nil when damaged, of another layout, or when its parts disagree on the articles.
    init?(encoded bytes: [UInt8]) {
        var input = BinaryReader(bytes)
        do throws(BinaryReader.Damaged) {
            guard try input.unsigned() == Self.format else { return nil }
            run = try DuplicateRun(from: &input)
            tally = try PairTally(from: &input)
            guard input.isAtEnd, tally.articleCount == run.count else { return nil }
        } catch {
            return nil
        }
    }

    init(run: DuplicateRun, tally: PairTally) {
        self.run = run
        self.tally = tally
    }
}
