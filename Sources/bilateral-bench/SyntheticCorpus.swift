import Foundation

/// A deterministic corpus for benchmarks: seed paragraphs recombined into new articles with shifted dates.
struct SyntheticCorpus {
    var articleCount: Int
    var paragraphs: [String]

    /// Reads the paragraphs of every `*.txt`/`*.md` file in `seedsDirectory`.
    init(articleCount: Int, seedsDirectory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .sorted()
        var paragraphs: [String] = []
        for name in names {
            let text = try String(contentsOfFile: seedsDirectory + "/" + name, encoding: .utf8)
            paragraphs += text.components(separatedBy: "\n\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { $0.count > 40 }
        }
        self.articleCount = articleCount
        self.paragraphs = paragraphs
    }

    /// Writes the articles into `directory`; returns the paths and the total bytes written.
    func write(into directory: URL) throws -> (paths: [String], bytes: Int) {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SplitMix(seed: 2016)
        var paths: [String] = []
        var bytes = 0
        for index in 0..<articleCount {
            let text = article(index, using: &generator)
            let url = directory.appendingPathComponent(String(format: "%05d_synthetic.txt", index))
            let data = Data(text.utf8)
            guard FileManager.default.createFile(atPath: url.path, contents: data) else {
                throw BenchError("cannot write \(url.path)")
            }
            paths.append(url.path)
            bytes += data.count
        }
        return (paths, bytes)
    }

    private func article(_ index: Int, using generator: inout SplitMix) -> String {
        let shift = Int(generator.next() % 9) - 4
        let year = 2016 + Int(generator.next() % 8)
        let month = 1 + Int(generator.next() % 12)
        let day = 1 + Int(generator.next() % 28)
        // Every third article has front matter, every third a dateline, the rest no date at all.
        var text: String
        switch index % 3 {
        case 0: text = String(format: "---\ntitle: Synthetic article %d\ndate: %04d-%02d-%02d\n---\n\n", index, year, month, day)
        case 1: text = "\(Self.monthNames[month - 1]) \(day), \(year)\n\n"
        default: text = "Synthetic article \(index)\n\n"
        }
        let count = 4 + Int(generator.next() % 5)
        for _ in 0..<count {
            let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
            text += Self.shiftingYears(in: paragraph, by: shift) + "\n\n"
        }
        return text
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Moves every four-digit year between 1990 and 2030 by `shift` years.
    static func shiftingYears(in text: String, by shift: Int) -> String {
        guard shift != 0 else { return text }
        var out = ""
        var digits = ""
        func flush() {
            if digits.count == 4, let year = Int(digits), (1990...2030).contains(year) {
                out += String(year + shift)
            } else {
                out += digits
            }
            digits = ""
        }
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}

/// A small deterministic random generator (SplitMix64), so every run writes the same corpus.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
