import Testing
@testable import BilateralCore

/// The replay's scans for a few band keys (`DuplicateReplay`) skip a key the filter rules out: it must never rule out
/// one it holds, and must rule out almost all others.
@Suite struct BandKeyFilterTests {
    @Test func everyHeldKeyPassesAndAlmostNoOtherDoes() {
        // Band keys are mixed hashes; so are these.
        let held = Set((0..<300).map { Mixing.mix(UInt64($0)) })
        let filter = BandKeyFilter(held)
        #expect(held.allSatisfy(filter.mayHold))
        let others = (1_000..<101_000).map { Mixing.mix(UInt64($0)) }.filter { !held.contains($0) }
        // 300 bits of 65,536 set: about 460 of 100,000 pass.
        #expect(others.filter(filter.mayHold).count < others.count / 100)
    }
}
