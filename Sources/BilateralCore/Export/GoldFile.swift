import Foundation

/// A hand annotation of a corpus (the format of `../shared/gold/seeds.json`).
public struct GoldFile: Sendable, Decodable {
    public struct StanceTuple: Sendable, Decodable, Hashable {
        public var holder: String
        public var target: String
        public var polarity: Stance.Polarity
        /// Phrases one of which the evidence sentence must contain (required stances only).
        public var evidence: [String]?
    }

    public struct DatedItem: Sendable, Decodable, Hashable {
        public var date: PartialDate
    }

    public struct ArticleGold: Sendable, Decodable {
        public var date: PartialDate?
        public var dateMayBeUnknown: Bool?
        public var era: String?
        public var eraMayBeUnknown: Bool?
        public var actorsRequired: [String]?
        public var stancesRequired: [StanceTuple]?
        public var stancesAcceptable: [StanceTuple]?
        public var eventsRequired: [DatedItem]?
        public var eventsAcceptable: [DatedItem]?
        /// Every sentence of the article reports no act between states: any stance on it is a false positive,
        /// counted by sentence.
        public var sentencesWithoutStances: Bool?

        enum CodingKeys: String, CodingKey {
            case date, era
            case dateMayBeUnknown = "date_may_be_unknown"
            case eraMayBeUnknown = "era_may_be_unknown"
            case actorsRequired = "actors_required"
            case stancesRequired = "stances_required"
            case stancesAcceptable = "stances_acceptable"
            case eventsRequired = "events_required"
            case eventsAcceptable = "events_acceptable"
            case sentencesWithoutStances = "sentences_without_stances"
        }
    }

    public var articles: [String: ArticleGold]

    /// Reads and decodes a gold file.
    /// - Throws: `GoldFileError` naming the path and the reason.
    public static func load(path: String) throws(GoldFileError) -> GoldFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldFileError(path: path, reason: "cannot be read")
        }
        do {
            return try JSONDecoder().decode(GoldFile.self, from: data)
        } catch let error as DecodingError {
            throw GoldFileError(path: path, reason: GoldFileError.describe(error))
        } catch {
            throw GoldFileError(path: path, reason: "not a gold file: \(error)")
        }
    }
}

/// Why a gold file could not be used.
public struct GoldFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }

    static func describe(_ error: DecodingError) -> String {
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "" : " at \(path)"
        }
        switch error {
        case .dataCorrupted(let context): return "invalid gold file\(at(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context): return "missing key \"\(key.stringValue)\"\(at(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value\(at(context)): \(context.debugDescription)"
        @unknown default: return "invalid gold file"
        }
    }
}
