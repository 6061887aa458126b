import BilateralCore

/// Something `update` asks the world to do: the run loop hands it to the front end, which
/// does the I/O (clipboard, browser, files) and reports back in one line.
public enum Effect: Sendable, Hashable {
    /// Copy text to the clipboard (OSC 52) and keep it in a file.
    case copy(String)
    /// Open a URL in the user's browser.
    case open(String)
    /// Write the filtered view to `path` in `format`.
    case write(path: String, format: ExportFormat)
    /// Edit the note of article `article` (index into the model), now `text`, in the user's editor.
    case editNote(article: Int, text: String)
}

/// What came back from editing a note in the user's editor.
public enum NoteEditResult: Sendable, Hashable {
    /// The file's text when the editor exited well.
    case text(String)
    /// One line saying why not; the note is unchanged.
    case failed(String)
}
