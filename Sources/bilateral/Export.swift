import ArgumentParser
import BilateralCore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the extracted model as JSON, CSV or Markdown.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown
    }

    @Option(help: "Output format: json, csv or markdown.")
    var format: Format = .json

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try reportingFailures {
            let model = try corpus.loadModel()
            let text: String
            switch format {
            case .json: text = JSONExporter().export(model)
            case .csv: text = CSVExporter().export(model)
            case .markdown: text = MarkdownExporter().export(model)
            }
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }
}
