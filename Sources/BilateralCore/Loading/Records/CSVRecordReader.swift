import CSV
import Foundation

/// Reads a CSV file (`.csv`; `.tsv` with tabs) with a header row: one article per data row.
///
/// Rows are parsed by CSV.swift (RFC 4180: quoted commas, quotes and line breaks; CRLF or LF), one at
/// a time. A row whose field count is not the header's is malformed: one warning naming its number
/// and line, and the rows after it still load. A quote never closed would swallow the rest of the
/// file into one field, which the parser accepts silently; that is caught here and the rows after
/// the broken one's first line are read again.
struct CSVRecordReader: Sendable {
    let columns: RecordColumns

    /// How many times one file is read again after a quote never closed, before the rest is given up.
    static let recoveryLimit = 8

    func read(bytes: [UInt8], path: String) -> ([Article], [LoadWarning]) {
        var collector = RecordCollector(path: path)
        let prepared: [UInt8]
        switch RecordText.prepared(bytes) {
        case .success(let text): prepared = text
        case .failure(let problem): return ([], [LoadWarning(path: path, reason: problem.reason)])
        }
        let text = String(decoding: prepared, as: UTF8.self)
        let delimiter = Self.delimiter(path: path, text: text)
        let header: [String]
        let headerLines: Int
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter)
            header = reader.headerRow ?? []
            headerLines = 1 + header.reduce(0) { $0 + Self.lineBreaks(in: $1) }
        } catch {
            return ([], [LoadWarning(path: path, reason: "no header row; skipped")])
        }
        // `bilateral export --format csv` (or `w` to a .csv) saved among the articles: its rows are not articles.
        if header == CSVExporter.header {
            return ([], [LoadWarning(path: path, reason: "a bilateral CSV export, not articles; skipped")])
        }
        let indices = columns.indices(in: header)
        for (field, column) in columns.missingOverrides(among: Set(header.map(RecordColumns.normalised))) {
            collector.warnFile("no column '\(PrintableText.name(column))' named for \(field.rawValue) by --columns")
        }
        guard indices[.text] != nil || indices[.title] != nil || indices[.summary] != nil else {
            let names = header.map { PrintableText.text($0) }.joined(separator: ", ")
            collector.warnFile("no text or title column (columns: \(names.prefix(200))); skipped; name them with --columns")
            return collector.finished()
        }
        var body = Substring(text)
        var firstLine = 1
        var skipHeader = true
        var number = 0
        var recoveries = 0
        while true {
            let outcome = readRows(
                body, delimiter: delimiter, skipHeader: skipHeader, header: header, indices: indices, firstLine: firstLine + (skipHeader ? headerLines : 0),
                number: &number, collector: &collector)
            guard let brokenLine = outcome else { break }
            recoveries += 1
            guard recoveries <= Self.recoveryLimit else {
                collector.warnFile("more than \(Self.recoveryLimit) quotes never closed; the rest of the file from line \(brokenLine + 1) is not read")
                break
            }
            // Read again from the line after the broken row's first one.
            guard let rest = Self.text(of: text, fromLine: brokenLine + 1) else { break }
            body = rest
            firstLine = brokenLine + 1
            skipHeader = false
        }
        return collector.finished()
    }

    /// Reads the rows of `text` into the collector. Returns the first line of a last row whose quote
    /// is never closed (that row is reported and not kept), or nil when the text was read to its end.
    private func readRows(
        _ text: Substring, delimiter: UnicodeScalar, skipHeader: Bool, header: [String], indices: [RecordColumns.Field: Int],
        firstLine: Int, number: inout Int, collector: inout RecordCollector
    ) -> Int? {
        guard let reader = try? CSVReader(string: String(text), hasHeaderRow: skipHeader, delimiter: delimiter) else { return nil }
        var line = firstLine
        var pending = reader.next()
        while let row = pending {
            pending = reader.next()
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            // A blank line is no record.
            if row.count == 1, row[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            number += 1
            if pending == nil, Self.endsInsideQuotes(Self.lastRecord(of: text, lines: line - rowLine), delimiter: delimiter) {
                collector.warn(number: number, line: rowLine, "a quoted field is never closed; skipped, and the lines after this one read again")
                return rowLine
            }
            guard row.count == header.count else {
                collector.warn(number: number, line: rowLine, "\(row.count) field\(row.count == 1 ? "" : "s") where the header has \(header.count); skipped")
                continue
            }
            var values: [RecordColumns.Field: String] = [:]
            for (field, index) in indices { values[field] = row[index] }
            collector.add(RecordArticle(values: values), number: number, line: rowLine)
        }
        return nil
    }

    /// Tab for `.tsv` names; for others a comma, or a semicolon when the header line has semicolons and
    /// no comma (as spreadsheets write CSV where the comma is the decimal sign).
    static func delimiter(path: String, text: String) -> UnicodeScalar {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tsv.gz") { return "\t" }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        if !firstLine.contains(","), firstLine.contains(";") { return ";" }
        return ","
    }

    /// Line breaks in a field (CRLF is one).
    static func lineBreaks(in field: String) -> Int {
        field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) }
    }

    /// The last `lines` lines of `text` (a line break at the very end ends the last line).
    static func lastRecord(of text: Substring, lines: Int) -> Substring {
        var end = text.endIndex
        var seen = 0
        var index = text.endIndex
        // A final line break closes the last line rather than starting an empty one.
        if index > text.startIndex, text[text.index(before: index)].isNewline { index = text.index(before: index) }
        end = index
        while index > text.startIndex {
            let before = text.index(before: index)
            if text[before].isNewline {
                seen += 1
                if seen == lines { break }
            }
            index = before
        }
        return text[index..<end]
    }

    /// True when `record` ends inside a quoted field, read as CSV.swift reads quotes: a quote opening a
    /// field is closed only by a quote followed by the delimiter, a line break or the end (`""` is an
    /// escaped quote, and a quote followed by anything else leaves the field open).
    static func endsInsideQuotes(_ record: Substring, delimiter: UnicodeScalar) -> Bool {
        var quoted = false
        var atFieldStart = true
        var scalars = record.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if quoted {
                guard scalar == "\"" else { continue }
                let next = scalars.next()
                if next == nil || next == delimiter || next == "\n" || next == "\r" {
                    quoted = false
                    atFieldStart = next != nil
                }
            } else if atFieldStart, scalar == "\"" {
                quoted = true
            } else {
                atFieldStart = scalar == delimiter || scalar == "\n" || scalar == "\r"
            }
        }
        return quoted
    }

    /// `text` from its 1-based line `number` on, or nil past its end.
    static func text(of text: String, fromLine number: Int) -> Substring? {
        var line = 1
        var index = text.startIndex
        while line < number {
            guard let newline = text[index...].firstIndex(where: \.isNewline) else { return nil }
            index = text.index(after: newline)
            line += 1
        }
        return index < text.endIndex ? text[index...] : nil
    }
}
