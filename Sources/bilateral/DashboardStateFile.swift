import BilateralTUI
import Foundation

/// The dashboard's memory on disk: filter history, saved filters and the last session, per
/// corpus, in `$XDG_STATE_HOME/bilateral/dashboard.json` (default `~/.local/state/bilateral/`).
///
/// What the user made (history, saved filters) is the only thing in it: nothing derived
/// from the articles, so no cache clear touches it. Each save re-reads the file and replaces
/// only this corpus' entry, so two dashboards on different corpora keep each other's.
struct DashboardStateFile {
    let path: String
    /// Corpora remembered at most; the least recently opened go first.
    static let corpusLimit = 50

    private struct Contents: Codable {
        var version = 1
        var corpora: [String: Entry] = [:]
    }

    private struct Entry: Codable {
        var memory: CorpusMemory
        var opened: Date
    }

    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/bilateral/dashboard.json"
    }

    /// What is remembered about `corpus`; a file that cannot be read is reported, never overwritten.
    func load(corpus: String) -> (memory: CorpusMemory, problem: String?) {
        switch read() {
        case .success(let contents): return (contents.corpora[corpus]?.memory ?? CorpusMemory(), nil)
        case .failure(let problem): return (CorpusMemory(), problem.message)
        }
    }

    /// Replaces `corpus`' entry; returns why it could not, or nil.
    func save(_ memory: CorpusMemory, corpus: String) -> String? {
        var contents: Contents
        switch read() {
        case .success(let existing): contents = existing
        case .failure(let problem): return problem.message
        }
        contents.corpora[corpus] = Entry(memory: memory, opened: Date())
        if contents.corpora.count > Self.corpusLimit {
            let oldest = contents.corpora.sorted { $0.value.opened < $1.value.opened }.prefix(contents.corpora.count - Self.corpusLimit)
            for (key, _) in oldest { contents.corpora[key] = nil }
        }
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(contents).write(to: URL(fileURLWithPath: path), options: .atomic)
            return nil
        } catch {
            return "cannot write \(path): \(error.localizedDescription)"
        }
    }

    private struct Problem: Error { var message: String }

    private func read() -> Result<Contents, Problem> {
        guard FileManager.default.fileExists(atPath: path) else { return .success(Contents()) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .success(try JSONDecoder().decode(Contents.self, from: data))
        } catch {
            return .failure(Problem(message: "\(path) is not readable dashboard state (left as it is): \(error.localizedDescription)"))
        }
    }
}
