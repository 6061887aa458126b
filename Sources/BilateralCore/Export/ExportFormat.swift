/// The formats `bilateral export` writes that a view can be saved in (the dashboard's `w`),
/// chosen by a file's extension.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case json, csv, markdown

    /// `.csv` is CSV, `.md` or `.markdown` Markdown, anything else JSON.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") {
            self = .csv
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else {
            self = .json
        }
    }
}
