import Foundation
import NIOSSH

/// The client keys allowed to log in, read from an OpenSSH `authorized_keys` file.
public struct AuthorizedKeys: Sendable {
    /// Key types NIOSSH can verify; others (ssh-rsa, sk-*) are skipped and counted.
    static let supportedTypes: Set<String> = [
        "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
    ]

    public let keys: Set<NIOSSHPublicKey>
    /// Lines that held a key of a type this server cannot check.
    public let skippedLines: Int
    /// Lines whose options (from=, command=, ...) were present; this server does not apply them.
    public let linesWithOptions: Int

    /// Parses `authorized_keys` text: blank lines and comments are ignored, options before the key type are skipped.
    public init(text: String) {
        var keys = Set<NIOSSHPublicKey>()
        var skipped = 0
        var withOptions = 0
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = Self.fields(of: line)
            guard let typeIndex = fields.firstIndex(where: { Self.supportedTypes.contains($0) }),
                  typeIndex + 1 < fields.count,
                  let key = try? NIOSSHPublicKey(openSSHPublicKey: "\(fields[typeIndex]) \(fields[typeIndex + 1])")
            else {
                skipped += 1
                continue
            }
            if typeIndex > 0 { withOptions += 1 }
            keys.insert(key)
        }
        self.keys = keys
        self.skippedLines = skipped
        self.linesWithOptions = withOptions
    }

    /// Reads and parses the file at `path`.
    /// - Throws: `ServeError` when the file cannot be read or holds no usable key.
    public static func load(path: String) throws(ServeError) -> AuthorizedKeys {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .authorizedKeysUnreadable(path: path, reason: "not readable")
        }
        let parsed = AuthorizedKeys(text: text)
        if parsed.keys.isEmpty { throw .authorizedKeysEmpty(path: path) }
        return parsed
    }

    /// Splits on blanks, keeping quoted option values (command="a b") in one field.
    private static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == " " || character == "\t") {
                if !current.isEmpty { fields.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }
}
