import Foundation

/// What makes stored extraction results valid: the program that made them and the data it read.
///
/// Records made under another version are extracted again when the corpus opens. The program counts by its
/// executable's size and modification time (every rebuild changes them, a copy installed elsewhere keeps
/// them only if `install` preserved them) and by the store's record format; the data by the bytes of the
/// data files the extractor was built from (gazetteer, cue lexicon, era catalogue, the user's overrides).
public enum ExtractorVersion {
    /// The version for an extractor whose data fingerprint is `data`.
    public static func current(data: String) -> String {
        var hash = ContentHash.Accumulator()
        hash.add("format \(ExtractedArticleCodec.format)\n".utf8)
        hash.add(programIdentity.utf8)
        hash.add(data.utf8)
        return hash.hex
    }

    /// A fingerprint of data files' bytes, in the order given.
    public static func fingerprint(of files: [Data]) -> String {
        var hash = ContentHash.Accumulator()
        for file in files {
            hash.add("\(file.count)\n".utf8)
            hash.add(file)
        }
        return hash.hex
    }

    /// The running executable's size and modification time, read once.
    static let programIdentity: String = {
        let candidates = ["/proc/self/exe", CommandLine.arguments.first ?? ""]
        for path in candidates {
            let resolved = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? path
            if let facts = FileFacts.of(resolved) { return "program \(facts.size) \(facts.modified)\n" }
        }
        return "program unknown\n"
    }()
}
