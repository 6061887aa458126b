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
            var model = try corpus.loadModel()
            // The gold's eras name the relationship it was annotated for: eras are scored as that pair's.
            let extractor = try corpus.extractor()
            let catalogue = extractor.catalogue
            if let annotated = catalogue.relationship(holding: Set(goldFile.articles.values.compactMap(\.era))),
               let pair = annotated.pair, Set(pair) != Set(model.pair) {
                RelationshipFocus.apply(to: &model, pair: pair, sources: EraSources(catalogue: catalogue))
            }
            let evaluation = Evaluator(gazetteer: extractor.gazetteer).evaluate(model, against: goldFile)
            guard evaluation.articles > 0 else { throw CommandFailure("\(gold): no articles to score") }
            if !evaluation.unmatchedArticles.isEmpty {
                let count = evaluation.unmatchedArticles.count
                let shown = evaluation.unmatchedArticles.prefix(3).joined(separator: ", ") + (count > 3 ? ", …" : "")
                // Nothing matched: a score of 1.00 over nothing would read as a perfect result.
                guard count < evaluation.articles else {
                    throw CommandFailure("\(gold): none of its \(count) article id\(count == 1 ? "" : "s") (\(shown)) is in the corpus; nothing to score")
                }
                Diagnostics.warn("\(gold): \(count) of its \(evaluation.articles) article ids are not in the corpus (\(shown)); scored as missed")
            }
            if verbose {
                for miss in evaluation.misses { print("miss: \(miss)") }
            }
            for line in evaluation.report { print(line) }
        }
    }
}
