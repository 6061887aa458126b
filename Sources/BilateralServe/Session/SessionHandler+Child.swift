import Foundation
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running the dashboard: start, copy bytes, hang up, reap, report the exit status.
extension SessionHandler {
    func startShell(wantReply: Bool) {
        guard watcher == nil, let context else {
            reply(wantReply, false)
            return
        }
        guard let terminal else {
            refuse(
                "bilateral: the dashboard needs a terminal; connect with `ssh -t` (or without -T).",
                wantReply: wantReply, logAs: "session without a pty refused")
            return
        }
        guard let ticket, !admissionRefused else {
            refuse(
                "bilateral: all \(session.book.limit) sessions are in use; please try again later.",
                wantReply: wantReply, logAs: "session limit (\(session.book.limit)) reached")
            return
        }
        startTask?.cancel()
        startTask = nil
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        let loop = context.eventLoop

        // A client without a terminal of its own (ssh -tt < file) reports 0x0; the child gets a usable size.
        if columns <= 0 || rows <= 0 {
            columns = 80
            rows = 24
        }
        let command = PtyCommand(
            executable: session.configuration.childExecutable,
            argumentZero: session.configuration.childArgumentZero,
            arguments: session.configuration.childArguments,
            environment: childEnvironment(term: terminal.term),
            columns: columns,
            rows: rows)
        let process: PtyProcess
        do {
            process = try PtyProcess.spawn(command)
        } catch {
            session.book.leave(ticket)
            self.ticket = nil
            refuse("bilateral: \(error.description)", wantReply: wantReply, logAs: "spawn failed (\(error))")
            return
        }
        reply(wantReply, true)
        startedAt = .now()
        lastInput = startedAt
        let watcher = ChildWatcher(process: process)
        self.watcher = watcher
        ServeLog.line(
            "session start \(session.remote) pid=\(process.pid) term=\(ServeLog.quoted(terminal.term)) size=\(columns)x\(rows) "
                + "sessions=\(session.book.count)")
        watcher.start { code in
            loop.execute { bound.value.childExited(code) }
        }
        attachTerminal(masterDescriptor: process.masterDescriptor, bound: bound)
        scheduleIdleCheck()
    }

    /// Wraps the master side of the pty in a NIO pipe channel on this session's event loop.
    private func attachTerminal(masterDescriptor: CInt, bound: NIOLoopBound<SessionHandler>) {
        guard let context else { return }
        NIOPipeBootstrap(group: context.eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(TerminalBridgeHandler(session: bound))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: masterDescriptor)
            .whenComplete { result in
                let handler = bound.value
                switch result {
                case .success(let channel):
                    handler.terminalAttached(channel)
                case .failure(let error):
                    close(masterDescriptor)
                    ServeLog.line("cannot attach the terminal for \(handler.session.remote): \(error)")
                    handler.terminalClosed()
                }
            }
    }

    func terminalAttached(_ channel: Channel) {
        if ptyClosed || finished {
            channel.close(promise: nil)
            return
        }
        pty = channel
        for bytes in pendingInput { channel.write(bytes, promise: nil) }
        pendingInput.removeAll()
        channel.flush()
        if endReason != nil { channel.close(promise: nil) }
    }

