import Foundation

// `bilateral-bench [MODE...]`: runs the named modes, or every registered mode (`all`, the default).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(BenchRegistry.usage)
    exit(0)
}
let requested = arguments.isEmpty || arguments == ["all"] ? BenchRegistry.modes.map(\.name) : arguments
var status: Int32 = 0
for name in requested {
    guard let mode = BenchRegistry.mode(named: name) else {
        FileHandle.standardError.write(Data("bilateral-bench: unknown mode \(name)\n\(BenchRegistry.usage)\n".utf8))
        exit(64)
    }
    print("== \(mode.name): \(mode.summary)")
    do {
        try mode.run()
    } catch {
        FileHandle.standardError.write(Data("bilateral-bench: \(mode.name): \(error)\n".utf8))
        status = 1
    }
}
exit(status)
