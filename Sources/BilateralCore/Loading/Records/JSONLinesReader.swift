import Foundation

/// Reads a JSON Lines file (`.jsonl`, `.ndjson`): one JSON object per line, one article per object.
///
/// Lines are found by scanning the bytes once and each is parsed on its own, so a record of tens of
/// megabytes costs its length and a malformed line costs one warning: the lines after it still load.
/// Blank lines are not records. A record is numbered by its place among the records (from 1).
struct JSONLinesReader: Sendable {
    let columns: RecordColumns

    func read(bytes: [UInt8], path: String) -> ([Article], [LoadWarning]) {
        var collector = RecordCollector(path: path)
        let text: [UInt8]
        switch RecordText.prepared(bytes) {
        case .success(let prepared): text = prepared
        case .failure(let problem): return ([], [LoadWarning(path: path, reason: problem.reason)])
        }
        let wanted = RecordColumns.Field.allCases.map { ($0, columns.names(for: $0)) }
        var seenKeys: Set<String> = []
        var number = 0
        var line = 0
        var start = 0
        while start < text.count {
            let newline = text[start...].firstIndex(of: 0x0A) ?? text.count
            line += 1
            var end = newline
            if end > start, text[end - 1] == 0x0D { end -= 1 }
            defer { start = newline + 1 }
            guard text[start..<end].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            number += 1
            let object: [String: Any]
            switch Self.object(text[start..<end]) {
            case .success(let parsed): object = parsed
            case .failure(let problem):
                collector.warn(number: number, line: line, problem.reason)
                continue
            }
            var byName: [String: Any] = [:]
            for (key, value) in object {
                let name = RecordColumns.normalised(key)
                seenKeys.insert(name)
                if byName[name] == nil { byName[name] = value }
            }
            var values: [RecordColumns.Field: String] = [:]
            for (field, names) in wanted {
                values[field] = names.lazy.compactMap { byName[$0].flatMap(RecordArticle.text(of:)) }.first
            }
            collector.add(RecordArticle(values: values), number: number, line: line)
        }
        if number > 0 {
            for (field, column) in columns.missingOverrides(among: seenKeys) {
                collector.warnFile("no record has the field '\(PrintableText.name(column))' named for \(field.rawValue) by --columns")
            }
        }
        return collector.finished()
    }

    /// The JSON object on one line, or why it is not one.
    static func object(_ line: ArraySlice<UInt8>) -> Result<[String: Any], RecordFileProblem> {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        } catch {
            return .failure(RecordFileProblem("malformed JSON (\(reason(of: error))); skipped"))
        }
        guard let object = parsed as? [String: Any] else { return .failure(RecordFileProblem("not a JSON object; skipped")) }
        return .success(object)
    }

    /// Foundation's short account of a parse error, printable and bounded.
    private static func reason(of error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "cannot be parsed"
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return PrintableText.text(String(line.prefix(100)))
    }
}
