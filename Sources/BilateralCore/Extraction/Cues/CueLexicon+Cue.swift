extension CueLexicon {
    /// One inflected form of a cue.
    public struct Cue: Sendable, Equatable {
        public var words: [String]
        public var lemma: String
        public var role: Role
        /// The CAMEO code and name: "04 Consult".
        public let category: String
        /// The CAMEO root number that opens `category` (4 for "04 Consult"): the rules ask it of nearly every cue,
        /// and comparing a number costs less than a String prefix.
        public let root: Int
        public var score: Double
        /// "cooperation between X and Y" holds in both directions.
        public var symmetric: Bool

        init(words: [String], lemma: String, role: Role, category: String, score: Double, symmetric: Bool) {
            self.words = words
            self.lemma = lemma
            self.role = role
            self.category = category
            self.root = Int(category.prefix(2)) ?? 0
            self.score = score
            self.symmetric = symmetric
        }
    }
}
