import Foundation
import Testing

/// The focal pair as a user meets it: `--pair`, the `p` picker, the `t` chart and the `O` overview,
/// in a real terminal, on the seeds and on the own-words Australia–China corpus.
@Suite(.serialized) struct PairScreenTests {
    static let australiaChina = BinaryUnderTest.repositoryRoot
        .appendingPathComponent("Tests/BilateralCoreTests/Fixtures/australia-china").path

    /// `bilateral browse --no-store ARGUMENTS PATH` in tmux, once its first frame is up.
    static func start(_ arguments: String, path: String = australiaChina, waitFor text: String = "Timeline") throws -> TmuxSession {
        let binary = try BinaryUnderTest.path()
        let state = Dashboard.freshStateDirectory()
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=\(CommandRunner.shellQuoted(state)) "
            + "\(CommandRunner.shellQuoted(binary)) browse --no-store \(arguments) \(CommandRunner.shellQuoted(path))"
        let session = try TmuxSession(command: command, width: 120, height: 40)
        try session.waitFor(text, timeout: 30)
        // The first frame comes before the corpus is open: the keys these tests send are for the opened corpus.
        _ = try? session.waitForScreen("the corpus to open", timeout: 30) { !$0.contains(" opening ") }
        return session
    }

    @Test func aCorpusOnAnotherPairOpensOnItWithDetectedEras() throws {
        let session = try Self.start("")
        defer { session.kill() }
        let screen = try session.waitForScreen("the Australia–China title and a detected era") {
            $0.contains("bilateral · Australia – China · australia-china") && $0.contains("detected 2014-11")
        }
        #expect(!screen.contains("Sochi"))
        #expect(screen.contains("/st"))
    }

    @Test func pairNamesThePairInItsOrder() throws {
        let session = try Self.start("--pair china-australia")
        defer { session.kill() }
        try session.waitFor("bilateral · China – Australia")
    }

    @Test func thePickerSwitchesPairsInTwoKeystrokesAndBack() throws {
        let session = try Self.start("", path: BinaryUnderTest.seedsPath)
        defer { session.kill() }
        try session.waitFor("bilateral · Russia – Japan")
        try session.send("p")
        // The popup's rows can reach the terminal a moment after its title: wait for the focal row.
        let picker = try session.waitForScreen("the pair picker with the focal pair") { $0.contains("Pair · by stances") && $0.contains("* Russia – Japan") }
        #expect(picker.contains("Pair · by stances"))
        try session.send("Tab")
        try session.waitFor("Pair · by score")
        try session.send("china russia", literal: true)
        try session.send("Enter")
        // tmux can be read while a frame is half written (the title first, the status line last): wait for the
        // status line's "… eras (detected)", which fails the test by timing out when the new pair's eras are not detected.
        let switched = try session.waitForScreen("the Russia–China title and its detected eras") {
            ($0.contains("bilateral · Russia – China") || $0.contains("bilateral · China – Russia")) && $0.contains("detected")
        }
        #expect(!switched.contains("Pair · by"), "\(switched)")
        // The picker keeps the order chosen last time.
        try session.send("p")
        try session.waitFor("Pair · by score")
        try session.send("russia japan", literal: true)
        try session.send("Enter")
        try session.waitForScreen("the seeds' eras again") { $0.contains("Russia – Japan") && $0.contains("The Sochi warming") }
    }

    @Test func theChartShowsTheMonthsAndMovesByMonth() throws {
        let session = try Self.start("")
        defer { session.kill() }
        try session.send("t")
        let chart = try session.waitFor("Trajectory · Australia – China · net score per month")
        #expect(chart.contains("2014-11 · net"), "\(chart)")
        #expect(chart.contains("warm"))
        try session.send("l")
        try session.waitFor("2015-03 · net")
        try session.send("G")
        try session.waitFor("2021-09 · net")
        try session.send("Escape")
        try session.waitForScreen("the dashboard again") { !$0.contains("Trajectory") && $0.contains("1 Timeline") }
    }

    @Test func theOverviewComparesPairsAndListsTheEras() throws {
        let session = try Self.start("")
        defer { session.kill() }
        try session.send("O")
        let overview = try session.waitFor("Top pairs")
        #expect(overview.contains("* Australia – China"))
        #expect(overview.contains("Eras of Australia – China"))
        #expect(overview.contains("stances, mean"))
        try session.send("p")
        try session.waitFor("Pair · by stances")
    }

    @Test func anUnknownPairIsExit64NamingTheClosestIds() throws {
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", "--pair", "Indai-CHN", BinaryUnderTest.seedsPath])
        #expect(outcome.status == 64)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("'Indai' is no known actor (closest: IND") == true, "\(outcome.standardError)")
    }

    @Test func aMalformedEraFileIsOneLineWithItsPlace() throws {
        let file = NSTemporaryDirectory() + "bilateral-e2e-eras-\(UUID().uuidString).yaml"
        try "eras:\n  - {id: a, label: A, start: 2012, end: 2010}\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", "--eras", file, BinaryUnderTest.seedsPath])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("\(file):2:"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("ends (2010) before it starts (2012)"))
    }

    @Test func anEraFileBesideTheArticlesIsUsedAndExported() throws {
        let directory = NSTemporaryDirectory() + "bilateral-e2e-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.australiaChina) {
            try FileManager.default.copyItem(atPath: Self.australiaChina + "/" + name, toPath: directory + "/" + name)
        }
        let eras = "pair: [AUS, CHN]\neras:\n  - {id: ftA, label: Free trade, start: 2014, end: 2019}\n  - {id: chill, label: Chill, start: 2020, end: 2099}\n"
        try eras.write(toFile: directory + "/eras.yaml", atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(try BinaryUnderTest.path(), ["export", "--no-store", directory])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["pair"] as? [String] == ["AUS", "CHN"])
        let sources = (object?["eras"] as? [[String: Any]])?.compactMap { $0["source"] as? String }
        #expect(sources == ["file", "file"])
    }
}
