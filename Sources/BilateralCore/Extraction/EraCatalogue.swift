import Foundation

/// One relationship of the era catalogue (`Resources/eras.json`, or a user's era file): its pair,
/// its periods and its landmark events. `EraLibrary` holds the list.
public struct EraCatalogue: Sendable, Equatable {
    /// A well-known dated event an undated article can be placed by, when it names all of `all`
    /// and at least one of `any` (words as written).
    public struct Landmark: Sendable, Codable, Equatable {
        public var label: String
        public var date: PartialDate
        public var all: [String]
        public var any: [String]

        public init(label: String, date: PartialDate, all: [String], any: [String] = []) {
            self.label = label
            self.date = date
            self.all = all
            self.any = any
        }

        /// True when the article's words name this landmark.
        func isNamed(in words: Set<String>) -> Bool {
            all.allSatisfy(words.contains) && (any.isEmpty || any.contains(where: words.contains))
        }
    }

    struct File: Decodable {
        var pair: [String]?
        var eras: [Era]
        var landmarks: [Landmark]?
    }

    /// The two actor ids the eras are about; nil in a user's file that leaves it out (then it is about any pair).
    public let pair: [String]?
    public let eras: [Era]
    public let landmarks: [Landmark]
    /// Every word a landmark names, for a cheap check before a word is collected.
    let landmarkWords: KeyFilter
    /// The same words exactly, byte for byte: an ASCII word outside this set cannot name a landmark.
    let landmarkKeys: WordSet
    /// Their lower-case hashes: an ASCII token whose `lowerHash` is not here is none of them, read without its text.
    let landmarkHashes: HashFilter

    public init(pair: [String]? = nil, eras: [Era], landmarks: [Landmark] = []) {
        self.pair = pair
        self.eras = eras
        self.landmarks = landmarks
        self.landmarkWords = KeyFilter(landmarks.flatMap { $0.all + $0.any })
        self.landmarkKeys = WordSet(landmarks.flatMap { $0.all + $0.any })
        self.landmarkHashes = HashFilter(landmarks.flatMap { $0.all + $0.any }.map { WordHash.of($0.lowercased()) })
    }

    /// Decodes one relationship (`{"pair": …, "eras": …, "landmarks": …}`).
    /// - Throws: `ResourceError.malformed` naming the reason.
    public init(data: Data, name: String = "eras.json") throws(ResourceError) {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            self.init(file)
        } catch {
            throw .malformed(name: name, reason: String(describing: error))
        }
    }

    init(_ file: File) {
        self.init(pair: file.pair, eras: file.eras, landmarks: file.landmarks ?? [])
    }

    /// Two catalogues are equal when they say the same; the lookup tables follow from that.
    public static func == (lhs: EraCatalogue, rhs: EraCatalogue) -> Bool {
        lhs.pair == rhs.pair && lhs.eras == rhs.eras && lhs.landmarks == rhs.landmarks
    }

    /// The first relationship of the built-in catalogue (Russia–Japan).
    public static func bundled() throws(ResourceError) -> EraCatalogue {
        try EraLibrary.bundled().relationships.first ?? EraCatalogue(eras: [])
    }

    /// Whether these eras are about `pair`, in either order (a relationship with no pair is about any).
    public func isAbout(_ pair: [String]) -> Bool {
        guard let own = self.pair else { return true }
        return Set(own) == Set(pair) && own.count == 2
    }

    /// The same relationship with every era marked as coming from `source`.
    public func marked(_ source: Era.Source) -> EraCatalogue {
        EraCatalogue(pair: pair, eras: eras.map { era in
            var era = era
            era.source = source
            return era
        }, landmarks: landmarks)
    }

    /// The era a date falls in; a date coarser than an era boundary takes the era its first day is in.
    public func era(for date: PartialDate) -> Era? {
        eras.first { $0.contains(date) }
    }

    /// The latest landmark the article's words name.
    func latestLandmark(in words: Set<String>) -> Landmark? {
        landmarks.filter { $0.isNamed(in: words) }.max { $0.date < $1.date }
    }
}
