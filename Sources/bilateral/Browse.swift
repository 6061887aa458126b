import ArgumentParser
import BilateralCore
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            let model = try corpus.loadModel()
            print("bilateral: \(model.articles.count) articles loaded; the dashboard is not built yet (try `bilateral export`).")
        }
    }
}
