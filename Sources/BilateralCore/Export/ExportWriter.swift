/// Where an export's bytes go as they are produced: a buffer that is handed to `sink` each time it fills, so an
/// export of any size holds one buffer of text, never the whole document.
///
/// The first failure of `sink` (a full disk, a closed pipe) is kept and everything after it is dropped, so the
/// exporters write without a `try` per field; `finish()` reports it.
public struct ExportWriter {
    /// Takes one buffer of bytes; returns the reason when they cannot be written.
    public typealias Sink = (UnsafeBufferPointer<UInt8>) -> String?

    private var buffer: [UInt8] = []
    private let capacity: Int
    private let sink: Sink
    /// Why the sink stopped taking bytes, once it has.
    public private(set) var failure: String?

    /// A writer that hands `sink` about `capacity` bytes at a time.
    public init(capacity: Int = 1 << 16, sink: @escaping Sink) {
        self.capacity = max(1, capacity)
        self.sink = sink
        buffer.reserveCapacity(self.capacity)
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    public mutating func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= capacity { flush() }
    }

    /// Hands what is buffered to the sink and reports the first failure, if any.
    /// - Throws: `ExportWriteFailure` naming the reason the sink gave.
    public mutating func finish() throws(ExportWriteFailure) {
        flush()
        if let failure { throw ExportWriteFailure(reason: failure) }
    }

    private mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        failure = buffer.withUnsafeBufferPointer(sink)
    }
}

/// Why an export could not be written, as the sink said it.
public struct ExportWriteFailure: Error, Equatable {
    public let reason: String
}

extension ExportWriter {
    /// Runs `body` with a writer that gathers everything in memory, and returns it as text (for a small export
    /// kept in memory on purpose, such as the dashboard's view written to a file, and for tests).
    public static func collecting(_ body: (inout ExportWriter) -> Void) -> String {
        String(decoding: bytes(body), as: UTF8.self)
    }

    /// Runs `body` with a writer that gathers everything in memory, and returns the bytes (a part of an
    /// export rendered on another thread).
    static func bytes(_ body: (inout ExportWriter) -> Void) -> [UInt8] {
        final class Collected: @unchecked Sendable {
            // Unchecked: used by one thread, inside this function.
            var bytes: [UInt8] = []
        }
        let collected = Collected()
        var writer = ExportWriter { chunk in
            collected.bytes.append(contentsOf: chunk)
            return nil
        }
        body(&writer)
        try? writer.finish()
        return collected.bytes
    }
}
