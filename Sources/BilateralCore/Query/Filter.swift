/// A parsed filter: free text and fields (`actor:`, `era:`, `pol:` …) that narrow the model.
///
/// One parser serves the dashboard and `bilateral export --filter`.
/// Placeholder: matches everything until the filter language lands.
public struct Filter: Sendable, Equatable {
    /// The text the filter was parsed from.
    public let source: String

    public static let all = Filter(source: "")

    init(source: String) {
        self.source = source
    }

    /// Parses the filter language.
    /// - Throws: `FilterError` naming what is wrong and where.
    public static func parse(_ text: String) throws(FilterError) -> Filter {
        Filter(source: text)
    }

    public var isEmpty: Bool { source.allSatisfy(\.isWhitespace) }

    /// The parts of `model` the filter keeps.
    public func apply(to model: CorpusModel) -> FilteredModel {
        FilteredModel(
            articles: Array(model.articles.indices),
            events: Array(model.events.indices),
            stances: Array(model.stances.indices)
        )
    }
}

/// Why a filter did not parse; `column` is a 0-based Character offset into the source.
public struct FilterError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "column \(column + 1): \(message)" }
}

/// The indices (into a `CorpusModel`'s arrays) of what a filter keeps, in model order.
public struct FilteredModel: Sendable, Equatable {
    public var articles: [Int]
    public var events: [Int]
    public var stances: [Int]

    public init(articles: [Int], events: [Int], stances: [Int]) {
        self.articles = articles
        self.events = events
        self.stances = stances
    }
}
