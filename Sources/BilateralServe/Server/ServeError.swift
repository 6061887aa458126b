/// Why the server could not start or a session could not begin.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    case hostKeyUnreadable(path: String, reason: String)
    case hostKeyUnwritable(path: String, reason: String)
    case authorizedKeysUnreadable(path: String, reason: String)
    case authorizedKeysEmpty(path: String)
    case bindFailed(host: String, port: Int, reason: String)
    case spawnFailed(String)
    case noExecutable

    public var description: String {
        switch self {
        case .hostKeyUnreadable(let path, let reason): "cannot read the host key \(path): \(reason)"
        case .hostKeyUnwritable(let path, let reason): "cannot store a new host key at \(path): \(reason)"
        case .authorizedKeysUnreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .authorizedKeysEmpty(let path): "\(path) holds no ssh-ed25519 or ecdsa key this server accepts"
        case .bindFailed(let host, let port, let reason): "cannot listen on \(host) port \(port): \(reason)"
        case .spawnFailed(let reason): "cannot start the dashboard: \(reason)"
        case .noExecutable: "cannot find this program's own executable to run the dashboard"
        }
    }
}
