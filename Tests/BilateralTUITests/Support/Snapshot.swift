import Foundation
import TerminalUI
import Testing

/// Compares a grid with a stored text snapshot; `BILATERAL_RECORD=1` writes it instead.
///
/// A missing snapshot fails unless recording, so a new test cannot pass by accident.
func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = grid.description + "\n"
    if ProcessInfo.processInfo.environment["BILATERAL_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; run with BILATERAL_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("snapshot \(name) differs.\nexpected:\n\(expected)\nactual:\n\(actual)", sourceLocation: sourceLocation)
    }
}
