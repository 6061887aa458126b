import Synchronization

/// Strings of a small vocabulary (actor ids, cue categories, article ids) and lists of them, numbered once per
/// process, so that the many mentions, events and stances of a corpus each hold a 4-byte number
/// rather than a 16-byte string or an array of their own.
enum SharedStrings {
    private struct Table {
        var ids: [String] = []
        var numbers: [String: UInt32] = [:]
        var lists: [[String]] = []
        var listNumbers: [[String]: UInt32] = [:]
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

    /// The number of the list `ids`: events name the same few groups of actors again and again,
    /// and each keeps a number instead of an array of its own.
    static func number(ofList ids: [String]) -> UInt32 {
        table.withLock { table in
            if let number = table.listNumbers[ids] { return number }
            let number = UInt32(table.lists.count)
            table.lists.append(ids)
            table.listNumbers[ids] = number
            return number
        }
    }

    /// The list numbered `number`, shared rather than copied.
    static func list(_ number: UInt32) -> [String] {
        table.withLock { $0.lists[Int(number)] }
    }
}
