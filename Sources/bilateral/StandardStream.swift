#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stdout or stderr with write(2), so that a failed write is an error to report, not a crash:
/// `FileHandle.write` traps on EBADF (stdout closed) and ENOSPC (`> /dev/full`).
struct StandardStream {
    let descriptor: Int32

    static let output = StandardStream(descriptor: 1)
    static let error = StandardStream(descriptor: 2)

    /// Why a write failed, as strerror(3) says it.
    struct WriteFailure: Error {
        let reason: String
    }

    /// True when the descriptor is open: a closed stdout would be taken by the next file opened.
    var isOpen: Bool { fcntl(descriptor, F_GETFD) != -1 }

    /// Writes all of `text`.
    /// - Throws: `WriteFailure` naming the reason when any part cannot be written.
    func writeAll(_ text: String) throws(WriteFailure) {
        var text = text
        if let failure = text.withUTF8({ writeAll($0) }) { throw WriteFailure(reason: failure) }
    }

    /// Writes all of `bytes`; returns the reason when any part cannot be written (an `ExportWriter` sink).
    func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let result = systemWrite(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += result
        }
        return nil
    }

    /// True when the stream is a terminal (a progress line is for a person, not for a file or a pipe).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Writes `text`, ignoring a failure (stderr has nowhere else to report one).
    func write(_ text: String) {
        try? writeAll(text)
    }
}

/// write(2), out of reach of `StandardStream.write`'s own name.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
