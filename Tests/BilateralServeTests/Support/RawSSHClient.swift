import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// An SSH client that does what OpenSSH's will not: opens session channels and sends nothing, asks for
/// absurd terminal sizes, opens many channels on one connection. For the server's limits.
final class RawSSHClient {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let connection: Channel

    /// Connects and logs in as `demo` (a public server takes the "none" method).
    init(port: Int) throws {
        let bootstrap = ClientBootstrap(group: group).channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let configuration = SSHClientConfiguration(
                    userAuthDelegate: NoneAuthentication(), serverAuthDelegate: AnyHostKey())
                try channel.pipeline.syncOperations.addHandler(
                    NIOSSHHandler(role: .client(configuration), allocator: channel.allocator, inboundChildChannelInitializer: nil))
            }
        }
        do {
            connection = try bootstrap.connect(host: "127.0.0.1", port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    /// Opens a session channel; its output (both streams) is collected in `output`.
    func openSession(output: NIOLockedValueBox<String> = NIOLockedValueBox("")) throws -> Channel {
        let promise = connection.eventLoop.makePromise(of: Channel.self)
        connection.eventLoop.execute {
            do {
                let handler = try self.connection.pipeline.syncOperations.handler(type: NIOSSHHandler.self)
                handler.createChannel(promise, channelType: .session) { child, _ in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(OutputCollector(output: output))
                    }
                }
            } catch {
                promise.fail(error)
            }
        }
        return try promise.futureResult.wait()
    }

    /// Asks for a pty of `columns` × `rows`, then (unless `shell` is false) a shell.
    func startTerminal(on channel: Channel, columns: Int, rows: Int, term: String = "xterm", shell: Bool = true) throws {
        let pty = SSHChannelRequestEvent.PseudoTerminalRequest(
            wantReply: true, term: term, terminalCharacterWidth: columns, terminalRowHeight: rows,
            terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:]))
        try channel.triggerUserOutboundEvent(pty).wait()
        if shell { try channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ShellRequest(wantReply: true)).wait() }
    }

    func resize(_ channel: Channel, columns: Int, rows: Int) throws {
        let change = SSHChannelRequestEvent.WindowChangeRequest(
            terminalCharacterWidth: columns, terminalRowHeight: rows, terminalPixelWidth: 0, terminalPixelHeight: 0)
        try channel.triggerUserOutboundEvent(change).wait()
    }

    func send(_ text: String, on channel: Channel) throws {
        let buffer = channel.allocator.buffer(string: text)
        try channel.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(buffer))).wait()
    }

    func close() {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }
}

private final class NoneAuthentication: NIOSSHClientUserAuthenticationDelegate, Sendable {
    func nextAuthenticationType(
        availableMethods: NIOSSHAvailableUserAuthenticationMethods,
        nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>
    ) {
        nextChallengePromise.succeed(NIOSSHUserAuthenticationOffer(username: "demo", serviceName: "", offer: .none))
    }
}

private final class AnyHostKey: NIOSSHClientServerAuthenticationDelegate, Sendable {
    func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
        validationCompletePromise.succeed(())
    }
}

/// Keeps what the server sends on a channel, as text.
private final class OutputCollector: ChannelInboundHandler, Sendable {
    typealias InboundIn = SSHChannelData
    let output: NIOLockedValueBox<String>

    init(output: NIOLockedValueBox<String>) {
        self.output = output
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .byteBuffer(let bytes) = unwrapInboundIn(data).data else { return }
        output.withLockedValue { $0 += String(buffer: bytes) }
    }
}
