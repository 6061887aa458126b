import Synchronization

/// Strings of a small vocabulary (actor ids, cue categories) numbered once per process, so that
/// the many mentions and stances of a corpus each hold a 4-byte number rather than a 16-byte string.
enum SharedStrings {
    private struct Table {
        var ids: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private static let table = Mutex(Table())

    /// The number of `id`, given it the first time it is seen.
    static func number(of id: String) -> UInt32 {
        table.withLock { table in
            if let number = table.numbers[id] { return number }
            let number = UInt32(table.ids.count)
            table.ids.append(id)
            table.numbers[id] = number
            return number
        }
    }

    /// The string numbered `number`.
    static func string(_ number: UInt32) -> String {
        table.withLock { $0.ids[Int(number)] }
    }
}
