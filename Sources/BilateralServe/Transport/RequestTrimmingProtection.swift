import NIOCore
import NIOSSH

/// One of swift-nio-ssh's bundled ciphers, by the name negotiated on the wire.
protocol BundledCipher {
    static var name: String { get }
}

/// OpenSSH's AES-GCM (RFC 5647 framing with the length in the clear; OpenSSH PROTOCOL §1.6).
enum AES256GCMOpenSSH: BundledCipher {
    static let name = "aes256-gcm@openssh.com"
}

enum AES128GCMOpenSSH: BundledCipher {
    static let name = "aes128-gcm@openssh.com"
}

/// The server's transport protection: swift-nio-ssh's own scheme of the same name, with
/// `ChannelRequestTrimmer` applied to every packet after it is decrypted and verified.
///
/// Why it exists: swift-nio-ssh 0.15.1 drops the connection on a channel request it cannot read
/// (`x11-req` from `ssh -X`; see `ChannelRequestTrimmer`), and the transport protection is the only
/// public hook that sees a packet after decryption and before that parser. Nothing here is
/// cryptography: every call goes to the library's scheme, found by name among its bundled ones, so
/// what goes over the wire is exactly what the library alone would send and accept.
final class RequestTrimmingProtection<Cipher: BundledCipher>: NIOSSHTransportProtection {
    /// The library's scheme this one wraps; nil when the library no longer bundles it.
    static var wrapped: NIOSSHTransportProtection.Type? {
        Constants.bundledTransportProtectionSchemes.first { $0.cipherName == Cipher.name }
    }

    static var cipherName: String { Cipher.name }
    // `schemes` offers this type only when `wrapped` exists, so the fallbacks below are never negotiated.
    static var macName: String? { wrapped?.macName ?? nil }
    static var cipherBlockSize: Int { wrapped?.cipherBlockSize ?? 16 }
    static var keySizes: ExpectedKeySizes {
        wrapped?.keySizes ?? ExpectedKeySizes(ivSize: 12, encryptionKeySize: 32, macKeySize: 16)
    }

    private let inner: NIOSSHTransportProtection

    var macBytes: Int { inner.macBytes }
    var lengthEncrypted: Bool { inner.lengthEncrypted }

    init(initialKeys: NIOSSHSessionKeys) throws {
        guard let wrapped = Self.wrapped else { throw CipherNotBundled(name: Cipher.name) }
        inner = try wrapped.init(initialKeys: initialKeys)
    }

    func updateKeys(_ newKeys: NIOSSHSessionKeys) throws {
        try inner.updateKeys(newKeys)
    }

    func decryptFirstBlock(_ source: inout ByteBuffer) throws {
        try inner.decryptFirstBlock(&source)
    }

    func decryptAndVerifyRemainingPacket(_ source: inout ByteBuffer, sequenceNumber: UInt32) throws -> ByteBuffer {
        var payload = try inner.decryptAndVerifyRemainingPacket(&source, sequenceNumber: sequenceNumber)
        if let request = ChannelRequestTrimmer.trim(&payload) {
            ServeLog.line("channel request \(ServeLog.quoted(request)) refused")
        }
        return payload
    }

    func encryptPacket(_ destination: inout ByteBuffer, sequenceNumber: UInt32) throws {
        try inner.encryptPacket(&destination, sequenceNumber: sequenceNumber)
    }
}

/// The server offers these, best first: the library's bundled order, each wrapped; the library's own
/// list unchanged if it bundles neither any more.
enum RequestTrimmingSchemes {
    static var offered: [NIOSSHTransportProtection.Type] {
        let bundled = Constants.bundledTransportProtectionSchemes
        let wrappers: [NIOSSHTransportProtection.Type] = [
            RequestTrimmingProtection<AES256GCMOpenSSH>.self, RequestTrimmingProtection<AES128GCMOpenSSH>.self,
        ]
        let available = wrappers.filter { wrapper in bundled.contains { $0.cipherName == wrapper.cipherName } }
        return available.isEmpty ? bundled : available
    }
}

/// The library no longer bundles the scheme a wrapper was asked for.
struct CipherNotBundled: Error {
    let name: String
}
