import Foundation

/// `bilateral-fuzz [SECONDS] [CORPUS...]`: mutates the corpus files and runs each mutant through the
/// loader and the extractor until the time is up (`FUZZ_SECONDS`, default 60), in one process.
///
/// A crash leaves the input that caused it in `fuzz-crash-input.KIND` (written before each run); an input
/// that takes more than `FUZZ_HANG_SECONDS` (default 20) is saved as `fuzz-hang-input.KIND` and the run
/// fails; a broken property is saved as `fuzz-failure-input.KIND` (KIND: txt, md, html, xml...).
/// Rerun one with `bilateral-fuzz --replay FILE`.
/// `FUZZ_SEED` replays a whole run's choices.
#if !LIBFUZZER
@main
#endif
struct FuzzLoop {
    static func main() {
        let environment = ProcessInfo.processInfo.environment
        var arguments = Array(CommandLine.arguments.dropFirst())
        let output = environment["FUZZ_OUTPUT"] ?? "."
        if arguments.first == "--replay", arguments.count == 2 {
            replay(arguments[1])
        }
        var seconds = Double(environment["FUZZ_SECONDS"] ?? "") ?? 60
        if let first = arguments.first, let given = Double(first) {
            seconds = given
            arguments.removeFirst()
        }
        let seeds = FuzzCorpus.load(arguments.isEmpty ? FuzzCorpus.defaultPaths() : arguments)
        guard !seeds.isEmpty else {
            FileHandle.standardError.write(Data("bilateral-fuzz: no corpus files found\n".utf8))
            exit(2)
        }
        let seed = UInt64(environment["FUZZ_SEED"] ?? "") ?? UInt64(UInt32(truncatingIfNeeded: time(nil)))
        let hangLimit = Double(environment["FUZZ_HANG_SECONDS"] ?? "") ?? 20
        print("bilateral-fuzz: \(seeds.count) corpus inputs, \(Int(seconds)) s, seed \(seed)")
        let target = FuzzTarget.shared
        let watchdog = Watchdog(limit: hangLimit, savingTo: output + "/fuzz-hang-input")
        var mutator = Mutator(seed: seed)
        var pool = seeds
        let crashPath = output + "/fuzz-crash-input"
        let start = Date()
        var runs = 0
        // Every seed as it is first, then mutants of the growing pool until the time is up.
        while Date().timeIntervalSince(start) < seconds {
            let parent = pool[mutator.below(pool.count)]
            let (kind, input) = runs < seeds.count ? seeds[runs]
                : (parent.kind, mutator.mutate(parent.bytes, other: pool[mutator.below(pool.count)].bytes))
            _ = FileManager.default.createFile(atPath: crashPath + "." + kind, contents: Data(input))
            watchdog.arm(input, kind: kind)
            do {
                try target.run(input, kind: kind)
            } catch {
                let path = output + "/fuzz-failure-input." + kind
                _ = FileManager.default.createFile(atPath: path, contents: Data(input))
                print("bilateral-fuzz: FAIL after \(runs) runs: \(error.description); input saved to \(path)")
                exit(1)
            }
            watchdog.disarm()
            runs += 1
            // Keep a few mutants so that mutations build on each other (no coverage feedback here).
            if runs > seeds.count, mutator.below(64) == 0 {
                if pool.count < seeds.count + 256 { pool.append((kind, input)) } else { pool[seeds.count + mutator.below(256)] = (kind, input) }
            }
        }
        for kind in FuzzCorpus.kinds { try? FileManager.default.removeItem(atPath: crashPath + "." + kind) }
        let elapsed = Date().timeIntervalSince(start)
        print("bilateral-fuzz: PASS \(runs) inputs in \(String(format: "%.0f", elapsed)) s (\(String(format: "%.1f", Double(runs) / elapsed))/s), no crash, hang or broken property")
    }

    /// Runs one saved input and reports; exits.
    static func replay(_ path: String) -> Never {
        guard let data = FileManager.default.contents(atPath: path) else {
            print("bilateral-fuzz: cannot read \(path)")
            exit(2)
        }
        do {
            try FuzzTarget.shared.run(Array(data), kind: FuzzCorpus.kind(of: path) ?? "txt")
            print("bilateral-fuzz: \(path) passes")
            exit(0)
        } catch {
            print("bilateral-fuzz: \(path): \(error.description)")
            exit(1)
        }
    }
}

/// Fails the run when one input takes longer than `limit` seconds: quadratic paths show up as hangs.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var deadline: Date?
    private var input: [UInt8] = []
    private var kind = "txt"

    init(limit: Double, savingTo path: String) {
        self.limit = limit
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                lock.lock()
                let expired = deadline.map { Date() > $0 } ?? false
                let stuck = input, saved = path + "." + kind
                lock.unlock()
                if expired {
                    _ = FileManager.default.createFile(atPath: saved, contents: Data(stuck))
                    print("bilateral-fuzz: FAIL: one input took more than \(Int(self.limit)) s; saved to \(saved)")
                    exit(1)
                }
            }
        }
        thread.start()
    }

    private let limit: Double

    func arm(_ input: [UInt8], kind: String) {
        lock.lock()
        deadline = Date().addingTimeInterval(limit)
        self.input = input
        self.kind = kind
        lock.unlock()
    }

    func disarm() {
        lock.lock()
        deadline = nil
        lock.unlock()
    }
}
