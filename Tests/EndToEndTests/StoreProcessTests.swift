import Foundation
import Testing

/// The corpus store shared by real processes: two at once, and one killed with SIGKILL mid-extraction.
@Suite(.serialized) struct StoreProcessTests {
    /// A folder with a generated corpus and a data home for the store, removed at the end.
    private final class Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-e2e-store-\(UUID().uuidString)").path
        var corpus: String { root + "/corpus" }
        var dataHome: String { root + "/data" }

        init(articles: Int) throws {
            try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
            let states = ["Japan", "Russia", "China", "South Korea", "the United States"]
            let verbs = ["praised", "criticised", "sanctioned", "welcomed", "warned", "thanked"]
            for number in 0..<articles {
                var text = "---\ndate: \(2000 + number % 24)-0\(1 + number % 9)-1\(number % 9)\n---\n"
                for sentence in 0..<12 {
                    let holder = states[(number + sentence) % states.count]
                    let target = states[(number + 2 * sentence + 1) % states.count]
                    text += "\(holder) \(verbs[(number * 7 + sentence) % verbs.count]) \(target) over talks number \(sentence).\n"
                }
                try text.write(toFile: corpus + String(format: "/a%05d.txt", number), atomically: false, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        var environment: [String: String] { CommandRunner.environment(["XDG_DATA_HOME": dataHome]) }

        func start(_ arguments: [String], extra: [String: String] = [:]) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try BinaryUnderTest.path())
            process.arguments = arguments
            process.environment = environment.merging(extra) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        func export(_ extra: [String] = []) throws -> CommandRunner.Outcome {
            try CommandRunner.run(try BinaryUnderTest.path(), ["export"] + extra + [corpus], environment: environment)
        }

        /// The number of files stored, from `bilateral store list`.
        func storedFiles() throws -> Int {
            let listing = try CommandRunner.run(try BinaryUnderTest.path(), ["store", "list"], environment: environment)
            guard let line = listing.standardOutput.split(separator: "\n").first else { return 0 }
            let fields = line.split(separator: "\t")
            guard fields.count > 2 else { return 0 }
            return Int(fields[2].split(separator: " ")[0]) ?? 0
        }
    }

    @Test func twoProcessesOpeningOneCorpusAtOnceBothGetTheWholeModel() throws {
        let workspace = try Workspace(articles: 60)
        let expected = try workspace.export(["--no-store"])
        #expect(expected.status == 0)
        let outputs = (0..<2).map { workspace.root + "/out\($0).json" }
        let processes = try outputs.map { output in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" export \"$1\" > \"$2\"", try BinaryUnderTest.path(), workspace.corpus, output]
            process.environment = workspace.environment.merging(["BILATERAL_STORE_BATCH": "4"]) { _, new in new }
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        for output in outputs {
            #expect(try String(contentsOfFile: output, encoding: .utf8) == expected.standardOutput)
        }
        #expect(try workspace.storedFiles() == 60)
    }

    @Test func killedMidExtractionTheStoreIsUsedAndTheRestExtracted() throws {
        let workspace = try Workspace(articles: 300)
        let expected = try workspace.export(["--no-store"])
        let process = try workspace.start(["export", workspace.corpus], extra: ["BILATERAL_STORE_BATCH": "5", "BILATERAL_THREADS": "1"])
        var stored = 0
        let deadline = Date().addingTimeInterval(60)
        while stored == 0, Date() < deadline, process.isRunning {
            usleep(20_000)
            stored = try workspace.storedFiles()
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let afterKill = try workspace.storedFiles()
        #expect(afterKill > 0 && afterKill < 300, "stored \(afterKill) of 300 before the kill")
        let resumed = try workspace.export()
        #expect(resumed.status == 0)
        #expect(resumed.standardOutput == expected.standardOutput)
        #expect(try workspace.storedFiles() == 300)
    }

    /// The extractor version is a digest of the extraction sources made at build time, not the executable's size
    /// and time: a copy of the program (a new file, as a rebuild or a reinstall makes) reads the records stored
    /// by the original instead of extracting everything again. Seen through a file changed behind the store's
    /// back (same size and time, other words): only re-extraction would show the new words.
    @Test func aCopyOfTheProgramUsesWhatTheOriginalStored() throws {
        let workspace = try Workspace(articles: 4)
        let file = workspace.corpus + "/a00000.txt"
        let fixedTime = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: fixedTime], ofItemAtPath: file)
        let first = try workspace.export()
        #expect(first.status == 0)
        #expect(first.standardOutput.contains("praised"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "praised", with: "lauded_").write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: fixedTime], ofItemAtPath: file)
        let copy = workspace.root + "/bilateral-copy"
        // Copied by a child `cp`, not in this process: a test running alongside may fork while the copy is open for
        // writing here, and that child's inherited descriptor makes exec of the copy fail with "Text file busy".
        let copied = try CommandRunner.run("/bin/cp", [try BinaryUnderTest.path(), copy], environment: workspace.environment)
        #expect(copied.status == 0)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: copy)
        let fromCopy = try CommandRunner.run(copy, ["export", workspace.corpus], environment: workspace.environment)
        #expect(fromCopy.status == 0)
        #expect(fromCopy.standardOutput == first.standardOutput)
        #expect(!fromCopy.standardOutput.contains("lauded_"))
    }

    @Test func aStoreFileThatIsNotAStoreIsOneWarningAndTheExportStillWorks() throws {
        let workspace = try Workspace(articles: 3)
        let storePath = workspace.root + "/notes.txt"
        let original = "my own notes, not a database\n"
        try original.write(toFile: storePath, atomically: false, encoding: .utf8)
        let outcome = try workspace.export(["--store", storePath])
        #expect(outcome.status == 0)
        let warnings = outcome.standardError.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("not a bilateral store") == true)
        #expect(outcome.standardOutput == (try workspace.export(["--no-store"])).standardOutput)
        #expect(try String(contentsOfFile: storePath, encoding: .utf8) == original)
    }
}
