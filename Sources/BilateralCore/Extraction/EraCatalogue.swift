import Foundation

/// The era catalogue (`Resources/eras.json`): the periods of a relationship and its landmark events.
public struct EraCatalogue: Sendable {
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

    private struct File: Decodable {
        var eras: [Era]
        var landmarks: [Landmark]?
    }

    public let eras: [Era]
    public let landmarks: [Landmark]
    /// Every word a landmark names, for a cheap check before a word is collected.
    let landmarkWords: KeyFilter
    /// The same words exactly, byte for byte: an ASCII word outside this set cannot name a landmark.
    let landmarkKeys: WordSet
    /// Their lower-case hashes: an ASCII token whose `lowerHash` is not here is none of them, read without its text.
    let landmarkHashes: HashFilter

    public init(eras: [Era], landmarks: [Landmark] = []) {
        self.eras = eras
        self.landmarks = landmarks
        self.landmarkWords = KeyFilter(landmarks.flatMap { $0.all + $0.any })
        self.landmarkKeys = WordSet(landmarks.flatMap { $0.all + $0.any })
        self.landmarkHashes = HashFilter(landmarks.flatMap { $0.all + $0.any }.map { WordHash.of($0.lowercased()) })
    }

    /// Decodes the `eras.json` format.
    /// - Throws: `ResourceError.malformed` naming the reason.
    public init(data: Data, name: String = "eras.json") throws(ResourceError) {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            self.init(eras: file.eras, landmarks: file.landmarks ?? [])
        } catch {
            throw .malformed(name: name, reason: String(describing: error))
        }
    }

    public static func bundled() throws(ResourceError) -> EraCatalogue {
        try EraCatalogue(data: ResourceError.bundledData(named: "eras"), name: "eras.json")
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
