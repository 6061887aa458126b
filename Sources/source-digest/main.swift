import Foundation

// Build tool of the ExtractionSourceDigest plugin: `source-digest OUTPUT.swift BASE INPUT...` writes one Swift
// file holding a digest of the inputs: each one's path below BASE and its bytes, in the order given. The paths
// are relative so that two checkouts of the same code agree; nothing about the build (time, machine, compiler
// flags) enters it, so rebuilding the same sources gives the same digest.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("source-digest: \(message)\n".utf8))
    exit(1)
}

/// Two independent 64-bit FNV-1a lanes, each finished by a SplitMix64 mix: 128 bits, enough that two different
/// sets of sources never meet by chance (nothing here is adversarial).
struct Digest {
    private var lanes: (UInt64, UInt64) = (0xCBF2_9CE4_8422_2325, 0x8422_2325_CBF2_9CE4)

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            lanes.0 = (lanes.0 ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            lanes.1 = (lanes.1 ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
    }

    var hex: String {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return [mix(lanes.0), mix(lanes.1 ^ lanes.0)].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: source-digest OUTPUT.swift BASE INPUT...") }
let outputPath = arguments[0]
let base = arguments[1].hasSuffix("/") ? arguments[1] : arguments[1] + "/"
var digest = Digest()
let inputs = arguments.dropFirst(2)
for inputPath in inputs {
    guard let bytes = FileManager.default.contents(atPath: inputPath) else { fail("\(inputPath): cannot be read") }
    let name = inputPath.hasPrefix(base) ? String(inputPath.dropFirst(base.count)) : inputPath
    // Lengths first, so no two different lists of (name, bytes) run together into the same stream.
    digest.add("\(name.utf8.count) \(name) \(bytes.count)\n".utf8)
    digest.add(bytes)
}
let source = """
// Generated at build time by the ExtractionSourceDigest plugin from the extraction sources of BilateralCore
// (see Plugins/ExtractionSourceDigest). Do not edit: the next build regenerates it when one of them changes.

/// The code half of the extractor version.
enum ExtractionSources {
    /// A digest of the \(inputs.count) source files that decide what the store keeps.
    static let digest = "\(digest.hex)"
}

"""
// Unchanged text is left alone, so the core is not compiled again for nothing.
if FileManager.default.contents(atPath: outputPath) == Data(source.utf8) { exit(0) }
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    fail("\(outputPath): \(error.localizedDescription)")
}
