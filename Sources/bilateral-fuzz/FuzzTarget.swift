import BilateralCore

/// One input through the loader and the extractor, with the properties every input must keep.
///
/// Crashes and hangs are what the fuzzer is after; beyond them, what the loader hands on must be
/// printable (no control character survives into the lines) and no sentence may pass the length cap
/// that keeps extraction linear.
struct FuzzTarget {
    let loader = CorpusLoader()
    let extractor = Extractor()

    /// Why an input broke a property; a crash needs no description.
    struct Violation: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `bytes` as the content of a file named `fuzz.<kind>` (`txt`, `md`, `html`, `xml`...), so that
    /// pages and feeds go through their readers too.
    func run(_ bytes: [UInt8], kind: String = "txt") throws(Violation) {
        let (articles, warnings) = loader.loadArticles(bytes: bytes, path: "fuzz." + kind)
        // One warning per text file; a .txt that is a dump of JSON records (it starts with `{`) warns per record.
        let mayBeRecords = kind == "txt" && bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } == UInt8(ascii: "{")
        if kind == "txt" || kind == "md", !mayBeRecords, warnings.count > 1 { throw Violation(description: "\(warnings.count) warnings for one file") }
        for article in articles {
            for (number, line) in article.lines.enumerated() where line.unicodeScalars.contains(where: isControl) {
                throw Violation(description: "line \(number + 1) keeps a control character")
            }
            // The cap is in bytes of the text read; a sentence across lines has its breaks as spaces.
            if let long = article.sentences.first(where: { $0.text.utf8.count > 1_200 }) {
                throw Violation(description: "a sentence of \(long.text.utf8.count) bytes passed the cap")
            }
        }
        _ = extractor.extract(articles)
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value != 0x09 && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}

/// libFuzzer's entry point, for a build with `-sanitize=fuzzer,address -parse-as-library -DLIBFUZZER` (which does
/// not compile here yet: see the README).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try FuzzTarget.shared.run(bytes)
    } catch {
        fatalError("property broken: \(error.description)")
    }
    return 0
}

extension FuzzTarget {
    /// Made once: the extractor reads its data files when it is made.
    static let shared = FuzzTarget()
}
