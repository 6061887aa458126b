import Testing
@testable import BilateralCore

/// A hostile reaction aimed at the clause that caused it, and measures a speaker announces in the passive.
@Suite struct CauseClauseTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aReactionWithNoObjectIsAimedAtTheActorOpeningTheClauseAfterIt() {
        #expect(stances("Greece protested as Turkish jets flew over its islands.") == ["GRC>TUR-"])
        #expect(stances("Vietnam complained bitterly after Chinese ships entered its waters.") == ["VNM>CHN-"])
        #expect(stances("Greece protests as Turkey sends a survey ship.") == ["GRC>TUR-"])
    }

    @Test func aReactionWithItsOwnObjectOrACooperativeVerbIgnoresTheClause() {
        #expect(stances("Greece criticised the plan as Turkey prepared its reply.") == [])
        #expect(stances("Greece agreed as Turkey sent a survey ship.") == [])
        #expect(stances("Greece protested as a member of the council.") == [])
    }
}

@Suite struct AnnouncedMeasureTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aMeasureAnnouncedInTheFuturePassiveIsTheSpeakers() {
        #expect(stances("The Dutch prime minister told parliament that two Iranian diplomats would be expelled.") == ["NLD>IRN-"])
        #expect(stances("Canada announced on Friday that Russian assets will be frozen.") == ["CAN>RUS-"])
    }

    @Test func aPastPassiveOrTheSpeakersOwnSideHoldsNothing() {
        #expect(stances("The Dutch prime minister said that two Iranian diplomats were expelled last year.") == [])
        #expect(stances("The Dutch prime minister said that Dutch diplomats would be expelled.") == [])
        #expect(stances("Iranian diplomats would be expelled, a newspaper reported.") == [])
    }
}

/// Bullying and intimidation are coercion; a speaker reporting them disapproves of whoever does it.
@Suite struct IntimidationTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func bullyingAnotherStateIsCoercion() {
        #expect(stances("Vietnam said China had bullied smaller neighbours for years.") == ["VNM>CHN-"])
        #expect(stances("Australia accused Beijing of trying to intimidate Canberra.") == ["AUS>CHN-"])
    }

    @Test func theNounOrAnOwnSideReportStaysSilent() {
        #expect(stances("The bully in the schoolyard was Vietnamese.") == [])
        #expect(stances("Vietnam said Vietnamese officials had been intimidated.") == [])
    }
}
