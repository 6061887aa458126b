import BilateralCore
import Foundation

/// The one line `export` keeps up to date on stderr while it works, when stderr is a terminal (never in a file
/// or a pipe, where it would be noise): files opened of the total, then, when the export itself goes elsewhere
/// than the terminal, what is being written.
final class ExportProgress {
    private let enabled: Bool
    private let outputIsTerminal: Bool
    private var lastDrawn = Date.distantPast
    private var shown = false

    init(stderrIsTerminal: Bool, stdoutIsTerminal: Bool) {
        enabled = stderrIsTerminal
        outputIsTerminal = stdoutIsTerminal
    }

    /// For `CorpusOptions.loadModel(progress:)`: at most ten redraws a second, gone once every file is open (the
    /// load warnings follow on lines of their own).
    func opening(_ progress: StoredCorpus.Progress) {
        guard enabled else { return }
        guard progress.done < progress.total else { return clear() }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        draw("export: opening \(progress.done)/\(progress.total) files, \(progress.extracted) extracted")
    }

    /// Shown only when the export goes to a file or a pipe: on the terminal it would sit among the export's lines.
    func writing(articles: Int) {
        guard enabled, !outputIsTerminal else { return }
        draw("export: writing \(articles) articles")
    }

    /// Removes the line, so the terminal shows only what the export printed.
    func clear() {
        guard enabled, shown else { return }
        StandardStream.error.write("\r\u{1B}[K")
        shown = false
    }

    private func draw(_ text: String) {
        StandardStream.error.write("\r\u{1B}[K" + text)
        shown = true
    }
}
