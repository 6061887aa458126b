/// The largest terminal a client may ask for. A window-change to 5000×5000 drove a dashboard to 2.7 GB,
/// 65535×65535 crashed it inside ncurses; no real terminal is wider than 1000 columns or taller than 500 rows.
public enum TerminalLimits {
    public static let maxColumns = 1000
    public static let maxRows = 500

    /// `columns` × `rows` within the limits; zero stays zero (a client without a terminal says 0×0).
    public static func clamped(_ columns: Int, _ rows: Int) -> (columns: Int, rows: Int) {
        (min(max(columns, 0), maxColumns), min(max(rows, 0), maxRows))
    }
}