    /// The dashboard wrote to its terminal.
    func terminalOutput(_ bytes: ByteBuffer) {
        context?.write(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bytes))), promise: nil)
    }

    func terminalOutputComplete() {
        context?.flush()
    }

    func terminalWritabilityChanged(_ writable: Bool) {
        context?.channel.setOption(ChannelOptions.autoRead, value: writable).whenFailure { _ in }
    }

    /// The master side closed: the child's terminal is gone (it exited, or we hung up).
    func terminalClosed() {
        ptyClosed = true
        pty = nil
        if exitCode != nil {
            finish()
            return
        }
        // Usually the child has just exited and its reaping is on the way; if not, it closed its terminal
        // and keeps running, so it is hung up.
        context?.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(500)) { [self] in
            if exitCode == nil && endReason == nil {
                endReason = "terminal closed"
                hangUp()
            }
        }
    }

    func childExited(_ code: Int) {
        exitCode = code
        killTask?.cancel()
        idleTask?.cancel()
        if ptyClosed {
            finish()
            return
        }
        // Let the last output drain from the master before the exit status; a grandchild holding the terminal
        // open must not keep the session alive, hence the bound.
        drainTask = context?.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(300)) { [self] in
            pty?.close(promise: nil)
            finish()
        }
    }

    /// Ends the session from the server side (idle, shutdown): tell the user, hang up the child.
    func end(reason: String) {
        guard watcher != nil, exitCode == nil, endReason == nil else { return }
        endReason = reason
        say("\r\nbilateral: \(reason); goodbye.")
        hangUp()
    }

    /// SIGHUP through the terminal and directly, SIGKILL after the grace period.
    func hangUp() {
        guard let watcher, exitCode == nil else { return }
        pty?.close(promise: nil)
        watcher.signal(SIGHUP)
        if killTask == nil, let loop = context?.eventLoop ?? pty?.eventLoop {
            let grace = TimeAmount.milliseconds(Int64(session.configuration.hangupGrace * 1000))
            killTask = loop.scheduleTask(in: grace) { watcher.signal(SIGKILL) }
        }
    }

    /// Reports the exit status, closes the channel, logs the end and frees the session's place.
    func finish() {
        guard !finished else { return }
        finished = true
        drainTask?.cancel()
        idleTask?.cancel()
        let code = exitCode ?? 255
        // Killed by a signal nobody here sent: the dashboard crashed. Its crash report stays off the
        // client's screen (SWIFT_BACKTRACE=enable=no); the client gets its terminal back and one line.
        if code > 128, endReason == nil {
            endReason = "dashboard crashed: signal \(code - 128)"
            say("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\nbilateral: the dashboard stopped unexpectedly (signal \(code - 128)); sorry.")
        }
        if let context, context.channel.isActive {
            closeWithStatus(code)
        }
        let seconds = Double((NIODeadline.now() - startedAt).nanoseconds) / 1e9
        let reason = endReason.map { " (\($0))" } ?? ""
        ServeLog.line(
            "session end \(session.remote) duration=\(String(format: "%.1f", seconds))s exit=\(code)\(reason)")
        if let ticket {
            session.book.leave(ticket)
            self.ticket = nil
        }
    }

    // MARK: - Idle timeout

    func scheduleIdleCheck() {
        let timeout = session.configuration.idleTimeout
        guard timeout > 0, let context else { return }
        idleTask = context.eventLoop.assumeIsolated().scheduleTask(deadline: lastInput + .seconds(Int64(timeout))) {
            [self] in
            if NIODeadline.now() - lastInput >= .seconds(Int64(timeout)) {
                end(reason: "idle for \(timeout) s")
            } else {
                scheduleIdleCheck()
            }
        }
    }

    // MARK: - Environment

    /// TERM from the pty request; the client's locale only when it is UTF-8, else C.UTF-8 so text stays intact.
    func childEnvironment(term: String) -> [String: String] {
        var environment: [String: String] = ["TERM": term.isEmpty ? "xterm" : term]
        // A crashing dashboard must not show a remote user the runtime's crash report (paths, registers,
        // addresses) nor hold the session in the backtracer's interactive prompt.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let inherited = ProcessInfo.processInfo.environment
        for name in ["PATH", "HOME"] { environment[name] = inherited[name] }
        for (name, value) in inherited where name.hasPrefix("BILATERAL_") { environment[name] = value }
        environment["LANG"] = "C.UTF-8"
        for (name, value) in clientEnvironment where name == "LANG" || name.hasPrefix("LC_") {
            if Self.usableUTF8Locale(value) { environment[name] = value }
        }
        return environment
    }

    /// A UTF-8 locale that exists here; a missing one would leave the dashboard in the C locale.
    /// (`LC_CTYPE_MASK` does not import into Swift; glibc defines it as this shift.)
    static func usableUTF8Locale(_ locale: String) -> Bool {
        let lowered = locale.lowercased()
        guard lowered.contains("utf-8") || lowered.contains("utf8") else { return false }
        guard let handle = newlocale(1 << LC_CTYPE, locale, nil) else { return false }
        freelocale(handle)
        return true
    }
}
