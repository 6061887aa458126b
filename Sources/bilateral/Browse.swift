import ArgumentParser
import BilateralCore
import BilateralTUI
import Foundation
import NcursesBackend

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Start fresh: do not restore the last position, filter, chips, pane and zoom for this corpus.")
    var fresh = false

    @Flag(help: "Do not ask the terminal for mouse reports (clicks and the wheel); the terminal's own selection works as usual.")
    var noMouse = false

    @Flag(help: .hidden)
    var noEditor = false

    @Flag(help: "Neither read nor write the dashboard's state file (what `serve` sessions use: one user's history is not another's).")
    var noState = false

    func run() throws {
        try reportingFailures {
            // Before loading, so a pipe or TERM=dumb fails at once with a pointer to export.
            do throws(TerminalUnavailable) {
                try NcursesTerminal.checkUsable()
            } catch {
                throw CommandFailure(error.description)
            }
            let sources = try corpus.eraSources()
            let opening = try BackgroundOpening(corpus: corpus)
            let name = try corpusName()
            let config = DashboardConfigFile(path: DashboardConfigFile.defaultPath()).load()
            let terminal: NcursesTerminal
            do throws(TerminalUnavailable) {
                terminal = try NcursesTerminal(mouse: !noMouse && config.settings.mouse)
            } catch {
                throw CommandFailure(error.description)
            }
            defer { terminal.shutdown() }
            // The corpus opens on another thread once the terminal is up: the first frame does not wait for
            // extraction, and a terminal that fails to start leaves no thread behind.
            opening.start()
            defer { opening.stop() }
            var failures: [String] = []
            var unsaved: [(edit: UserEdit, model: CorpusModel)] = []
            /// Saves the edits waiting, in order, once the corpus is open.
            func saveWaiting() {
                guard let opened = opening.opened else { return }
                for (edit, model) in unsaved {
                    do throws(StoreError) {
                        try UserEdits.save(edit, model: model, in: opened)
                    } catch {
                        failures.append(error.description)
                    }
                }
                unsaved.removeAll()
            }
            let stateFile = DashboardStateFile(path: DashboardStateFile.defaultPath())
            let key = try corpusKey()
            let (memory, problem) = noState ? (CorpusMemory(), nil) : stateFile.load(corpus: key)
            var saveProblem: String?
            let runner = EffectRunner(writeToTerminal: { terminal.writeControl($0) })
            // A bad config line is one message at start-up naming the file and line (the rest on stderr at exit).
            let configNote = config.problems.first.map { $0 + (config.problems.count > 1 ? " (+\(config.problems.count - 1) more)" : "") }
            Dashboard.run(
                model: CorpusModel(), on: terminal, corpusName: name, memory: memory, restoreSession: !fresh,
                startMessage: problem ?? configNote, eraSources: sources,
                // A pair asked for is where the user wants to be; otherwise a corpus of several relationships opens on the overview.
                overviewFirst: corpus.pair == nil,
                settings: config.settings,
                perform: { runner.perform($0, state: $1) },
                remember: { memory in
                    if problem == nil, !noState { saveProblem = stateFile.save(memory, corpus: key) }
                },
                save: { edit, model in
                    // Made while the corpus opens: kept until the store knows the articles' keys.
                    unsaved.append((edit, model))
                    saveWaiting()
                },
                loading: opening.feed,
                // Under `serve` (--no-editor) there is no editor: a remote user must not start programs on the server.
                editNote: noEditor ? nil : { text in
                    terminal.suspended {
                        do throws(ExternalEditor.Failure) {
                            return .text(try ExternalEditor().edit(text))
                        } catch {
                            return .failed(error.description)
                        }
                    }
                },
                // On a large corpus queries are worked out off the drawing thread: keys and moves never wait for a scan.
                filterInBackgroundAbove: 1_000,
                // From 5,000 articles the first frame shows the timeline's opening articles while the whole
                // corpus's index is built (about 0.4 s of one core per 10,000 articles).
                provisionalAbove: 5_000
            )
            terminal.shutdown()
            opening.stop()
            saveWaiting()
            for line in config.problems { Diagnostics.warn(line) }
            if let problem = problem ?? saveProblem { Diagnostics.warn(problem) }
            // After the terminal is restored, so the lines are seen.
            for warning in opening.opened?.model.warnings ?? [] { Diagnostics.warn(warning.description) }
            if let failure = opening.failure { Diagnostics.warn(failure) }
            for failure in Set(failures).sorted() { Diagnostics.warn("your change was not saved: \(failure)") }
            if !unsaved.isEmpty {
                Diagnostics.warn("\(unsaved.count) change(s) to marks or verdicts made while the corpus was opening were not saved: it did not finish opening")
            }
        }
    }

    /// What the state file keys this corpus by: its paths, made absolute.
    private func corpusKey() throws -> String {
        try corpus.resolvedPaths()
            .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            .joined(separator: "\n")
    }

    /// What the title line calls the corpus: the folder or file name, or how many paths.
    private func corpusName() throws -> String {
        let paths = try corpus.resolvedPaths()
        guard paths.count == 1, let only = paths.first else { return "\(paths.count) paths" }
        let name = URL(fileURLWithPath: only).standardizedFileURL.lastPathComponent
        return name.isEmpty ? only : name
    }
}
