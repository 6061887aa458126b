/// How much of a split one part takes.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (less only when the area is too small).
    case length(Int)
    /// This percentage of the whole extent.
    case percentage(Int)
    /// At least this many cells, growing like `fill(1)` with what is left.
    case min(Int)
    /// A share of what is left after the fixed parts, by weight.
    case fill(Int)
}

/// Splits a rectangle into rows or columns by constraints, as panes are laid out.
public struct Layout: Sendable, Hashable {
    public enum Direction: Sendable, Hashable { case horizontal, vertical }

    public var direction: Direction
    public var constraints: [Constraint]

    public init(_ direction: Direction, _ constraints: [Constraint]) {
        self.direction = direction
        self.constraints = constraints
    }

    /// Columns side by side.
    public static func horizontal(_ constraints: [Constraint]) -> Layout { Layout(.horizontal, constraints) }
    /// Rows one above the other.
    public static func vertical(_ constraints: [Constraint]) -> Layout { Layout(.vertical, constraints) }

    /// One rectangle per constraint, in order, covering `area` without overlap.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        let sizes = Layout.sizes(constraints, total: total)
        var rects: [Rect] = []
        var position = 0
        for size in sizes {
            switch direction {
            case .horizontal:
                rects.append(Rect(x: area.x + position, y: area.y, width: size, height: area.height))
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + position, width: area.width, height: size))
            }
            position += size
        }
        return rects
    }

    /// The extent of each part; fixed parts first, the rest shared by weight, shrinking from the end.
    static func sizes(_ constraints: [Constraint], total: Int) -> [Int] {
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n): return max(0, n)
            case .percentage(let p): return max(0, total * p / 100)
            case .min(let n): return max(0, n)
            case .fill: return 0
            }
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): return max(0, weight)
            case .min: return 1
            default: return 0
            }
        }
        var left = total - sizes.reduce(0, +)
        let weightSum = weights.reduce(0, +)
        if left > 0, weightSum > 0 {
            var given = 0
            let lastFlexible = weights.lastIndex { $0 > 0 } ?? 0
            for index in sizes.indices where weights[index] > 0 {
                let share = index == lastFlexible ? left - given : left * weights[index] / weightSum
                sizes[index] += share
                given += share
            }
            left = 0
        } else if left > 0, let last = sizes.indices.last {
            sizes[last] += left
            left = 0
        }
        var index = sizes.count - 1
        while left < 0, index >= 0 {
            let take = min(sizes[index], -left)
            sizes[index] -= take
            left += take
            index -= 1
        }
        return sizes
    }
}
