/// Why a filter did not parse; `column` is a 0-based Character offset into the source.
public struct FilterError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "column \(column + 1): \(message)" }
}
