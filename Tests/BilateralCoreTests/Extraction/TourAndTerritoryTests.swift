import Testing
@testable import BilateralCore

/// Issue 15, recall (session 11): tours of meetings in one sentence, force on another state's ground, armed
/// crossings, troops sent to a state's border, cases brought against a state, embassies closed by a person, relations
/// restored with a possessive in between, and a government named by its seat. Own sentences, each with look-alikes
/// that must stay silent.
@Suite struct TourAndTerritoryTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func everyoneMetOnATourIsMetBothWays() {
        #expect(stances("Prime Minister Narendra Modi met Xi Jinping in Beijing, Vladimir Putin in Moscow and Shinzo Abe in Tokyo.")
                == ["CHN>IND+", "IND>CHN+", "IND>JPN+", "IND>RUS+", "JPN>IND+", "RUS>IND+"])
        // A place the gazetteer does not know is still a venue between two people met.
        #expect(stances("President Vladimir Putin met Recep Tayyip Erdogan in Sochi and Alexander Lukashenko in Minsk.")
                == ["BLR>RUS+", "RUS>BLR+", "RUS>TUR+", "TUR>RUS+"])
    }

    @Test func aNameAfterTheTourIsNoOneMet() {
        // Someone named after the venue who acts in a clause of his own was not met.
        #expect(stances("Narendra Modi met Xi Jinping in Beijing, and Vladimir Putin said nothing.") == ["CHN>IND+", "IND>CHN+"])
        // A second person with no venue of their own is no item of the tour.
        #expect(stances("Narendra Modi met Xi Jinping in Beijing, where Vladimir Putin had spoken a day earlier.")
                == ["CHN>IND+", "IND>CHN+"])
    }

    @Test func forceOnAnotherStatesGroundIsAimedAtThatState() {
        #expect(stances("Colombian aircraft bombed a rebel camp two kilometres inside Ecuador before dawn.") == ["COL>ECU-"])
        #expect(stances("Turkey shelled villages deep inside Syria's Idlib province.") == ["TUR>SYR-"])
        // "in" only says where; a camp in one's own country is no other state's ground.
        #expect(stances("Turkish jets struck Kurdish positions in northern Iraq.") == [])
        #expect(stances("Colombia bombed a rebel camp in Colombia, far from Ecuador.") == [])
    }

    @Test func anArmedCrossingIsAnIncursion() {
        #expect(stances("Colombian troops crossed the border into Ecuador to collect the bodies.") == ["COL>ECU-"])
        #expect(stances("Indian soldiers crossed into Pakistan at night.") == ["IND>PAK-"])
        // People, ministers and migrants crossing a border show no force.
        #expect(stances("Thousands of families from Syria and Iraq tried to cross into Poland.") == [])
        #expect(stances("The Colombian minister crossed into Ecuador to attend the funeral.") == [])
    }

    @Test func anEmbassyClosedByItsLeaderAndRelationsRestored() {
        #expect(stances("The Venezuelan president closed his embassy in Bogota.") == ["VEN>COL-"])
        #expect(stances("Ortega said Nicaragua would restore its relations with Colombia.") == ["NIC>COL+"])
        #expect(stances("Chile restored its diplomatic relations with Peru in 2012.") == ["CHL>PER+"])
        // An ambassador closing the office for a holiday, a pension system restored: no stance.
        #expect(stances("The ambassador closed his embassy in Bogota for the holidays.") == [])
        #expect(stances("Chile will restore its pension system.") == [])
    }

    @Test func troopsSentToAStatesBorderAreAShowOfForce() {
        #expect(stances("Caracas ordered ten battalions to the Colombian frontier.") == ["VEN>COL-"])
        #expect(stances("Russia moved 5,000 troops towards Ukraine's border.") == ["RUS>UKR-"])
        // Nobody's border named, troops not sent, doctors sent, or troops sent to help: no show of force.
        #expect(stances("Ecuador sent troops to its northern border.") == [])
        #expect(stances("Venezuela did not send troops to the Colombian frontier.") == [])
        #expect(stances("Venezuela sent doctors to the Colombian border.") == [])
        #expect(stances("Venezuela sent troops to the Colombian border to help flood victims.") == [])
    }

    @Test func aCaseBroughtBeforeACourtDisapprovesOfTheOtherSide() {
        #expect(stances("Ukraine brought a case against Russia at the International Court of Justice.") == ["UKR>RUS-"])
        #expect(stances("The United States filed a case against China at the World Trade Organization.") == ["USA>CHN-"])
        // A case about a company names no state as the other side.
        #expect(stances("Ukraine brought a case against the company in a Kyiv court.") == [])
    }

    @Test func aGovernmentNamedByItsSeatIsTheTarget() {
        #expect(stances("The United States accused the government in Caracas of provocative manoeuvres.") == ["USA>VEN-"])
        #expect(stances("Lithuania condemned the authorities in Minsk.") == ["LTU>BLR-"])
        // An envoy in a capital may be anyone's; a debate held in a capital is only where.
        #expect(stances("Japan summoned the ambassador in Tokyo.") == [])
        #expect(stances("Germany criticised the government in its budget debate in Berlin.") == [])
    }

    @Test func refrainingAskedForIsADemand() {
        #expect(ExtractionHarness.model(["New Delhi asked the Nepali government to refrain from such cartographic assertions."])
                .stances.map(\.category) == ["10 Demand"])
        #expect(ExtractionHarness.model(["New Delhi asked the Nepali government to join the talks."]).stances.map(\.category)
                == ["02 Appeal"])
    }

    @Test func aWeekdayIsNoPartOfAPrepositionsObject() {
        // "on Thursday Nicaragua broke off …": Nicaragua opens the clause, it is no object of "on".
        #expect(stances("The two met in Caracas, and on Thursday Nicaragua's president, Daniel Ortega, broke off relations with Bogota.")
                == ["NIC>COL-"])
    }
}
