import Foundation

/// A JSON value whose objects keep their key order, so exports read in the contract's order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// `value` as a string, or null when it is nil.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The value as JSON text: compact, or two-space indented with `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        ExportWriter.collecting { write(to: &$0, pretty: pretty, indent: 0) }
    }

    /// Writes the value as `serialized(pretty:)` spells it, at nesting depth `indent`, straight into `out`.
    public func write(to out: inout ExportWriter, pretty: Bool, indent: Int) {
        switch self {
        case .null: out.write("null")
        case .bool(let value): out.write(value ? "true" : "false")
        case .int(let value): out.write(String(value))
        case .number(let value): out.write(JSONValue.format(value))
        case .string(let value): JSONValue.escape(value, to: &out)
        case .array(let items):
            out.write(byte: UInt8(ascii: "["))
            guard !items.isEmpty else { return out.write(byte: UInt8(ascii: "]")) }
            for (index, item) in items.enumerated() {
                if index > 0 { out.write(byte: UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(depth: indent + 1, to: &out) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(depth: indent, to: &out) }
            out.write(byte: UInt8(ascii: "]"))
        case .object(let members):
            out.write(byte: UInt8(ascii: "{"))
            guard !members.isEmpty else { return out.write(byte: UInt8(ascii: "}")) }
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.write(byte: UInt8(ascii: ",")) }
                if pretty { JSONValue.newline(depth: indent + 1, to: &out) }
                JSONValue.escape(key, to: &out)
                out.write(pretty ? ": " : ":")
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { JSONValue.newline(depth: indent, to: &out) }
            out.write(byte: UInt8(ascii: "}"))
        }
    }

    /// A line break and two spaces per level of `depth`, as pretty output puts before each member.
    static func newline(depth: Int, to out: inout ExportWriter) {
        out.write(byte: UInt8(ascii: "\n"))
        for _ in 0..<(2 * depth) { out.write(byte: UInt8(ascii: " ")) }
    }

    /// Whole numbers print with one decimal (`4.0`) so a score always reads as a number with a point.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded() && abs(value) < 1e15 { return String(format: "%.1f", value) }
        return String(value)
    }

    /// `text` as a JSON string, quotes included: escaped byte by byte over its UTF-8, runs of ordinary bytes
    /// copied at once. Quotes, backslashes and controls are escaped, and so are U+2028 and U+2029 (which end a
    /// line in JavaScript), as `\u` with four lower-case hex digits where JSON has no shorter escape.
    public static func escape(_ text: String, to out: inout ExportWriter) {
        out.write(byte: UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let width: Int
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F {
                    width = 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                    width = 3
                } else {
                    index += 1
                    continue
                }
                if run < index { out.write(UnsafeBufferPointer(rebasing: bytes[run..<index])) }
                switch byte {
                case UInt8(ascii: "\""): out.write("\\\"")
                case UInt8(ascii: "\\"): out.write("\\\\")
                case UInt8(ascii: "\n"): out.write("\\n")
                case UInt8(ascii: "\r"): out.write("\\r")
                case UInt8(ascii: "\t"): out.write("\\t")
                case 0xE2: out.write(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                default: writeUnicodeEscape(UInt32(byte), to: &out)
                }
                index += width
                run = index
            }
            if run < bytes.count { out.write(UnsafeBufferPointer(rebasing: bytes[run..<bytes.count])) }
        }
        out.write(byte: UInt8(ascii: "\""))
    }

    /// `\u` and `value` in four lower-case hex digits.
    private static func writeUnicodeEscape(_ value: UInt32, to out: inout ExportWriter) {
        let digits = Array("0123456789abcdef".utf8)
        out.write("\\u")
        for shift in stride(from: 12, through: 0, by: -4) { out.write(byte: digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
