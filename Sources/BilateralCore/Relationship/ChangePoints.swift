import Foundation

/// Binary segmentation of a series on its mean: the series is cut where a cut lowers the sum of
/// squared deviations from the segments' means the most, again and again, while the gain beats a
/// penalty, each piece keeps a minimum length and there are at most `maxSegments` pieces.
///
/// The penalty is BIC-like, `2 σ² ln n`, with σ estimated robustly from the differences between
/// neighbours (their median absolute deviation), so a level shift does not inflate it; a floor of a
/// tenth of the series' variance keeps a few repeated values from making every wiggle a cut.
public struct ChangePoints: Sendable {
    public var minLength: Int
    public var maxSegments: Int
    /// Multiplies the penalty: above 1 fewer cuts, below 1 more.
    public var penaltyScale: Double

    public init(minLength: Int = 2, maxSegments: Int = 6, penaltyScale: Double = 1) {
        self.minLength = max(1, minLength)
        self.maxSegments = max(1, maxSegments)
        self.penaltyScale = penaltyScale
    }

    /// The pieces of `values`, in order, covering it all; one piece for a series too short or too even to cut.
    public func segments(_ values: [Double]) -> [Range<Int>] {
        guard !values.isEmpty else { return [] }
        let sums = Prefix(values)
        let penalty = Self.penalty(values) * penaltyScale
        var pieces = [0..<values.count]
        while pieces.count < maxSegments {
            var best: (piece: Int, cut: Int, gain: Double)?
            for (number, piece) in pieces.enumerated() {
                guard let cut = bestCut(piece, sums: sums), cut.gain > (best?.gain ?? 0) else { continue }
                best = (number, cut.at, cut.gain)
            }
            // A gain of rounding error is no cut: a flat series has penalty 0.
            guard let best, best.gain > max(penalty, 1e-9) else { break }
            let piece = pieces[best.piece]
            pieces.replaceSubrange(best.piece...best.piece, with: [piece.lowerBound..<best.cut, best.cut..<piece.upperBound])
        }
        return pieces
    }

    /// The cut of `piece` that lowers its cost the most, with both sides at least `minLength` long.
    private func bestCut(_ piece: Range<Int>, sums: Prefix) -> (at: Int, gain: Double)? {
        guard piece.count >= 2 * minLength else { return nil }
        let whole = sums.cost(piece)
        var best: (at: Int, gain: Double)?
        for cut in (piece.lowerBound + minLength)...(piece.upperBound - minLength) {
            let gain = whole - sums.cost(piece.lowerBound..<cut) - sums.cost(cut..<piece.upperBound)
            if gain > (best?.gain ?? -1) { best = (cut, gain) }
        }
        return best
    }

    /// `2 σ² ln n`, σ from the neighbours' differences, at least a tenth of the variance.
    static func penalty(_ values: [Double]) -> Double {
        let count = Double(values.count)
        guard values.count > 2 else { return .infinity }
        let differences = zip(values.dropFirst(), values).map { abs($0 - $1) }.sorted()
        let median = differences[differences.count / 2]
        let robust = median / (0.6745 * 2.0.squareRoot())
        let mean = values.reduce(0, +) / count
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count
        let sigmaSquared = max(robust * robust, variance / 10)
        return 2 * sigmaSquared * log(count)
    }

    /// Running sums, so any piece's cost is two subtractions.
    private struct Prefix {
        var sum: [Double] = [0]
        var squares: [Double] = [0]

        init(_ values: [Double]) {
            for value in values {
                sum.append((sum.last ?? 0) + value)
                squares.append((squares.last ?? 0) + value * value)
            }
        }

        /// Sum of squared deviations from the piece's mean.
        func cost(_ piece: Range<Int>) -> Double {
            guard !piece.isEmpty else { return 0 }
            let total = sum[piece.upperBound] - sum[piece.lowerBound]
            let squared = squares[piece.upperBound] - squares[piece.lowerBound]
            return max(0, squared - total * total / Double(piece.count))
        }
    }
}
