import ArgumentParser
import BilateralCore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the extracted model as JSON, CSV or Markdown.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown, gold
    }

    @Option(help: "Output format: json, csv, markdown, or gold (your confirmed and rejected stances, as a gold file for eval).")
    var format: Format = .json

    @Flag(help: "Add each article's main text, boilerplate removed, as \"text\" (json only).")
    var withText = false

    @Option(help: "Export only what this filter keeps (the dashboard's filter language, e.g. \"actor:JPN pol:-\").")
    var filter: String?

    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if withText, format != .json { throw ValidationError("--with-text goes with --format json") }
        if let filter {
            let parsed: Filter
            do {
                parsed = try Filter.parse(filter)
            } catch {
                throw ValidationError("--filter: \(error.description)")
            }
            // Marks live in the corpus store only: without it `is:unread` would quietly keep everything.
            if parsed.readsMarks, corpus.noStore {
                throw ValidationError("--filter: is: and has: read your marks, which are kept in the corpus store (drop --no-store)")
            }
        }
    }

    func run() throws {
        try reportingFailures {
            // Checked before any file is opened: a closed stdout's descriptor would go to the first one.
            guard StandardStream.output.isOpen else { throw CommandFailure("cannot write the export: standard output is closed") }
            var model = try corpus.loadModel()
            if let filter, let parsed = try? Filter.parse(filter) {
                do throws(FilterError) {
                    try parsed.validate(against: model)
                } catch {
                    throw CommandFailure("--filter: \(error.description)")
                }
                model = parsed.apply(to: model).narrowing(model)
            }
            let text: String
            switch format {
            case .json: text = JSONExporter(withText: withText).export(model)
            case .csv: text = CSVExporter().export(model)
            case .markdown: text = MarkdownExporter().export(model)
            case .gold: text = GoldExporter(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer(entries: [])).export(model)
            }
            do throws(StandardStream.WriteFailure) {
                try StandardStream.output.writeAll(text + "\n")
            } catch {
                throw CommandFailure("cannot write the export: \(error.reason)")
            }
        }
    }
}
