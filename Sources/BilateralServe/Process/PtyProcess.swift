#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What to run on a new pseudo-terminal: the program, its arguments and environment, the first window size.
public struct PtyCommand: Sendable {
    public var executable: String
    /// What the program sees as its own name (`argv[0]`); the executable's path when nil.
    public var argumentZero: String?
    public var arguments: [String]
    public var environment: [String: String]
    public var columns: Int
    public var rows: Int

    public init(
        executable: String, argumentZero: String? = nil, arguments: [String], environment: [String: String],
        columns: Int, rows: Int
    ) {
        self.executable = executable
        self.argumentZero = argumentZero
        self.arguments = arguments
        self.environment = environment
        self.columns = columns
        self.rows = rows
    }
}

/// A child process started with `forkpty`: its pid and the master side of its terminal.
public struct PtyProcess: Sendable {
    public let pid: pid_t
    /// The master descriptor; whoever reads and writes it also closes it.
    public let masterDescriptor: CInt

    /// Starts `command` as the session leader of a new pseudo-terminal.
    /// - Throws: `ServeError.spawnFailed` when no terminal or process could be made.
    public static func spawn(_ command: PtyCommand) throws(ServeError) -> PtyProcess {
        // Everything the child touches is prepared before the fork: after it, only async-signal-safe calls.
        let path = strdup(command.executable)
        let argv = CStringArray([command.argumentZero ?? command.executable] + command.arguments)
        let envp = CStringArray(command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        defer {
            free(path)
            argv.release()
            envp.release()
        }
        guard let path else { throw ServeError.spawnFailed("out of memory") }

        var size = winsize(
            ws_row: UInt16(clamping: max(command.rows, 1)),
            ws_col: UInt16(clamping: max(command.columns, 1)),
            ws_xpixel: 0,
            ws_ypixel: 0
        )
        var master: CInt = -1
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            execInChild(path: path, argv: argv.pointer, envp: envp.pointer)
        }
        if pid < 0 {
            throw ServeError.spawnFailed(String(cString: strerror(errno)))
        }
        // Other sessions' children must not inherit this terminal, or its hangup would never arrive.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        return PtyProcess(pid: pid, masterDescriptor: master)
    }

    /// Tells the terminal its new size; the kernel sends SIGWINCH to the child.
    public static func resize(masterDescriptor: CInt, columns: Int, rows: Int) {
        var size = winsize(
            ws_row: UInt16(clamping: max(rows, 1)),
            ws_col: UInt16(clamping: max(columns, 1)),
            ws_xpixel: 0,
            ws_ypixel: 0
        )
        _ = ioctl(masterDescriptor, UInt(TIOCSWINSZ), &size)
    }

    /// Sends `signal` to the child's whole process group, so helpers it started end too.
    public func send(_ signal: CInt) {
        if kill(-pid, signal) != 0 {
            _ = kill(pid, signal)
        }
    }

    /// Blocks until the child ends and returns its exit code (128 + signal when killed).
    public func waitForExit() -> Int {
        var status: CInt = 0
        while true {
            let result = waitpid(pid, &status, 0)
            if result == pid { break }
            if result < 0 && errno != EINTR { return 255 }
        }
        let low = status & 0x7f
        if low == 0 { return Int((status >> 8) & 0xff) }
        return 128 + Int(low)
    }
}

/// Restores default signal handling, closes every inherited descriptor but the terminal, and runs the program.
private func execInChild(
    path: UnsafeMutablePointer<CChar>,
    argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    envp: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Never {
    var none = sigset_t()
    sigemptyset(&none)
    sigprocmask(SIG_SETMASK, &none, nil)
    // The server ignores some of these for its own dispatch sources; ignored signals survive exec.
    signal(SIGHUP, SIG_DFL)
    signal(SIGINT, SIG_DFL)
    signal(SIGQUIT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
    signal(SIGPIPE, SIG_DFL)
    signal(SIGCHLD, SIG_DFL)
    signal(SIGWINCH, SIG_DFL)
    closefrom(3)
    execve(path, argv, envp)
    _exit(127)
}

/// A NULL-terminated array of C strings that outlives a fork.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            pointer[index] = strdup(string)
        }
        pointer[strings.count] = nil
    }

    func release() {
        for index in 0..<count {
            free(pointer[index])
        }
        pointer.deallocate()
    }
}
