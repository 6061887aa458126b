import ArgumentParser
import BilateralCore
import BilateralTUI
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
            let name = try corpusName()
            let terminal: NcursesTerminal
            do throws(TerminalUnavailable) {
                terminal = try NcursesTerminal()
            } catch {
                throw CommandFailure(error.description)
            }
            defer { terminal.shutdown() }
            Dashboard.run(model: model, on: terminal, corpusName: name)
        }
    }

    /// What the title line calls the corpus: the folder or file name, or how many paths.
    private func corpusName() throws -> String {
        let paths = try corpus.resolvedPaths()
        guard paths.count == 1, let only = paths.first else { return "\(paths.count) paths" }
        let name = URL(fileURLWithPath: only).standardizedFileURL.lastPathComponent
        return name.isEmpty ? only : name
    }
}
