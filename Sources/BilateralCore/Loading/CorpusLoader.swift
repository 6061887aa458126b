import Foundation

/// Reads files and directories into a `Corpus`.
///
/// Every file that can be read as text loads; each one that cannot (binary, empty,
/// unreadable) and each repair made to one that can (invalid UTF-8, control characters)
/// becomes one `LoadWarning` naming the file and the reason.
public struct CorpusLoader: Sendable {
    /// Which columns of CSV and JSON Lines records hold which part of an article.
    public var columns: RecordColumns

    public init(columns: RecordColumns = RecordColumns()) {
        self.columns = columns
    }

    /// Loads every article file under `paths` (recursively, in file-name order: `*.txt`, `*.md`,
    /// web pages and feeds) and every file named directly.
    /// - Throws: `LoadError.pathNotFound` when a path does not exist; nothing is loaded then.
    public func load(paths: [String]) throws(LoadError) -> Corpus {
        let fileManager = FileManager.default
        for path in paths where !fileManager.fileExists(atPath: path) {
            throw .pathNotFound(path)
        }
        var corpus = Corpus()
        for path in paths {
            let listing = ArticleFiles.list(path)
            corpus.warnings += listing.warnings
            // Room for every file up front: grown by appending, the array would keep up to twice the room.
            corpus.articles.reserveCapacity(corpus.articles.count + listing.files.count)
            for file in listing.files {
                let (articles, warnings) = loadArticles(file: file)
                corpus.warnings += warnings
                corpus.articles += articles
            }
        }
        return corpus
    }

    /// Loads the articles of one file from disk: one for a text file or page, one per item of a feed or record of a file of records.
    func loadArticles(file path: String) -> ([Article], [LoadWarning]) {
        switch FileBytes.read(path) {
        case .success(let bytes): return loadArticles(bytes: bytes, path: path)
        case .failure(let problem): return ([], [LoadWarning(path: path, reason: problem.description + "; skipped")])
        }
    }

    /// The articles in the bytes of a file shown to the user as `path`, read as its format says.
    public func loadArticles(bytes: [UInt8], path: String) -> ([Article], [LoadWarning]) {
        switch ArticleFormat.of(path: path, bytes: bytes) {
        case .text:
            let (article, warnings) = load(bytes: bytes, path: path)
            return (article.map { [$0] } ?? [], warnings)
        case .html:
            let (article, warnings) = HTMLArticleReader().read(bytes: bytes, path: path)
            return (article.map { [$0] } ?? [], warnings)
        case .feed:
            return FeedReader().read(bytes: bytes, path: path)
        case .jsonLines:
            return JSONLinesReader(columns: columns).read(bytes: bytes, path: path)
        case .csv:
            return CSVRecordReader(columns: columns).read(bytes: bytes, path: path)
        }
    }

    /// Loads one article file from disk.
    func load(file path: String) -> (Article?, [LoadWarning]) {
        switch FileBytes.read(path) {
        case .success(let bytes): return load(bytes: bytes, path: path)
        case .failure(let problem): return (nil, [LoadWarning(path: path, reason: problem.description + "; skipped")])
        }
    }

    /// Builds the article for the bytes of a file shown to the user as `path`: at most one warning,
    /// naming every problem found.
    public func load(bytes: [UInt8], path: String) -> (Article?, [LoadWarning]) {
        loadText(bytes: bytes, id: Self.fileName(of: path), path: path)
    }

    /// Builds the article `id` from text bytes (a file's, or the main text of a page or feed item).
    func loadText(bytes: [UInt8], id: String, path: String) -> (Article?, [LoadWarning]) {
        let cleaned: TextCleaner.Result
        switch TextCleaner().clean(bytes) {
        case .failure(.binary):
            return (nil, [LoadWarning(path: path, reason: "binary file (contains NUL bytes); skipped")])
        case .failure(.empty):
            return (nil, [LoadWarning(path: path, reason: "empty file; skipped")])
        case .success(let result):
            cleaned = result
        }
        var problems = cleaned.repairs.map { repair in
            switch repair {
            case .invalidUTF8:
                return "invalid UTF-8 (bad bytes replaced with U+FFFD)"
            case .invalidUTF16:
                return "invalid UTF-16 (bad code units replaced with U+FFFD)"
            case .controlCharacters(let count):
                return "\(count) control character\(count == 1 ? "" : "s") or escape sequence\(count == 1 ? "" : "s") removed"
            }
        }
        let (article, parseProblems) = ArticleParser().parse(
            id: id, path: path, lines: cleaned.lines, text: cleaned.text, lineStarts: cleaned.lineStarts
        )
        problems += parseProblems
        // One line per file, naming every problem: three lines about one file read as three files.
        let warnings = problems.isEmpty ? [] : [LoadWarning(path: path, reason: problems.joined(separator: "; "))]
        return (article, warnings)
    }

    /// The last component of `path`, as `NSString.lastPathComponent` gives it.
    static func fileName(of path: String) -> String {
        // The listing's paths end in a file name: cut after the last slash on bytes, which costs far
        // less than Foundation's path handling. Anything else (a trailing slash, no name) goes to Foundation.
        guard let last = path.utf8.last, last != UInt8(ascii: "/") else { return (path as NSString).lastPathComponent }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }
}
