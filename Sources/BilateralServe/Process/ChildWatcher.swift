import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns a pty child's lifetime: waits for it on a thread of its own and signals it only until it is reaped,
/// so a signal can never reach a recycled pid.
final class ChildWatcher: Sendable {
    let process: PtyProcess
    private let reaped = NIOLockedValueBox(false)

    init(process: PtyProcess) {
        self.process = process
    }

    /// Starts waiting; `onExit` gets the exit code (128 + signal when killed) once the child is reaped.
    func start(onExit: @escaping @Sendable (Int) -> Void) {
        let process = self.process
        let reaped = self.reaped
        let thread = Thread {
            // Wait without reaping first, so the pid stays ours until the lock below says otherwise.
            var info = siginfo_t()
            while waitid(P_PID, id_t(process.pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
            let code = reaped.withLockedValue { flag in
                flag = true
                return process.waitForExit()
            }
            onExit(code)
        }
        thread.stackSize = 64 * 1024
        thread.start()
    }

    /// Sends `signal` to the child's process group unless it has already been reaped.
    func signal(_ signal: CInt) {
        reaped.withLockedValue { flag in
            if !flag { process.send(signal) }
        }
    }
}
