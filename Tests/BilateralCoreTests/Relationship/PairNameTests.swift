import Testing
@testable import BilateralCore

@Suite struct PairNameTests {
    static let names = PairName(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer(entries: []))

    @Test(arguments: [
        ("IND-CHN", ["IND", "CHN"]), ("india-china", ["IND", "CHN"]), ("CHN-IND", ["CHN", "IND"]),
        ("united-states-china", ["USA", "CHN"]), ("Russia-Japan", ["RUS", "JPN"]), ("rus-nato", ["RUS", "NATO"]),
        ("vladimir-putin-JPN", ["RUS", "JPN"]),
    ])
    func idsAndNamesAreRead(_ text: String, _ expected: [String]) throws {
        #expect(try Self.names.resolve(text) == expected)
    }

    @Test func anUnknownActorIsNamedWithTheClosestIds() {
        do {
            _ = try Self.names.resolve("Indai-CHN")
            Issue.record("no error")
        } catch {
            #expect(error.part == "Indai")
            #expect(error.closest.first == "IND")
            #expect(error.description.hasPrefix("--pair Indai-CHN: 'Indai' is no known actor (closest: IND"))
        }
    }

    @Test func oneActorOrTheSameTwiceIsNoPair() {
        #expect(throws: PairNameError.self) { try Self.names.resolve("JPN") }
        #expect(throws: PairNameError.self) { try Self.names.resolve("japan-JPN") }
    }
}
