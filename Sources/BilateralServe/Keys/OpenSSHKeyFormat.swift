import Crypto
import Foundation

/// Reads and writes unencrypted ed25519 keys in OpenSSH's own private-key format, so `ssh-keygen` can read ours
/// and an existing sshd host key can be reused.
enum OpenSSHKeyFormat {
    private static let magic = Array("openssh-key-v1".utf8) + [0]
    private static let keyType = "ssh-ed25519"
    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"

    /// The public key as it travels on the wire (the blob that fingerprints hash).
    static func publicBlob(_ key: Curve25519.Signing.PublicKey) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.string(Array(keyType.utf8))
        writer.string(Array(key.rawRepresentation))
        return writer.bytes
    }

    /// `SHA256:` and the unpadded base64 digest, as `ssh-keygen -l` prints it.
    static func fingerprint(_ key: Curve25519.Signing.PublicKey) -> String {
        let digest = SHA256.hash(data: publicBlob(key))
        let base64 = Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
        return "SHA256:" + base64
    }

    /// The `ssh-ed25519 AAAA...` line that goes in known_hosts or authorized_keys.
    static func publicLine(_ key: Curve25519.Signing.PublicKey) -> String {
        "\(keyType) \(Data(publicBlob(key)).base64EncodedString())"
    }

    static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        let publicKey = Array(key.publicKey.rawRepresentation)
        let check = UInt32.random(in: .min ... .max)
        var secret = SSHWireWriter()
        secret.uint32(check)
        secret.uint32(check)
        secret.string(Array(keyType.utf8))
        secret.string(publicKey)
        secret.string(Array(key.rawRepresentation) + publicKey)
        secret.string(Array(comment.utf8))
        var padding: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.bytes.append(padding)
            padding += 1
        }

        var file = SSHWireWriter()
        file.bytes = magic
        file.string(Array("none".utf8))
        file.string(Array("none".utf8))
        file.string([])
        file.uint32(1)
        file.string(publicBlob(key.publicKey))
        file.string(secret.bytes)

        let base64 = Data(file.bytes).base64EncodedString()
        var lines = [begin]
        var index = base64.startIndex
        while index < base64.endIndex {
            let next = base64.index(index, offsetBy: 70, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<next]))
            index = next
        }
        lines.append(end)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses an unencrypted OpenSSH ed25519 private key; nil with a reason otherwise.
    static func decode(_ text: String) -> Result<Curve25519.Signing.PrivateKey, KeyFormatProblem> {
        let body = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("-----") }
            .joined()
        guard text.contains(begin), let data = Data(base64Encoded: body) else {
            return .failure(.notOpenSSH)
        }
        var reader = SSHWireReader(Array(data))
        guard reader.take(magic.count) == magic,
              let cipher = reader.string(), let kdf = reader.string(), reader.string() != nil,
              let count = reader.uint32(), count == 1, reader.string() != nil,
              let secretBytes = reader.string()
        else { return .failure(.notOpenSSH) }
        guard cipher == Array("none".utf8), kdf == Array("none".utf8) else { return .failure(.encrypted) }

        var secret = SSHWireReader(secretBytes)
        guard let check1 = secret.uint32(), let check2 = secret.uint32(), check1 == check2,
              let type = secret.string()
        else { return .failure(.notOpenSSH) }
        guard type == Array(keyType.utf8) else { return .failure(.notEd25519) }
        guard secret.string() != nil, let pair = secret.string(), pair.count == 64,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: pair.prefix(32))
        else { return .failure(.notOpenSSH) }
        return .success(key)
    }
}

/// Why a key file could not be used.
enum KeyFormatProblem: Error, CustomStringConvertible {
    case notOpenSSH, encrypted, notEd25519

    var description: String {
        switch self {
        case .notOpenSSH: "not an OpenSSH private key"
        case .encrypted: "the key is protected by a passphrase"
        case .notEd25519: "only ed25519 host keys are supported"
        }
    }
}

/// Builds SSH wire-format bytes: big-endian integers and length-prefixed strings.
struct SSHWireWriter {
    var bytes: [UInt8] = []

    mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }

    mutating func string(_ value: [UInt8]) {
        uint32(UInt32(value.count))
        bytes += value
    }
}

/// Reads SSH wire-format bytes, returning nil past the end instead of trapping.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func uint32() -> UInt32? {
        guard let raw = take(4) else { return nil }
        return raw.reduce(0) { ($0 << 8) | UInt32($1) }
    }

    mutating func string() -> [UInt8]? {
        guard let length = uint32() else { return nil }
        return take(Int(length))
    }
}
