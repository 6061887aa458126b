/// Reads what `BinaryWriter` wrote; any truncation or impossible value throws, so a damaged record is
/// extracted again rather than trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset: Int
    /// Where reading stops: the end of the bytes, or of one record among several (read in place, not copied).
    private let end: Int

    init(_ bytes: [UInt8]) {
        self.init(bytes, range: 0..<bytes.count)
    }

    /// A reader of `range` of `bytes` alone.
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = max(0, range.lowerBound)
        end = min(bytes.count, range.upperBound)
    }

    var isAtEnd: Bool { offset == end }

    /// Where the reader is, as an offset into the whole bytes.
    var position: Int { offset }

    /// Steps over `count` bytes (which `count()` has checked are there).
    mutating func skip(_ count: Int) {
        offset = min(end, offset + count)
    }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < end else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Damaged) -> Int {
        let value = try unsigned()
        return Int(truncatingIfNeeded: value >> 1) ^ -Int(truncatingIfNeeded: value & 1)
    }

    /// A count of things still to read: never more than the bytes left, so damage cannot ask for a huge array.
    mutating func count() throws(Damaged) -> Int {
        let value = try unsigned()
        guard value <= UInt64(end - offset) else { throw Damaged() }
        return Int(value)
    }

    mutating func bool() throws(Damaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func double() throws(Damaged) -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(try byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        defer { offset += length }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[offset..<(offset + length)], as: UTF8.self) }
    }

    /// The shared number of the next string, looked up by its bytes in `numbers` (no string made once seen).
    mutating func number(_ numbers: SharedStrings.LocalNumbers) throws(Damaged) -> UInt32 {
        let length = try count()
        defer { offset += length }
        return bytes.withUnsafeBufferPointer { numbers.number(ofUTF8: UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)])) }
    }

    /// Where the next string's UTF-8 lies in the bytes, stepped over (for `joinedString` and `copy`).
    mutating func stringRange() throws(Damaged) -> Range<Int> {
        let length = try count()
        defer { offset += length }
        return offset..<(offset + length)
    }

    /// The strings at `ranges` (from `stringRange()`) one after another, made in one allocation of exactly their
    /// size: appending them one by one would leave up to twice the room in every article's quotes.
    func joinedString(_ ranges: [Range<Int>]) -> String {
        let total = ranges.reduce(0) { $0 + $1.count }
        return bytes.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: total) { target in
                var at = 0
                for range in ranges {
                    for index in range {
                        target[at] = source[index]
                        at += 1
                    }
                }
                return at
            }
        }
    }

    /// The bytes at `ranges` (from `stringRange()`) appended to `target`, one after another.
    func copy(_ ranges: [Range<Int>], to target: inout [UInt8]) {
        for range in ranges { target.append(contentsOf: bytes[range]) }
    }

    mutating func optionalString() throws(Damaged) -> String? {
        try bool() ? try string() : nil
    }
}
