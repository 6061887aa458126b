/// The ids of articles that are one record of a file holding many (feed items, JSONL and CSV
/// records): `file#record`, where `record` is the record's number (1-based) or its own id.
public enum ArticleID {
    /// `file#record`, e.g. `news.xml#3`.
    public static func record(file: String, _ record: String) -> String {
        file + "#" + record
    }

    /// `file#number`, the record's 1-based position in its file.
    public static func record(file: String, number: Int) -> String {
        record(file: file, String(number))
    }
}
