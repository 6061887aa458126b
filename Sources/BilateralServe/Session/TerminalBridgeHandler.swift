import NIOCore

/// Sits on the pipe channel around a pty master and hands what the dashboard writes to its SSH session.
final class TerminalBridgeHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let session: NIOLoopBound<SessionHandler>

    init(session: NIOLoopBound<SessionHandler>) {
        self.session = session
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.value.terminalOutput(unwrapInboundIn(data))
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session.value.terminalOutputComplete()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        session.value.terminalWritabilityChanged(context.channel.isWritable)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // Reading a master whose terminal has no process left fails with EIO: that is the end of output.
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.value.terminalClosed()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
        }
    }
}
