import Foundation

/// Gathers the articles of a file of records and its warnings: each record's id, and one warning per
/// record with a problem naming its number (and line), up to a limit, so a file of bad records is a
/// few lines of warnings and not thousands.
struct RecordCollector {
    /// Warnings kept per file; the rest are counted in one last line.
    static let warningLimit = 10

    let path: String
    let file: String
    var articles: [Article] = []
    private var warnings: [LoadWarning] = []
    private var unreported = 0
    private var usedIDs: Set<String> = []

    init(path: String) {
        self.path = path
        file = CorpusLoader.fileName(of: path)
    }

    /// Adds the record numbered `number` (1-based, data records only) that starts on `line` of the file.
    mutating func add(_ record: RecordArticle, number: Int, line: Int) {
        let id = ArticleID.record(file: file, recordKey(record.values[.id], number: number))
        let (article, problems) = record.article(id: id, path: path)
        if !problems.isEmpty { warn(number: number, line: line, problems.joined(separator: "; ")) }
        if let article { articles.append(article) }
    }

    /// One warning about the record numbered `number`.
    mutating func warn(number: Int, line: Int, _ reason: String) {
        guard warnings.count < Self.warningLimit else {
            unreported += 1
            return
        }
        warnings.append(LoadWarning(path: path, reason: "record \(number) (line \(line)): \(reason)"))
    }

    /// A warning about the file as a whole.
    mutating func warnFile(_ reason: String) {
        warnings.append(LoadWarning(path: path, reason: reason))
    }

    /// The articles and warnings, the count of unreported record problems last.
    func finished() -> ([Article], [LoadWarning]) {
        guard unreported > 0 else { return (articles, warnings) }
        let more = LoadWarning(path: path, reason: "\(unreported) more record\(unreported == 1 ? "" : "s") with problems not listed")
        return (articles, warnings + [more])
    }

    /// The record's own id when it is a usable one not taken in this file, else its number.
    private mutating func recordKey(_ ownID: String?, number: Int) -> String {
        if let ownID = ownID?.trimmingCharacters(in: .whitespaces), Self.isUsable(ownID), usedIDs.insert(ownID).inserted {
            return ownID
        }
        var key = String(number)
        while !usedIDs.insert(key).inserted { key = "r" + key }
        return key
    }

    /// Short, and only letters, digits and `._:-`: an id that reads well in `file#id` and on a command line.
    static func isUsable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || "._:-".unicodeScalars.contains(scalar)
        }
    }
}
