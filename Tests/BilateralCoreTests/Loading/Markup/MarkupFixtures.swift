import Foundation
@testable import BilateralCore

/// The pages and feeds under Fixtures/markup, written for these tests in the shapes real sites use.
enum MarkupFixtures {
    static var folder: String {
        Bundle.module.url(forResource: "Fixtures/markup", withExtension: nil)?.path ?? "Fixtures/markup"
    }

    static func path(_ name: String) -> String { folder + "/" + name }

    /// The articles of one fixture file, and the warnings its loading gave.
    static func load(_ name: String) -> ([Article], [LoadWarning]) {
        CorpusLoader().loadArticles(file: path(name))
    }

    /// The articles of markup written in a test.
    static func load(markup: String, name: String) -> ([Article], [LoadWarning]) {
        CorpusLoader().loadArticles(bytes: Array(markup.utf8), path: name)
    }
}
