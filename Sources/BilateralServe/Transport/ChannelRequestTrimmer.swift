import NIOCore

/// Cuts the type-specific data off a channel request that swift-nio-ssh does not read, so that the
/// library answers it with a failure instead of dropping the connection.
///
/// swift-nio-ssh 0.15.1 reads an SSH_MSG_CHANNEL_REQUEST (RFC 4254 §5.4) of a type it does not know as
/// far as `want_reply` and then requires the packet to be used up (`SSHPacketParser.parseCiphertext`).
/// Requests that carry data, such as `x11-req` from `ssh -X` (RFC 4254 §6.3.1) or `break` from `~B`
/// (RFC 4335), are therefore malformed packets to it, and the whole connection goes. Without that data
/// the same request reaches the library's own rule for unknown requests: no event, and a failure reply
/// when the client asked for one. The data is never needed: an unknown request is refused either way.
enum ChannelRequestTrimmer {
    /// SSH_MSG_CHANNEL_REQUEST.
    static let channelRequest: UInt8 = 98

    /// The request types whose data swift-nio-ssh 0.15.1 reads (`readChannelRequestMessage` in
    /// SSHMessages.swift); these are left whole. Any other type is unknown to it and gets trimmed.
    static let readByLibrary: Set<String> = [
        "env", "exec", "exit-signal", "exit-status", "pty-req", "shell", "signal", "subsystem",
        "window-change", "xon-xoff",
    ]

    /// Trims `payload` (a decrypted packet payload, message number first) when it is a channel request of
    /// a type the library does not read that carries data after `want_reply`.
    ///
    /// Anything else, including a request too short to hold its own header, is left exactly as it came,
    /// so the library judges it as before.
    /// - Returns: the request type when the payload was trimmed, nil when it was left alone.
    static func trim(_ payload: inout ByteBuffer) -> String? {
        var reader = payload
        guard reader.readInteger(as: UInt8.self) == channelRequest,
              reader.readInteger(as: UInt32.self) != nil,  // recipient channel
              let nameLength = reader.readInteger(as: UInt32.self),
              nameLength <= reader.readableBytes,
              // Decoded as the library decodes it, so both agree on which type this is.
              let name = reader.readString(length: Int(nameLength)),
              reader.readInteger(as: UInt8.self) != nil,  // want_reply, kept as it is
              reader.readableBytes > 0,
              !readByLibrary.contains(name)
        else { return nil }
        let headerLength = reader.readerIndex - payload.readerIndex
        guard let header = payload.getSlice(at: payload.readerIndex, length: headerLength) else { return nil }
        payload = header
        return name
    }
}
