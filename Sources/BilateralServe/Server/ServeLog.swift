#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's log: one line per event on stderr, written whole so lines from threads never interleave.
///
/// Strings a client chose (its TERM, a subsystem name) go in through `quoted`, and every line is made
/// printable before it is written: a client with no key must not put escape sequences on the operator's
/// terminal or forge a second line such as `session end`.
public enum ServeLog {
    /// The most characters of one client-supplied string that reach the log.
    static let quotedLimit = 64

    public static func line(_ text: String) {
        let bytes = Array("bilateral serve: \(printable(text))\n".utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(2, base + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// A client-supplied string for the log: printable, at most `quotedLimit` characters, in quotes when it
    /// holds a space or a quote (so it cannot pass for more fields).
    static func quoted(_ text: String) -> String {
        var shown = printable(String(text.prefix(quotedLimit)))
        if text.count > quotedLimit { shown += "…" }
        return shown.contains(where: { $0 == " " || $0 == "\"" }) || shown.isEmpty
            ? "\"" + shown.replacingQuotes() + "\"" : shown
    }

    /// Control characters (C0, DEL, C1, direction overrides) written as visible escapes: `\e`, `\n`, `\x07`.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{1B}": result += "\\e"
            case _ where isControl(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}

private extension String {
    func replacingQuotes() -> String {
        var result = ""
        for character in self { result += character == "\"" ? "\\\"" : String(character) }
        return result
    }
}
