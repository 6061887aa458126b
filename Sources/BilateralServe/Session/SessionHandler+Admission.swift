import NIOCore

/// A session channel takes its place among `--max-sessions` when it opens, not when its shell starts:
/// channels opened with no shell (or only a pty) once held connections open past every limit.
extension SessionHandler {
    /// How long an opened channel may wait for its shell request: the idle timeout, at most a minute.
    var startLimit: Int {
        let idle = session.configuration.idleTimeout
        return idle > 0 ? min(idle, 60) : 60
    }

    func admitOnOpening(context: ChannelHandlerContext) {
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        let loop = context.eventLoop
        ticket = session.book.admit(ender: {
            loop.execute { bound.value.endFromServer(reason: "the server is stopping") }
        })
        // Refused at the shell request, where the client can be told why.
        admissionRefused = ticket == nil
        let limit = startLimit
        startTask = context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(Int64(limit))) { [self] in
            guard watcher == nil, let context = self.context else { return }
            ServeLog.line("session channel from \(session.remote) closed: no shell within \(limit) s")
            context.close(promise: nil)
        }
    }

    /// Gives back the place of a channel that closes before its dashboard started.
    func releaseUnstartedPlace() {
        startTask?.cancel()
        startTask = nil
        guard watcher == nil, let ticket else { return }
        session.book.leave(ticket)
        self.ticket = nil
    }

    /// Ends the session for the server (shutdown): the dashboard's when one runs, else just the channel.
    func endFromServer(reason: String) {
        if watcher != nil {
            end(reason: reason)
        } else {
            context?.close(promise: nil)
        }
    }
}
