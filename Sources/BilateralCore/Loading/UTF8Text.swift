/// Reads Unicode scalars straight from the valid UTF-8 bytes of a `String`, forwards and
/// backwards, so that text can be scanned in place instead of being decoded into an array first.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The scalar that starts at `offset` and how many bytes it takes.
    // The bytes come from a Swift String, so they are valid UTF-8 and every sequence is complete.
    @inline(__always)
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The offset where the scalar that ends just before `offset` starts.
    @inline(__always)
    func start(before offset: Int) -> Int {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The text of `range` as a string (the bytes are already its UTF-8).
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
