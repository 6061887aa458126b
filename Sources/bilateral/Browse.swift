import ArgumentParser
import BilateralCore
import Foundation
import NcursesBackend

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            // Before loading, so a pipe or TERM=dumb fails at once with a pointer to export.
            do throws(TerminalUnavailable) {
                try NcursesTerminal.checkUsable()
            } catch {
                throw CommandFailure(error.description)
            }
            let model = try corpus.loadModel()
            print("bilateral: \(model.articles.count) articles loaded; the dashboard is not built yet (try `bilateral export`).")
        }
    }
}
