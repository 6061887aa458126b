import ArgumentParser
import BilateralCore
import Foundation

/// `bilateral gold export`: the user's stance corrections as a gold file `bilateral eval` reads.
struct Gold: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Your confirmed and rejected stances as a gold file.", subcommands: [GoldExport.self])

    struct GoldExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write your confirmed and rejected stances as a gold file on stdout (same as export --format gold).")

        @OptionGroup var corpus: CorpusOptions

        func run() throws {
            try reportingFailures {
                let model = try corpus.loadModel()
                let text = GoldExporter(gazetteer: try corpus.gazetteer()).export(model)
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
            }
        }
    }
}
