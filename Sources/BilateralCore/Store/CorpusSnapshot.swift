/// The corpus-level results of the last open (duplicate groups and the focal pair), kept with the exact list
/// of articles they were found for: an open whose articles are the same, in the same order, made from the same
/// bytes by the same extractor, takes them as they are instead of finding them again.
///
/// Both are pure functions of the articles (`DuplicateDetection`, `RelationshipFocus.inferredPair`), and an
/// article's identity (`DuplicateMemo.identity`) names its file's path and bytes and the extractor version, so
/// a matching key means the same result. The eras themselves are looked up again from the pair: cheap, and the
/// era sources stay the one place that decides them.
struct CorpusSnapshot: Sendable, Equatable {
    /// A digest of the articles' identities in corpus order and of the settings of the duplicate step.
    var key: UInt64
    var groups: [DuplicateGroup]
    var pair: [String]

    /// The key for articles with `identities` (nil when an article has none: then there is no snapshot).
    static func key(identities: [UInt64?], detectsDuplicates: Bool, settings: DuplicateDetection.Settings = .standard) -> UInt64? {
        var hash = Mixing.mix(UInt64(identities.count) ^ (detectsDuplicates ? 0x5D : 0xA2))
        for number in [settings.shingleSize, settings.bands, settings.rows] { hash = Mixing.mix(hash ^ UInt64(number)) }
        hash = Mixing.mix(hash ^ settings.cut.bitPattern)
        for identity in identities {
            guard let identity else { return nil }
            hash = Mixing.mix(hash ^ identity)
        }
        return hash
    }

    /// Raised whenever the layout below changes: a snapshot of another layout is not read.
    static let format: UInt64 = 1

    func encoded() -> [UInt8] {
        var out = BinaryWriter(reserving: 64 + groups.count * 24)
        out.unsigned(Self.format)
        out.unsigned(key >> 32)
        out.unsigned(key & 0xFFFF_FFFF)
        out.unsigned(UInt64(pair.count))
        for id in pair { out.string(id) }
        out.unsigned(UInt64(groups.count))
        for group in groups {
            out.unsigned(UInt64(group.canonical))
            out.unsigned(UInt64(group.copies.count))
            for (copy, similarity) in zip(group.copies, group.similarities) {
                out.unsigned(UInt64(copy))
                out.double(similarity)
            }
        }
        return out.bytes
    }

    /// The snapshot `bytes` hold; nil when damaged or of another layout, or when a group names an article
    /// beyond `articleCount`.
    /// - Parameter key: when given, the key the caller wants: a snapshot of another key is nil at once, before its
    ///   groups are read (an open with a file changed reads the snapshot only to find it does not fit).
    init?(encoded bytes: [UInt8], articleCount: Int, key wanted: UInt64? = nil) {
        var input = BinaryReader(bytes)
        do throws(BinaryReader.Damaged) {
            guard try input.unsigned() == Self.format else { return nil }
            key = (try input.unsigned() << 32) | (try input.unsigned())
            if let wanted, wanted != key { return nil }
            pair = []
            for _ in 0..<(try input.count()) { pair.append(try input.string()) }
            groups = []
            func index() throws(BinaryReader.Damaged) -> Int {
                let value = try input.unsigned()
                guard value < UInt64(articleCount) else { throw BinaryReader.Damaged() }
                return Int(value)
            }
            for _ in 0..<(try input.count()) {
                let canonical = try index()
                var copies: [Int] = []
                var similarities: [Double] = []
                for _ in 0..<(try input.count()) {
                    copies.append(try index())
                    similarities.append(try input.double())
                }
                groups.append(DuplicateGroup(canonical: canonical, copies: copies, similarities: similarities))
            }
            guard input.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    init(key: UInt64, groups: [DuplicateGroup], pair: [String]) {
        self.key = key
        self.groups = groups
        self.pair = pair
    }
}
