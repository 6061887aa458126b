import NIOCore
import NIOSSH

/// What a session needs from the server it runs in.
struct SessionEnvironment: Sendable {
    let configuration: ServeConfiguration
    let book: SessionBook
    /// The client's address as it appears in the log.
    let remote: String
}

/// One SSH "session" channel: accepts a pty and a shell request, refuses everything else,
/// and runs the dashboard on a pseudo-terminal for it (see `SessionHandler+Child.swift`).
final class SessionHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    let session: SessionEnvironment
    var context: ChannelHandlerContext?
    var terminal: SSHChannelRequestEvent.PseudoTerminalRequest?
    var columns = 80
    var rows = 24
    var clientEnvironment: [String: String] = [:]

    // The running child; set once a shell request is accepted.
    var watcher: ChildWatcher?
    var pty: Channel?
    var pendingInput: [ByteBuffer] = []
    var ticket: UInt64?
    var startedAt = NIODeadline.now()
    var lastInput = NIODeadline.now()
    var exitCode: Int?
    var ptyClosed = false
    var endReason: String?
    var finished = false
    var idleTask: Scheduled<Void>?
    var killTask: Scheduled<Void>?
    var drainTask: Scheduled<Void>?
    /// Closes the channel when no shell starts in time: a channel counts as a session from its opening.
    var startTask: Scheduled<Void>?
    /// True when every place was taken when the channel opened; the shell request is then refused.
    var admissionRefused = false

    init(session: SessionEnvironment) {
        self.session = session
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        // A client that closes its input (ssh < /dev/null) still wants to see the dashboard until it ends.
        context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true).whenFailure { _ in }
        admitOnOpening(context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        releaseUnstartedPlace()
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        lastInput = .now()
        if let pty {
            pty.writeAndFlush(bytes, promise: nil)
        } else if watcher != nil {
            pendingInput.append(bytes)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // Stop reading the dashboard's output while the client cannot take more.
        pty?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenFailure { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        releaseUnstartedPlace()
        if watcher != nil && exitCode == nil {
            endReason = endReason ?? "client left"
            hangUp()
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let accepted = watcher == nil
            if accepted {
                terminal = request
                (columns, rows) = TerminalLimits.clamped(request.terminalCharacterWidth, request.terminalRowHeight)
            }
            reply(request.wantReply, accepted)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            let accepted = Self.acceptsEnvironment(request.name)
            if accepted { clientEnvironment[request.name] = request.value }
            reply(request.wantReply, accepted)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            (columns, rows) = TerminalLimits.clamped(request.terminalCharacterWidth, request.terminalRowHeight)
            lastInput = .now()
            if watcher != nil, exitCode == nil, let process = watcher?.process, !ptyClosed {
                PtyProcess.resize(masterDescriptor: process.masterDescriptor, columns: columns, rows: rows)
            }
        case let request as SSHChannelRequestEvent.ShellRequest:
            startShell(wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(
                "bilateral: this server shows the dashboard only and runs no commands; connect with `ssh -t` and no command.",
                wantReply: request.wantReply, logAs: "exec refused")
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            // A subsystem client (sftp) would read any text as its protocol: a plain failure is clearest.
            ServeLog.line("subsystem \(ServeLog.quoted(request.subsystem)) refused for \(session.remote)")
            reply(request.wantReply, false)
            closeWithStatus(1)
        case let event as ChannelEvent where event == .inputClosed:
            // A pty has no half-close: the dashboard keeps running until it ends or the channel closes.
            break
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    /// TERM, LANG and LC_* are the only variables a client may set.
    static func acceptsEnvironment(_ name: String) -> Bool {
        name == "TERM" || name == "LANG" || name.hasPrefix("LC_")
    }

    // MARK: - Talking to the client

    func reply(_ wantReply: Bool, _ accepted: Bool) {
        guard wantReply, let context else { return }
        let event: any Sendable = accepted ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// Writes one line for the user; on the terminal's stream when a pty is open, else on stderr.
    func say(_ line: String, stream: SSHChannelData.DataType = .channel) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + 2)
        buffer.writeString(line + "\r\n")
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: stream, data: .byteBuffer(buffer))), promise: nil)
    }

    /// Tells the client why and closes the channel with exit status 1.
    ///
    /// The request itself is answered with success: OpenSSH drops a channel's pending output once a request
    /// fails, and the user would see only "request failed" instead of the reason.
    func refuse(_ line: String, wantReply: Bool, logAs reason: String) {
        ServeLog.line("\(reason) for \(session.remote)")
        reply(wantReply, true)
        say(line, stream: terminal == nil ? .stdErr : .channel)
        closeWithStatus(1)
    }

    func closeWithStatus(_ status: Int) {
        guard let context else { return }
        let channel = context.channel
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: status))
            .whenComplete { _ in channel.close(promise: nil) }
    }
}
