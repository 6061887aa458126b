import Testing
@testable import BilateralCore

/// Issue 15, recall (session 14): a mutual act whose partners are named through their representatives ("talks with
/// the leaders of A, B and C") holds both ways with each of them, as it does with the states named alone; and an
/// exchange of diplomatic notes or of instruments of ratification is a cooperative act between the two who exchange.
/// Own sentences, each with look-alikes that must stay silent.
@Suite struct RepresentedPartnerAndNoteExchangeTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aMutualActWithTheLeadersOfAListHoldsBothWaysWithEach() {
        #expect(stances("Merkel held talks with the leaders of Austria, Italy and Greece on Tuesday.")
                == ["AUT>DEU+", "DEU>AUT+", "DEU>GRC+", "DEU>ITA+", "GRC>DEU+", "ITA>DEU+"])
        #expect(stances("Sweden met the foreign ministers of Finland and Norway in Oslo.")
                == ["FIN>SWE+", "NOR>SWE+", "SWE>FIN+", "SWE>NOR+"])
        #expect(stances("Japan held separate talks with the prime ministers of Vietnam and Thailand.")
                == ["JPN>THA+", "JPN>VNM+", "THA>JPN+", "VNM>JPN+"])
    }

    @Test func anActThatIsNotMutualStaysOneWayWithRepresentatives() {
        // Not a mutual act: only its holder's stance.
        #expect(stances("Merkel criticised the leaders of Austria and Italy on Tuesday.") == ["DEU>AUT-", "DEU>ITA-"])
        // A state after "of" with no representative noun before it is no partner ("the future of Italy").
        #expect(!stances("Germany held talks with Austria on the future of Italy.").contains("ITA>DEU+"))
    }

    @Test func anExchangeOfNotesOrOfRatificationsIsCooperativeBothWays() {
        #expect(stances("Chile and Peru exchange notes settling the use of the port.") == ["CHL>PER+", "PER>CHL+"])
        #expect(stances("Chile and Peru exchanged diplomatic notes on the port in 1999.") == ["CHL>PER+", "PER>CHL+"])
        #expect(stances("Chile and Peru exchanged the instruments of ratification in Lima.") == ["CHL>PER+", "PER>CHL+"])
        // An exchange of something else, or notes taken by one side: nothing.
        #expect(stances("Chile and Peru exchanged fire across the border.") != ["CHL>PER+", "PER>CHL+"])
        #expect(stances("Chile took notes on Peru's proposal.") == [])
        #expect(stances("Chilean and Peruvian students exchanged notes at the library.") == [])
    }
}
