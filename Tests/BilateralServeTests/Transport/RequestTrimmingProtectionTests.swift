import Crypto
import NIOCore
import NIOSSH
import Testing
@testable import BilateralServe

/// The wrapper sends and accepts exactly what the library's own AES-GCM does; it only trims after decrypting.
@Suite struct RequestTrimmingProtectionTests {
    typealias AES256 = RequestTrimmingProtection<AES256GCMOpenSSH>
    typealias AES128 = RequestTrimmingProtection<AES128GCMOpenSSH>

    static func bundled(_ name: String) throws -> NIOSSHTransportProtection.Type {
        try #require(Constants.bundledTransportProtectionSchemes.first { $0.cipherName == name })
    }

    /// Keys for one direction pair; `mirrored` gives the other end's view (inbound and outbound swapped).
    static func keys(size: Int, mirrored: Bool = false) -> NIOSSHSessionKeys {
        let clientToServer = SymmetricKey(data: [UInt8](repeating: 0x11, count: size))
        let serverToClient = SymmetricKey(data: [UInt8](repeating: 0x22, count: size))
        let ivIn = [UInt8](repeating: 0x33, count: 12), ivOut = [UInt8](repeating: 0x44, count: 12)
        let mac = SymmetricKey(data: [UInt8](repeating: 0, count: 16))
        return mirrored
            ? NIOSSHSessionKeys(initialInboundIV: ivOut, initialOutboundIV: ivIn, inboundEncryptionKey: serverToClient,
                                outboundEncryptionKey: clientToServer, inboundMACKey: mac, outboundMACKey: mac)
            : NIOSSHSessionKeys(initialInboundIV: ivIn, initialOutboundIV: ivOut, inboundEncryptionKey: clientToServer,
                                outboundEncryptionKey: serverToClient, inboundMACKey: mac, outboundMACKey: mac)
    }

    /// A packet as the serializer lays it out before encryption: length, padding length, payload, padding.
    static func framed(_ payload: ByteBuffer) -> ByteBuffer {
        var padding = 16 - (1 + payload.readableBytes) % 16
        if padding < 4 { padding += 16 }
        var packet = ByteBuffer()
        packet.writeInteger(UInt32(1 + payload.readableBytes + padding))
        packet.writeInteger(UInt8(padding))
        var body = payload
        packet.writeBuffer(&body)
        packet.writeBytes([UInt8](repeating: 0xA5, count: padding))
        return packet
    }

    /// Encrypts `payload` with `sender`, then decrypts it with `receiver` as the packet parser does.
    static func send(_ payload: ByteBuffer, from sender: NIOSSHTransportProtection, to receiver: NIOSSHTransportProtection) throws -> ByteBuffer {
        var packet = framed(payload)
        try sender.encryptPacket(&packet, sequenceNumber: 3)
        let slice = packet.readSlice(length: packet.readableBytes)
        var source = try #require(slice)
        try receiver.decryptFirstBlock(&source)
        return try receiver.decryptAndVerifyRemainingPacket(&source, sequenceNumber: 3)
    }

    @Test func negotiatesUnderTheBundledNamesAndSizes() throws {
        for (wrapper, name) in [(AES256.self as NIOSSHTransportProtection.Type, "aes256-gcm@openssh.com"),
                                (AES128.self, "aes128-gcm@openssh.com")] {
            let original = try Self.bundled(name)
            #expect(wrapper.cipherName == name)
            #expect(wrapper.macName == original.macName)
            #expect(wrapper.cipherBlockSize == original.cipherBlockSize)
            #expect(wrapper.keySizes.encryptionKeySize == original.keySizes.encryptionKeySize)
            #expect(wrapper.keySizes.ivSize == original.keySizes.ivSize)
        }
        #expect(RequestTrimmingSchemes.offered.map { $0.cipherName }
                == Constants.bundledTransportProtectionSchemes.map { $0.cipherName })
    }

    @Test func encryptsToTheSameBytesAsTheLibrary() throws {
        let payload = CraftedPayload.channelRequest("x11-req", wantReply: true, data: CraftedPayload.x11Data)
        for (wrapper, name, size) in [(AES256.self as NIOSSHTransportProtection.Type, "aes256-gcm@openssh.com", 32),
                                      (AES128.self, "aes128-gcm@openssh.com", 16)] {
            let ours = try wrapper.init(initialKeys: Self.keys(size: size))
            let library = try Self.bundled(name).init(initialKeys: Self.keys(size: size))
            // Twice: the nonce must advance the same way.
            for _ in 0..<2 {
                var mine = Self.framed(payload), theirs = Self.framed(payload)
                try ours.encryptPacket(&mine, sequenceNumber: 0)
                try library.encryptPacket(&theirs, sequenceNumber: 0)
                #expect(mine == theirs)
                #expect(ours.macBytes == library.macBytes && ours.lengthEncrypted == library.lengthEncrypted)
            }
        }
    }

    @Test func anX11RequestArrivesTrimmedAndOthersWhole() throws {
        let client = try Self.bundled("aes256-gcm@openssh.com").init(initialKeys: Self.keys(size: 32, mirrored: true))
        let server = try AES256(initialKeys: Self.keys(size: 32))
        let x11 = CraftedPayload.channelRequest("x11-req", wantReply: true, data: CraftedPayload.x11Data)
        #expect(try Self.send(x11, from: client, to: server) == CraftedPayload.channelRequest("x11-req", wantReply: true))
        let pty = CraftedPayload.channelRequest("pty-req", wantReply: true, data: CraftedPayload.ptyRequestData())
        #expect(try Self.send(pty, from: client, to: server) == pty)
        // And back: what the server sends, the library's client reads unchanged.
        let reply = ByteBuffer(bytes: [100, 0, 0, 0, 0])  // SSH_MSG_CHANNEL_FAILURE
        #expect(try Self.send(reply, from: server, to: client) == reply)
    }

    @Test func aTamperedPacketIsStillRejected() throws {
        let client = try Self.bundled("aes128-gcm@openssh.com").init(initialKeys: Self.keys(size: 16, mirrored: true))
        let server = try AES128(initialKeys: Self.keys(size: 16))
        var packet = Self.framed(CraftedPayload.channelRequest("x11-req", wantReply: true, data: CraftedPayload.x11Data))
        try client.encryptPacket(&packet, sequenceNumber: 0)
        let flipAt = packet.readerIndex + 9
        packet.setInteger(try #require(packet.getInteger(at: flipAt, as: UInt8.self)) ^ 0x01, at: flipAt)
        let slice = packet.readSlice(length: packet.readableBytes)
        var source = try #require(slice)
        try server.decryptFirstBlock(&source)
        #expect(throws: (any Error).self) { try server.decryptAndVerifyRemainingPacket(&source, sequenceNumber: 0) }
    }

    @Test func keysOfTheWrongSizeAreRefusedAsByTheLibrary() {
        #expect(throws: (any Error).self) { try AES256(initialKeys: Self.keys(size: 16)) }
    }
}
