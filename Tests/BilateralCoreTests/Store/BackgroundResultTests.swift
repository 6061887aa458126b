import Foundation
import Testing
@testable import BilateralCore

/// A background result lets go of what its work captured before it reports the work done, so that a store
/// the work wrote through is closed by the time the caller goes on (its last checkpoint cannot land later).
@Suite struct BackgroundResultTests {
    private final class Held: Sendable {}

    @Test func theWorkIsReleasedBeforeItsValueIsHanded() {
        for _ in 0..<50 {
            weak var watched: Held?
            let result: BackgroundResult<Int> = {
                let held = Held()
                watched = held
                return BackgroundResult { withExtendedLifetime(held) { 7 } }
            }()
            #expect(result.value() == 7)
            #expect(watched == nil)
        }
    }

    @Test func takingTheValueLeavesNothingBehind() {
        let result = BackgroundResult { [1, 2, 3] }
        #expect(result.take() == [1, 2, 3])
        #expect(result.value() == nil)
    }
}
