import Crypto
import Dispatch
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `bilateral serve`: an SSH server whose only program is the dashboard, one pseudo-terminal per session.
public final class SSHServer: Sendable {
    private let configuration: ServeConfiguration
    private let book: SessionBook
    private let rateLimiter: ConnectionRateLimiter
    private let connections = NIOLockedValueBox([ObjectIdentifier: Channel]())
    /// How long a connection may stay open without a session channel.
    private static let sessionlessLimit = TimeAmount.seconds(60)
    /// Session channels one connection may have open at once.
    static let sessionsPerConnection = 1

    public init(configuration: ServeConfiguration) {
        self.configuration = configuration
        self.book = SessionBook(limit: max(configuration.maxSessions, 1))
        self.rateLimiter = ConnectionRateLimiter(perMinute: configuration.connectionsPerMinute)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, ends the sessions and returns.
    /// - Throws: `ServeError` when the host key, the authorized keys or the address cannot be used.
    public func run() throws(ServeError) {
        let store = HostKeyStore(path: configuration.hostKeyPath)
        let (hostKey, created) = try store.loadOrCreate()
        ServeLog.line(
            "host key \(store.path) (\(created ? "new" : "reused")), fingerprint ED25519 "
                + OpenSSHKeyFormat.fingerprint(hostKey.publicKey))
        let authorized = try configuration.authorizedKeysPath.map { path throws(ServeError) in
            try AuthorizedKeys.load(path: path)
        }
        logAuthentication(authorized)

        signal(SIGPIPE, SIG_IGN)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let serverChannel: Channel
        do {
            serverChannel = try makeBootstrap(
                group: group, hostKey: NIOSSHPrivateKey(ed25519Key: hostKey),
                authenticator: ClientAuthenticator(authorized: authorized)
            ).bind(host: configuration.host, port: configuration.port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw .bindFailed(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
        let port = serverChannel.localAddress?.port ?? configuration.port
        ServeLog.line(
            "listening on \(configuration.host) port \(port); at most \(book.limit) sessions, idle timeout "
                + "\(configuration.idleTimeout) s, \(configuration.connectionsPerMinute) connections per address per minute")

        let stopSignals = watchStopSignals { serverChannel.close(promise: nil) }
        try? serverChannel.closeFuture.wait()
        stopSignals.forEach { $0.cancel() }
        shutDown(group: group)
    }

    private func logAuthentication(_ authorized: AuthorizedKeys?) {
        guard let authorized, let path = configuration.authorizedKeysPath else {
            ServeLog.line("no --authorized-keys: anyone may connect (a public demo)")
            return
        }
        var note = ""
        if authorized.skippedLines > 0 { note += "; \(authorized.skippedLines) lines skipped (unsupported key types)" }
        if authorized.linesWithOptions > 0 { note += "; key options are not applied" }
        ServeLog.line("only the \(authorized.keys.count) keys in \(path) may connect\(note)")
    }

    private func makeBootstrap(
        group: EventLoopGroup, hostKey: NIOSSHPrivateKey, authenticator: ClientAuthenticator
    ) -> ServerBootstrap {
        ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try self.setUpConnection(channel, hostKey: hostKey, authenticator: authenticator)
                }
            }
    }

    private func setUpConnection(
        _ channel: Channel, hostKey: NIOSSHPrivateKey, authenticator: ClientAuthenticator
    ) throws {
        let remote = Self.describe(channel.remoteAddress)
        guard rateLimiter.allow(channel.remoteAddress?.ipAddress ?? remote) else {
            ServeLog.line("connection from \(remote) refused: more than \(configuration.connectionsPerMinute) a minute")
            try channel.pipeline.syncOperations.addHandler(
                RefusalHandler(line: "bilateral: too many connections from your address; try again in a minute"))
            return
        }
        track(channel)

        let sessions = NIOLoopBoundBox(ConnectionSessions(), eventLoop: channel.eventLoop)
        let session = SessionEnvironment(configuration: configuration, book: book, remote: remote)
        let handler = NIOSSHHandler(
            // The library's AES-GCM with unreadable channel requests trimmed, so `ssh -X` is refused, not dropped.
            role: .server(
                .init(
                    hostKeys: [hostKey], userAuthDelegate: authenticator, globalRequestDelegate: nil, banner: nil,
                    transportProtectionSchemes: RequestTrimmingSchemes.offered)),
            allocator: channel.allocator,
            inboundChildChannelInitializer: { child, type in
                guard case .session = type else {
                    ServeLog.line("forwarding channel refused for \(remote)")
                    return child.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
                }
                // One session per connection: 40,000 idle channels on one connection once held 140 MB.
                guard sessions.value.open < Self.sessionsPerConnection else {
                    ServeLog.line("another session channel refused for \(remote) (\(Self.sessionsPerConnection) per connection)")
                    return child.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
                }
                sessions.value.open += 1
                child.closeFuture.whenComplete { _ in
                    sessions.value.open -= 1
                    sessions.value.emptySince = .now()
                }
                return child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(SessionHandler(session: session))
                }
            })
        try channel.pipeline.syncOperations.addHandlers([handler, ConnectionErrorHandler()])
        closeWhenSessionless(channel, sessions: sessions)
    }

    /// Closes the connection once it has held no session channel for `sessionlessLimit`: before its
    /// first one, and after its last one closed.
    private func closeWhenSessionless(_ channel: Channel, sessions: NIOLoopBoundBox<ConnectionSessions>) {
        channel.eventLoop.scheduleTask(in: Self.sessionlessLimit) { [self] in
            guard channel.isActive else { return }
            let state = sessions.value
            if state.open == 0, NIODeadline.now() - state.emptySince >= Self.sessionlessLimit {
                channel.close(promise: nil)
            } else {
                closeWhenSessionless(channel, sessions: sessions)
            }
        }
    }

    private func track(_ channel: Channel) {
        let id = ObjectIdentifier(channel)
        connections.withLockedValue { $0[id] = channel }
        channel.closeFuture.whenComplete { [connections] _ in
            _ = connections.withLockedValue { $0.removeValue(forKey: id) }
        }
    }

    /// SIGTERM and SIGINT stop the server; the dispatch sources need the default action out of the way.
    private func watchStopSignals(_ stop: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                ServeLog.line("signal \(number): no new connections; ending \(self.book.count) sessions")
                stop()
            }
            source.resume()
            return source
        }
    }

    /// Ends every session cleanly (hang-up, exit status, close), waits a bounded time, then closes what is left.
    private func shutDown(group: MultiThreadedEventLoopGroup) {
        book.endAll()
        let deadline = NIODeadline.now() + .milliseconds(Int64(configuration.hangupGrace * 1000) + 2000)
        while book.count > 0 && NIODeadline.now() < deadline {
            usleep(20_000)
        }
        // Give the exit statuses a moment to reach the clients before the connections go.
        usleep(100_000)
        let open = connections.withLockedValue { Array($0.values) }
        for channel in open { channel.close(promise: nil) }
        try? group.syncShutdownGracefully()
        ServeLog.line("stopped")
    }

    static func describe(_ address: SocketAddress?) -> String {
        guard let address else { return "unknown" }
        let host = address.ipAddress ?? "unknown"
        let port = address.port.map { ":\($0)" } ?? ""
        return (host.contains(":") ? "[\(host)]" : host) + port
    }
}

/// How many session channels a connection has open, and since when it has had none.
struct ConnectionSessions {
    var open = 0
    var emptySince = NIODeadline.now()
}

/// Closes a connection whose SSH layer failed (bad packets, failed handshake) instead of leaving it open.
final class ConnectionErrorHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}

/// Says one line and closes: lines before the SSH version string are allowed by RFC 4253.
final class RefusalHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    private let line: String

    init(line: String) {
        self.line = line
    }

    func channelActive(context: ChannelHandlerContext) {
        let channel = context.channel
        let buffer = channel.allocator.buffer(string: line + "\r\n")
        channel.writeAndFlush(buffer).whenComplete { _ in channel.close(promise: nil) }
    }
}
