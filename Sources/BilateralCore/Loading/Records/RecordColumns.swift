import Foundation

/// Which column of a CSV file (or field of a JSON Lines record) holds each part of an article.
///
/// By default a part is found under any of its common names, compared without case, spaces,
/// `_` or `-` (so `publish_date`, `publishedAt` and `Publish Date` are one name). The user can
/// name the column for a part (`--columns title=headline,text=body`); that name is then the
/// only one looked for.
public struct RecordColumns: Sendable, Equatable {
    /// The parts of an article a record can hold.
    public enum Field: String, Sendable, CaseIterable {
        case id, title, date, url, text, author, source, summary
    }

    /// The common names of each part, as news APIs and research archives write them, in order of preference.
    static let commonNames: [Field: [String]] = [
        .id: ["id"],
        .title: ["title", "headline"],
        .date: ["date", "published", "publish_date", "seendate", "published_at", "date_published", "pubdate"],
        .url: ["url", "link"],
        .text: ["text", "body", "content", "article", "maintext"],
        .author: ["author", "authors", "byline"],
        .source: ["source", "domain", "source_domain"],
        .summary: ["summary", "description"],
    ]

    /// The column the user named for a part, as given.
    public private(set) var overrides: [Field: String]

    public init(overrides: [Field: String] = [:]) {
        self.overrides = overrides
    }

    /// The columns of `spec`, `part=column` pairs separated by commas (`title=headline,text=body`).
    /// - Throws: `RecordColumnsError` for a pair without `=`, an unknown part, an empty column or a part named twice.
    public init(parsing spec: String) throws(RecordColumnsError) {
        var overrides: [Field: String] = [:]
        for pair in spec.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .notAPair(String(pair)) }
            let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            let column = parts[1].trimmingCharacters(in: .whitespaces)
            guard let field = Field(rawValue: name) else { throw .unknownPart(name) }
            guard !column.isEmpty else { throw .emptyColumn(name) }
            guard overrides[field] == nil else { throw .partTwice(name) }
            overrides[field] = column
        }
        self.overrides = overrides
    }

    /// The normalised names a part is looked for under.
    func names(for field: Field) -> [String] {
        if let column = overrides[field] { return [Self.normalised(column)] }
        return (Self.commonNames[field] ?? []).map(Self.normalised)
    }

    /// A column name as compared: lower case, without spaces, `_` and `-`.
    static func normalised(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}" })
    }

    /// The overrides as `part=column` pairs in part order: part of the store's version, since they change what loads.
    public var canonical: String {
        Field.allCases.compactMap { field in overrides[field].map { "\(field.rawValue)=\($0)" } }.joined(separator: ",")
    }

    /// For each part, the index of the first of `header`'s columns that holds it.
    func indices(in header: [String]) -> [Field: Int] {
        let names = header.map(Self.normalised)
        var found: [Field: Int] = [:]
        for field in Field.allCases {
            for wanted in self.names(for: field) {
                if let index = names.firstIndex(of: wanted) {
                    found[field] = index
                    break
                }
            }
        }
        return found
    }

    /// The parts the user named whose column is not among `names` (normalised), for a warning.
    func missingOverrides(among names: Set<String>) -> [(field: Field, column: String)] {
        Field.allCases.compactMap { field in
            guard let column = overrides[field], !names.contains(Self.normalised(column)) else { return nil }
            return (field, column)
        }
    }
}

/// What is wrong with a `--columns` value.
public enum RecordColumnsError: Error, Equatable, CustomStringConvertible {
    case notAPair(String)
    case unknownPart(String)
    case emptyColumn(String)
    case partTwice(String)

    public var description: String {
        let parts = RecordColumns.Field.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .notAPair(let text): return "'\(text)' is not PART=COLUMN (e.g. title=headline,text=body)"
        case .unknownPart(let name): return "unknown part '\(name)'; the parts are \(parts)"
        case .emptyColumn(let name): return "no column named for '\(name)'"
        case .partTwice(let name): return "'\(name)' is given twice"
        }
    }
}
