import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An external process whose combined output goes to a file (no pipe to fill up), stopped in the caller's defer.
final class ChildProcess {
    let process = Process()
    let outputPath: String

    /// Starts `executable`; stdin is /dev/null unless `input` is given.
    init(_ executable: String, _ arguments: [String], outputPath: String, environment: [String: String]? = nil) throws {
        self.outputPath = outputPath
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        if let environment { process.environment = environment }
        try process.run()
        try? output.close()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    var output: String {
        (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// The exit status once the process has ended within `seconds`, else nil.
    func exitStatus(within seconds: Double) -> Int32? {
        TestEnvironment.eventually(within: seconds) { !process.isRunning } ? process.terminationStatus : nil
    }

    func signal(_ number: Int32) {
        if process.isRunning { kill(pid, number) }
    }

    /// SIGTERM, then SIGKILL if it is still there after `grace` seconds; always reaps.
    func stop(grace: Double = 5) {
        guard process.isRunning else { return }
        kill(pid, SIGTERM)
        if exitStatus(within: grace) == nil {
            kill(pid, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Runs to completion within `seconds` (killed otherwise) and returns status and output.
    static func run(
        _ executable: String, _ arguments: [String], within seconds: Double, in directory: URL
    ) throws -> (status: Int32?, output: String) {
        let child = try ChildProcess(
            executable, arguments, outputPath: directory.appendingPathComponent("run-\(UUID().uuidString.prefix(6)).out").path)
        let status = child.exitStatus(within: seconds)
        if status == nil { child.stop(grace: 1) }
        return (status, child.output)
    }
}
