import ArgumentParser
import BilateralCore
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score the extraction against a hand-made gold file.")

    @Option(help: "The gold annotation (format of ../shared/gold/seeds.json).")
    var gold: String

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            throw CommandFailure("eval is not available yet")
        }
    }
}
