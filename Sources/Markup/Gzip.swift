import CLibxml2

/// Unpacks gzip (or zlib) data in memory, refusing to grow past a limit (a gzip bomb stops there).
public enum Gzip {
    /// True when `bytes` start with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The unpacked bytes of `bytes`.
    /// - Throws: `MarkupError.badCompression` for broken data, `.tooLarge` past `limit` bytes.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(MarkupError) -> [UInt8] {
        var stream = z_stream()
        guard bilateral_inflate_init(&stream) == Z_OK else { throw .badCompression("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let result: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            var status = Z_OK
            repeat {
                status = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit { return Z_MEM_ERROR - 100 }
                output.append(contentsOf: chunk[0..<produced])
                // A concatenated gzip member starts again.
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    inflateReset(&stream)
                    status = Z_OK
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return status
        }
        switch result {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR - 100: throw .tooLarge(limit: limit)
        case Z_OK, Z_BUF_ERROR: throw .badCompression("the data ends early")
        default: throw .badCompression(stream.msg.map { String(cString: $0) } ?? "zlib error \(result)")
        }
    }
}
