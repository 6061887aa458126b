import Crypto
import Foundation
import Testing
@testable import BilateralServe

@Suite struct OpenSSHKeyFormatTests {
    @Test func encodedKeyDecodesToTheSameKey() throws {
        let key = Curve25519.Signing.PrivateKey()
        let text = OpenSSHKeyFormat.encode(key, comment: "round trip")
        #expect(text.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----\n"))
        let decoded = try OpenSSHKeyFormat.decode(text).get()
        #expect(decoded.rawRepresentation == key.rawRepresentation)
    }

    @Test func fingerprintIsUnpaddedBase64OfSHA256() {
        let key = Curve25519.Signing.PrivateKey()
        let fingerprint = OpenSSHKeyFormat.fingerprint(key.publicKey)
        #expect(fingerprint.hasPrefix("SHA256:"))
        #expect(!fingerprint.contains("="))
        // 32 digest bytes are 43 base64 characters without padding.
        #expect(fingerprint.count == "SHA256:".count + 43)
    }

    @Test func refusesTextThatIsNotAKey() {
        guard case .failure(let problem) = OpenSSHKeyFormat.decode("hello\n") else {
            Issue.record("decoded garbage")
            return
        }
        #expect(problem == .notOpenSSH)
    }

    @Test func hostKeyStoreCreatesAPrivateFileOnceAndReusesIt() throws {
        let directory = try TestEnvironment.temporaryDirectory("hostkey")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = HostKeyStore(path: directory.appendingPathComponent("state/bilateral/key").path)
        let first = try store.loadOrCreate()
        let second = try store.loadOrCreate()
        #expect(first.created && !second.created)
        #expect(first.key.rawRepresentation == second.key.rawRepresentation)
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func defaultPathFollowsXDGStateHome() {
        #expect(HostKeyStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/bilateral/host_ed25519_key")
        #expect(HostKeyStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/bilateral/host_ed25519_key")
    }
}
