/// Files saved as UTF-16 (Windows editors' "Unicode"), told by their byte-order mark.
enum UTF16Decoding {
    /// The UTF-8 of `bytes` when they start with a UTF-16 BOM (FF FE little-endian, FE FF big-endian),
    /// without the BOM; `isValid` is false when a lone surrogate or odd last byte was replaced with U+FFFD.
    /// Nil for anything else, and for UTF-32 little-endian (FF FE 00 00), which is not decoded.
    static func utf8(fromBOMMarked bytes: [UInt8]) -> (bytes: [UInt8], isValid: Bool)? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE):
            if bytes.count >= 4, bytes[2] == 0, bytes[3] == 0 { return nil }
            littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        let pairs = (bytes.count - 2) / 2
        var units = [UInt16]()
        units.reserveCapacity(pairs)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var isValid = bytes.count % 2 == 0
        var output = [UInt8]()
        output.reserveCapacity(units.count * 3 / 2)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .error:
                isValid = false
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput: break loop
            }
        }
        if bytes.count % 2 != 0 { output.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
        return (output, isValid)
    }
}
