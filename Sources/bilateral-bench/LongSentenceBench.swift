import BilateralCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// 20 MB of prose naming actors with no sentence end (a newline every 20 words, which ends nothing),
/// loaded and extracted, beside the same words with a full stop every 20 words.
///
/// Keeps issue 16's long-sentence fault fixed where speed belongs: such text once took time quadratic
/// in its length (400 KB 10 s, 20 MB never). Overlong "sentences" are now cut at 1,200 bytes, so the
/// text with no end should cost about what the same text with ends costs.
enum LongSentenceBench {
    /// 20 MB unless BILATERAL_BENCH_LONG_BYTES says otherwise (for a quick look).
    static var byteCount: Int {
        ProcessInfo.processInfo.environment["BILATERAL_BENCH_LONG_BYTES"].flatMap(Int.init) ?? 20_000_000
    }

    static let secondsTarget = 10.0
    static let ratioTarget = 1.5

    static func run() throws {
        let baseline = ResourceUsage.peakResidentBytes()
        let endless = try measure(prose(bytes: byteCount, fullStops: false), path: "endless.txt")
        let peak = ResourceUsage.peakResidentBytes()
        let ended = try measure(prose(bytes: byteCount, fullStops: true), path: "ended.txt")
        let size = ResourceUsage.megabytes(byteCount)
        print(String(format: "with sentence ends: %.2f s CPU, %d stances", ended.cpu, ended.stances))
        let ratio = endless.cpu / max(ended.cpu, 0.001)
        print(String(format: "no sentence end, %@: %.2f s CPU, %.2f s wall, %d stances  (target ≤ %g s)  %@",
                     size, endless.cpu, endless.wall, endless.stances, secondsTarget,
                     endless.cpu <= secondsTarget ? "PASS" : "MISS"))
        print(String(format: "no sentence end ÷ with ends: %.2f×  (target ≤ %g×)  %@",
                     ratio, ratioTarget, ratio <= ratioTarget ? "PASS" : "MISS"))
        print("peak RSS after the text with no end: \(ResourceUsage.megabytes(peak)) (before: \(ResourceUsage.megabytes(baseline)))")
    }

    /// Load and extract one article; CPU time of the whole process, since extraction may use several threads.
    private static func measure(_ text: [UInt8], path: String) throws -> (cpu: Double, wall: Double, stances: Int) {
        var stances = 0
        var cpu = 0.0
        let wall = try ResourceUsage.time {
            cpu = try ResourceUsage.processCPUTime {
                let (article, _) = CorpusLoader().load(bytes: text, path: path)
                guard let article else { throw BenchError("the generated text did not load") }
                stances = Extractor().analyse(Corpus(articles: [article])).stances.count
            }
        }
        return (cpu, wall, stances)
    }

    /// Plain sentences of filler with an actor or a cue among them every few words, cycled deterministically.
    static func prose(bytes: Int, fullStops: Bool) -> [UInt8] {
        let filler = ("officials from the ministry met for several hours on the question of fishing rights and "
            + "the future of the disputed waters while reporters waited outside the building for a statement").split(separator: " ")
        let named = ["Russia", "Japan", "China", "Moscow", "Tokyo", "India", "Beijing"]
        let cues = ["condemned", "praised", "warned", "criticised", "supported", "sanctioned"]
        var text: [UInt8] = []
        text.reserveCapacity(bytes + 64)
        var count = 0
        while text.count < bytes {
            let word: Substring = count % 13 == 5 ? Substring(named[(count / 13) % named.count])
                : count % 17 == 9 ? Substring(cues[(count / 17) % cues.count]) : filler[count % filler.count]
            text.append(contentsOf: word.utf8)
            count += 1
            if count % 20 == 0 {
                if fullStops { text.append(UInt8(ascii: ".")) }
                text.append(UInt8(ascii: "\n"))
            } else {
                text.append(UInt8(ascii: " "))
            }
        }
        return text
    }
}
