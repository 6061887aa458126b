/// Everything `bilateral serve` was asked to do.
public struct ServeConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 2222
    /// Where the ed25519 host key lives; nil means the default state directory.
    public var hostKeyPath: String?
    /// Only these keys may log in; nil means anyone may (a public demo).
    public var authorizedKeysPath: String?
    public var maxSessions: Int = 32
    /// Seconds without input from the client before its session ends; 0 disables it.
    public var idleTimeout: Int = 600
    /// New connections allowed per address per minute; 0 disables the limit.
    public var connectionsPerMinute: Int = 30
    /// Seconds between SIGHUP and SIGKILL when a session's child must end.
    public var hangupGrace: Double = 1.0
    /// The program run on each session's terminal, the name it is given (`argv[0]`), and its arguments.
    public var childExecutable: String
    public var childArgumentZero: String?
    public var childArguments: [String]

    public init(childExecutable: String, childArgumentZero: String? = nil, childArguments: [String]) {
        self.childExecutable = childExecutable
        self.childArgumentZero = childArgumentZero
        self.childArguments = childArguments
    }
}
