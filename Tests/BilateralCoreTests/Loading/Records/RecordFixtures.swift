import Foundation
@testable import BilateralCore

/// The JSON Lines and CSV files under Fixtures/records, written for these tests with the odd shapes dumps have.
enum RecordFixtures {
    static var folder: String {
        Bundle.module.url(forResource: "Fixtures/records", withExtension: nil)?.path ?? "Fixtures/records"
    }

    static func load(_ name: String, columns: RecordColumns = RecordColumns()) -> ([Article], [LoadWarning]) {
        CorpusLoader(columns: columns).loadArticles(file: folder + "/" + name)
    }

    /// The articles of records written in a test.
    static func load(text: String, name: String, columns: RecordColumns = RecordColumns()) -> ([Article], [LoadWarning]) {
        CorpusLoader(columns: columns).loadArticles(bytes: Array(text.utf8), path: name)
    }
}
