import Foundation
import Testing
@testable import BilateralCore

@Suite struct ChangePointsTests {
    /// Deterministic noise: a linear congruential generator, summed to about a normal spread.
    struct Noise {
        var state: UInt64
        mutating func next(spread: Double) -> Double {
            var total = 0.0
            for _ in 0..<4 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                total += Double(state >> 11) / Double(1 << 53) - 0.5
            }
            return total * spread
        }
    }

    @Test(arguments: [12, 20, 31])
    func aStepChangeIsFoundWithinOneMonth(at step: Int) {
        var noise = Noise(state: UInt64(step))
        let values = (0..<48).map { ($0 < step ? 4.0 : -5.0) + noise.next(spread: 1.5) }
        let pieces = ChangePoints().segments(values)
        #expect(pieces.count == 2, "\(pieces)")
        #expect(abs((pieces.last?.lowerBound ?? 0) - step) <= 1, "\(pieces)")
    }

    @Test func aFlatSeriesIsOneEra() {
        #expect(ChangePoints().segments([Double](repeating: 2.5, count: 40)) == [0..<40])
    }

    @Test(arguments: [UInt64(1), 7, 42, 1_000])
    func noiseDoesNotMakeSixEras(seed: UInt64) {
        var noise = Noise(state: seed)
        let values = (0..<72).map { _ in noise.next(spread: 6) }
        let pieces = ChangePoints().segments(values)
        #expect(pieces.count <= 2, "\(pieces)")
    }

    @Test func manyStepsStopAtSixEras() {
        let values = (0..<80).map { Double(($0 / 8) % 2 == 0 ? 6 : -6) }
        let pieces = ChangePoints().segments(values)
        #expect(pieces.count == 6)
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == 80)
    }

    @Test func piecesKeepTheMinimumLength() {
        let values: [Double] = [5, 5, 5, 5, 5, 5, -8, 5, 5, 5, 5, 5]
        let pieces = ChangePoints(minLength: 3).segments(values)
        #expect(pieces.allSatisfy { $0.count >= 3 })
    }

    @Test func tooShortASeriesIsNotCut() {
        #expect(ChangePoints().segments([3, -3]) == [0..<2])
        #expect(ChangePoints().segments([]) == [])
    }
}
