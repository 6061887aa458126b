import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's ed25519 host key: made on first run, stored with mode 0600, reused afterwards.
public struct HostKeyStore {
    public let path: String

    public init(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.path = path ?? Self.defaultPath(environment: environment)
    }

    /// `$XDG_STATE_HOME/bilateral/host_ed25519_key`, else under `~/.local/state`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/state"
        }
        return base + "/bilateral/host_ed25519_key"
    }

    /// Reads the stored key, or makes and stores a new one when there is none.
    /// - Returns: the key and whether it was just created.
    /// - Throws: `ServeError` when an existing file is not a usable key or a new one cannot be written.
    public func loadOrCreate() throws(ServeError) -> (key: Curve25519.Signing.PrivateKey, created: Bool) {
        if FileManager.default.fileExists(atPath: path) {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw .hostKeyUnreadable(path: path, reason: "not readable")
            }
            switch OpenSSHKeyFormat.decode(text) {
            case .success(let key): return (key, false)
            case .failure(let problem): throw .hostKeyUnreadable(path: path, reason: problem.description)
            }
        }
        let key = Curve25519.Signing.PrivateKey()
        try store(key)
        return (key, true)
    }

    private func store(_ key: Curve25519.Signing.PrivateKey) throws(ServeError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .hostKeyUnwritable(path: path, reason: "cannot create \(directory)")
        }
        // O_EXCL: never overwrite a key another server just wrote; 0600 from the start, never readable by others.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .hostKeyUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let bytes = Array(OpenSSHKeyFormat.encode(key, comment: "bilateral serve host key").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw .hostKeyUnwritable(path: path, reason: "short write")
        }
    }
}
