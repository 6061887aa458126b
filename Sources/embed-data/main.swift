import Foundation

// Build tool of the EmbedData plugin: `embed-data OUTPUT.swift INPUT.json...` writes one Swift file holding
// each input's exact text as a string literal, keyed by file name. Exits non-zero, naming the file, when an
// input cannot be read or is not UTF-8, so a broken data file stops the build instead of shipping nothing.

/// `text` as the body of a one-line Swift string literal: every scalar kept, quotes, backslashes and control
/// characters escaped, so the literal's value is byte for byte the file.
func literalBody(_ text: String) -> String {
    var body = ""
    body.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": body += "\\\\"
        case "\"": body += "\\\""
        case "\n": body += "\\n"
        case "\r": body += "\\r"
        case "\t": body += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            body += "\\u{\(String(scalar.value, radix: 16))}"
        default: body.unicodeScalars.append(scalar)
        }
    }
    return body
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-data: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else { fail("usage: embed-data OUTPUT.swift INPUT.json...") }
var entries: [String] = []
for inputPath in arguments.dropFirst() {
    let url = URL(fileURLWithPath: inputPath)
    guard let bytes = FileManager.default.contents(atPath: inputPath) else { fail("\(inputPath): cannot be read") }
    guard let text = String(bytes: bytes, encoding: .utf8) else { fail("\(inputPath): not UTF-8") }
    entries.append("        \"\(literalBody(url.lastPathComponent))\": \"\(literalBody(text))\",")
}
let source = """
// Generated at build time by the EmbedData plugin from Sources/BilateralCore/Resources/*.json. Do not edit:
// edit the JSON files, and the next build regenerates this.

/// The built-in data files' text by file name ("actors.json").
enum EmbeddedDataFiles {
    static let texts: [String: String] = [
\(entries.isEmpty ? "        :" : entries.joined(separator: "\n"))
    ]
}

"""
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    fail("\(outputPath): \(error.localizedDescription)")
}
