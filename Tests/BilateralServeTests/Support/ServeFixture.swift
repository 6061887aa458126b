import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A running `bilateral serve` on a free loopback port, with its host key and log in a temporary directory.
final class ServeFixture {
    let directory: URL
    let port: Int
    let server: ChildProcess

    /// Starts the server and waits (at most 20 s) until it listens.
    /// - Parameters:
    ///   - options: extra options such as `--max-sessions 2`.
    ///   - paths: the corpus each session's dashboard reads.
    init(options: [String] = [], paths: [String] = [], directory: URL? = nil) throws {
        self.directory = try directory ?? TestEnvironment.temporaryDirectory("serve")
        port = try TestEnvironment.freePort()
        let arguments = ["serve", "--host", "127.0.0.1", "--port", String(port),
                         "--host-key", self.directory.appendingPathComponent("host_key").path] + options + paths
        server = try ChildProcess(
            try TestEnvironment.binary(), arguments, outputPath: self.directory.appendingPathComponent("server.log").path)
        let listening = TestEnvironment.eventually(within: 20) { log.contains("listening on") || !server.isRunning }
        guard listening, server.isRunning else {
            server.stop(grace: 1)
            throw TestFailure("bilateral serve did not start:\n\(log)")
        }
    }

    var log: String { server.output }
    var pid: Int32 { server.pid }

    /// Stops the server (SIGTERM, then SIGKILL) and kills any child it left; removes the directory.
    func tearDown() {
        let children = childPIDs()
        server.stop()
        for child in children { kill(child, SIGKILL) }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The server's direct children: the sessions' dashboards.
    func childPIDs() -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task -> [Int32] in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { Int32($0) }
        }
    }

    /// How many file descriptors the server holds open.
    func openDescriptorCount() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? -1
    }

    /// The server's CPU time so far, in seconds (user + system).
    func cpuSeconds() -> Double {
        ServeFixture.cpuSeconds(of: pid)
    }

    static func cpuSeconds(of pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// ssh options for a throwaway loopback client that trusts any host key.
    func sshOptions() -> [String] {
        ["-p", String(port), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    }

    /// Starts an interactive `ssh -tt` client of this server, its output kept in `NAME.out`.
    func connect(
        _ name: String = "client", sshArguments: [String] = [], environment: [String: String] = [:]
    ) throws -> ChildProcess {
        try ChildProcess(
            try ServeEndToEndTests.ssh(), sshOptions() + ["-tt"] + sshArguments + ["demo@127.0.0.1"],
            outputPath: directory.appendingPathComponent("\(name).out").path, environment: environment)
    }

    /// Counts lines of the log that contain `text`.
    func logCount(_ text: String) -> Int {
        log.components(separatedBy: "\n").filter { $0.contains(text) }.count
    }
}
