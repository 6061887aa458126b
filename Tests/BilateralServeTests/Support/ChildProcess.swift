import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An external process started with posix_spawn, its combined output in a file (no pipe to fill up).
///
/// Foundation's `Process` lost track of exits when a test started and stopped ten ssh clients at once
/// (the zombies were never reaped and `waitUntilExit` hung), so these are waited for with `waitpid` directly.
final class ChildProcess {
    let pid: pid_t
    let outputPath: String
    private var status: Int32?

    /// Starts `executable` with stdin from /dev/null and the test's environment, with `TERM` set to a
    /// real terminal type (a CI runner's `TERM=dumb` would reach the dashboard through ssh) and `overrides` on top.
    init(_ executable: String, _ arguments: [String], outputPath: String, environment overrides: [String: String] = [:]) throws {
        self.outputPath = outputPath
        let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw TestFailure("cannot create \(outputPath)") }
        defer { close(output) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        // The test runner may block or ignore signals; the child starts with the defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.merge(overrides) { _, new in new }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw TestFailure("cannot start \(executable): \(String(cString: strerror(result)))") }
        self.pid = pid
    }

    var isRunning: Bool {
        reap(blocking: false)
        return status == nil
    }

    var output: String {
        (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// The exit status (128 + signal when killed) once the process has ended within `seconds`, else nil.
    func exitStatus(within seconds: Double) -> Int32? {
        TestEnvironment.eventually(within: seconds) { !isRunning } ? status : nil
    }

    func signal(_ number: Int32) {
        if isRunning { kill(pid, number) }
    }

    /// SIGTERM, then SIGKILL if it is still there after `grace` seconds; always reaps.
    func stop(grace: Double = 5) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        if exitStatus(within: grace) == nil {
            kill(pid, SIGKILL)
            reap(blocking: true)
        }
    }

    private func reap(blocking: Bool) {
        guard status == nil else { return }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
        if result == pid {
            let signal = raw & 0x7f
            status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        } else if result < 0 && errno == ECHILD {
            status = 255
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

    /// Like `run`, with the output in a temporary file that is removed afterwards.
    static func capture(_ executable: String, _ arguments: [String], within seconds: Double) throws -> (status: Int32?, output: String) {
        let path = NSTemporaryDirectory() + "bilateral-capture-\(UUID().uuidString)"
        defer { unlink(path) }
        let child = try ChildProcess(executable, arguments, outputPath: path)
        let status = child.exitStatus(within: seconds)
        if status == nil { child.stop(grace: 1) }
        return (status, child.output)
    }
}
