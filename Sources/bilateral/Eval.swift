import ArgumentParser
import BilateralCore
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score the extraction against a hand-made gold file.")

    @Option(help: "The gold annotation (format of ../shared/gold/seeds.json).")
    var gold: String

    @Flag(help: "Also list every miss: unexpected or missing stances, wrong dates and eras.")
    var verbose = false

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            let goldFile: GoldFile
            do {
                goldFile = try GoldFile.load(path: gold)
            } catch let error as GoldFileError {
                throw CommandFailure(error.description)
            }
            let model = try corpus.loadModel()
            let evaluation = Evaluator(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer(entries: [])).evaluate(model, against: goldFile)
            if verbose {
                for miss in evaluation.misses { print("miss: \(miss)") }
            }
            for line in evaluation.report { print(line) }
        }
    }
}
