import NIOCore
import Testing
@testable import BilateralServe

/// Payloads built byte by byte as RFC 4254 lays them out, message number first.
enum CraftedPayload {
    static func channelRequest(_ type: String, wantReply: Bool, data: [UInt8] = [], channel: UInt32 = 0) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt8(98))
        buffer.writeInteger(channel)
        buffer.writeSSHString(type)
        buffer.writeInteger(UInt8(wantReply ? 1 : 0))
        buffer.writeBytes(data)
        return buffer
    }

    /// The type-specific data of an `x11-req` as OpenSSH sends it (RFC 4254 §6.3.1).
    static let x11Data: [UInt8] = {
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt8(0))  // single connection: false
        buffer.writeSSHString("MIT-MAGIC-COOKIE-1")
        buffer.writeSSHString("4f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99")
        buffer.writeInteger(UInt32(0))  // screen number
        return Array(buffer.readableBytesView)
    }()

    static func ptyRequestData(term: String = "xterm", columns: UInt32 = 80, rows: UInt32 = 24) -> [UInt8] {
        var buffer = ByteBuffer()
        buffer.writeSSHString(term)
        for value in [columns, rows, 0, 0] { buffer.writeInteger(value) }
        buffer.writeSSHString("\u{0}")  // terminal modes: TTY_OP_END only
        return Array(buffer.readableBytesView)
    }
}

extension ByteBuffer {
    mutating func writeSSHString(_ text: String) {
        writeInteger(UInt32(text.utf8.count))
        writeString(text)
    }
}

@Suite struct ChannelRequestTrimmerTests {
    @Test(arguments: [true, false])
    func x11RequestLosesItsDataAndKeepsWantReply(wantReply: Bool) {
        var payload = CraftedPayload.channelRequest("x11-req", wantReply: wantReply, data: CraftedPayload.x11Data, channel: 7)
        let trimmed = ChannelRequestTrimmer.trim(&payload)
        #expect(trimmed == "x11-req")
        #expect(payload == CraftedPayload.channelRequest("x11-req", wantReply: wantReply, channel: 7))
    }

    @Test func anyRequestTheLibraryDoesNotReadIsTrimmedToo() {
        // `~B` in OpenSSH sends "break" with a uint32 length (RFC 4335).
        var payload = CraftedPayload.channelRequest("break", wantReply: false, data: [0, 0, 1, 244])
        #expect(ChannelRequestTrimmer.trim(&payload) == "break")
        #expect(payload == CraftedPayload.channelRequest("break", wantReply: false))
    }

    @Test(arguments: [
        ("pty-req", CraftedPayload.ptyRequestData()),
        ("env", Array("\u{0}\u{0}\u{0}\u{4}LANG\u{0}\u{0}\u{0}\u{5}C.UTF8".utf8)),
        ("window-change", [0, 0, 0, 120, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("exec", Array("\u{0}\u{0}\u{0}\u{4}true".utf8)),
        ("subsystem", Array("\u{0}\u{0}\u{0}\u{4}sftp".utf8)),
    ] as [(String, [UInt8])])
    func requestsTheLibraryReadsAreLeftWhole(type: String, data: [UInt8]) {
        let original = CraftedPayload.channelRequest(type, wantReply: true, data: data)
        var payload = original
        #expect(ChannelRequestTrimmer.trim(&payload) == nil)
        #expect(payload == original)
    }

    @Test func unknownRequestsWithoutDataAreLeftAsTheyAre() {
        let original = CraftedPayload.channelRequest("auth-agent-req@openssh.com", wantReply: true)
        var payload = original
        #expect(ChannelRequestTrimmer.trim(&payload) == nil)
        #expect(payload == original)
    }

    @Test func otherMessagesAreLeftAsTheyAre() {
        // SSH_MSG_CHANNEL_DATA whose bytes happen to spell a channel request after its first byte.
        var original = ByteBuffer()
        original.writeInteger(UInt8(94))
        var request = CraftedPayload.channelRequest("x11-req", wantReply: true, data: CraftedPayload.x11Data)
        original.writeBuffer(&request)
        var payload = original
        #expect(ChannelRequestTrimmer.trim(&payload) == nil)
        #expect(payload == original)
    }

    /// Too short to hold its header: left for the library, which rejects it as before.
    @Test(arguments: [
        [],
        [98],
        [98, 0, 0, 0],
        [98, 0, 0, 0, 0, 0, 0, 0, 7, 0x78, 0x31, 0x31],  // type length 7, three bytes of it
        [98, 0, 0, 0, 0, 0, 0, 0, 7] + Array("x11-req".utf8),  // no want_reply
        [98, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x78, 1, 1],  // a type length past the end
    ] as [[UInt8]])
    func truncatedRequestsAreLeftAsTheyAre(bytes: [UInt8]) {
        let original = ByteBuffer(bytes: bytes)
        var payload = original
        #expect(ChannelRequestTrimmer.trim(&payload) == nil)
        #expect(payload == original)
    }

    @Test func aPayloadAtAnOffsetIsTrimmedFromItsOwnStart() {
        // The library hands over a slice of a larger buffer; the trimmed header must start where it did.
        var backing = ByteBuffer(bytes: [1, 2, 3, 4, 5])
        var request = CraftedPayload.channelRequest("x11-req", wantReply: true, data: CraftedPayload.x11Data)
        backing.writeBuffer(&request)
        backing.moveReaderIndex(forwardBy: 5)
        #expect(ChannelRequestTrimmer.trim(&backing) == "x11-req")
        #expect(backing == CraftedPayload.channelRequest("x11-req", wantReply: true))
    }
}
