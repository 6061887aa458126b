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
            let progress = ExportProgress(
                stderrIsTerminal: StandardStream.error.isTerminal, stdoutIsTerminal: StandardStream.output.isTerminal)
            var model = try corpus.loadModel(progress: progress.opening)
            if let filter, let parsed = try? Filter.parse(filter) {
                do throws(FilterError) {
                    try parsed.validate(against: model)
                } catch {
                    throw CommandFailure("--filter: \(error.description)")
                }
                model = parsed.apply(to: model).narrowing(model)
            }
            progress.writing(articles: model.articles.count)
            defer { progress.clear() }
            // Read before writing starts: a bad user actors file is one line and exit 1, not half an export.
            let gazetteer = format == .gold ? try corpus.gazetteer() : Gazetteer(entries: [])
            try write { out in
                switch format {
                case .json: JSONExporter(withText: withText).write(model, to: &out)
                case .csv: CSVExporter().write(model, to: &out)
                case .markdown: MarkdownExporter().write(model, to: &out)
                case .gold: out.write(GoldExporter(gazetteer: gazetteer).export(model))
                }
            }
        }
    }

    /// Streams the export to stdout as it is produced, with the final line break.
    private func write(_ body: (inout ExportWriter) -> Void) throws {
        var out = ExportWriter { StandardStream.output.writeAll($0) }
        body(&out)
        out.write("\n")
        do throws(ExportWriteFailure) {
            try out.finish()
        } catch {
            throw CommandFailure("cannot write the export: \(error.reason)")
        }
    }
}
