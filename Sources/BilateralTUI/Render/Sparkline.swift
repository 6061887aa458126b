/// A row of block characters, one per value.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", "_", ".", "-", "-", "=", "#", "#"]

    /// One character per value; the largest magnitude gets the tallest block, zero the lowest.
    static func text(_ values: [Double], ascii: Bool) -> [Character] {
        let levels = ascii ? asciiLevels : blocks
        let largest = values.map(abs).max() ?? 0
        guard largest > 0 else { return values.map { _ in levels[0] } }
        return values.map { value in
            let level = Int((abs(value) / largest * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, level))]
        }
    }

    /// One character per mean score on the fixed Goldstein scale, -10 the lowest block and +10 the
    /// tallest (0 in the middle), so that eras and pairs compare; a period without stances is `·`.
    static func scaled(_ values: [Double?], ascii: Bool) -> [Character] {
        let levels = ascii ? asciiLevels : blocks
        return values.map { value in
            guard let value else { return ascii ? " " : "·" }
            let level = Int(((min(10, max(-10, value)) + 10) / 20 * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, level))]
        }
    }
}
