import Testing
@testable import BilateralCore

/// Issue 15, recall (session 12): a protest, demand, rejection, condemnation or threat whose sentence names no
/// addressee is aimed at the other side of the pair the paragraph is about, when its holder is one side of it.
/// Own sentences, each with look-alikes that must stay silent.
@Suite struct AddressedActTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private let islands = "Japan and Russia have argued over the southern Kurils for decades. In May Russia deployed new missile batteries on Iturup."

    @Test func aProtestWithNoAddresseeIsMadeToTheOtherSide() {
        #expect(stances(islands + " Tokyo lodged a protest the same week.").contains("JPN>RUS-"))
        #expect(stances(islands + " Tokyo protested at once.").contains("JPN>RUS-"))
        #expect(stances("China and South Korea were close trading partners. In July Seoul agreed to host a radar. Beijing protested within hours.")
                .contains("CHN>KOR-"))
        #expect(stances("Relations between Egypt and Ethiopia soured over the dam. Ethiopia began filling the reservoir, and Cairo condemned the step.")
                .contains("EGY>ETH-"))
        #expect(stances("The Netherlands and Turkey quarrelled over a rally. Erdogan insulted the Dutch, and Prime Minister Mark Rutte demanded an apology.")
                .contains("NLD>TUR-"))
    }

    @Test func anEnvoyRecalledWithNoPlaceAndADisagreementWithAnotherLeadersWords() {
        let row = "Spain and Argentina fell out over a speech in May. Milei called the Spanish prime minister's wife corrupt."
        #expect(stances(row + " Within two days Madrid had recalled its ambassador.").contains("ESP>ARG-"))
        #expect(!stances(row + " Madrid has not recalled its ambassador.").contains("ESP>ARG-"))
        #expect(stances("The State Department disagreed with Lula's comparison.") == ["USA>BRA-"])
        #expect(stances("Economists at the Brazilian central bank disagreed with the forecast.") == [])
    }

    @Test func anActNotDoneOrMadeToSomeoneNamedIsNotTakenForTheOtherSide() {
        #expect(!stances(islands + " Tokyo did not protest.").contains("JPN>RUS-"))
        #expect(!stances(islands + " Tokyo might protest.").contains("JPN>RUS-"))
        #expect(!stances(islands + " Tokyo lodged a protest with the United Nations.").contains("JPN>RUS-"))
        // A third state's protest, a cooperative reply, a press conference, an assertion about oneself: no stance on the pair.
        // (Canada's protest answers the deployment just before it, CAN>RUS-, as a protest by an opener's neighbour always
        // did; what must not happen is Canada taking Russia's side of the pair against Japan.)
        #expect(!stances(islands + " Canada protested.").contains { $0.hasPrefix("CAN>JPN") })
        #expect(!stances(islands + " Tokyo welcomed the tourists.").contains("JPN>RUS+"))
        #expect(!stances(islands + " Kishida did not mention the islands in his closing press conference.").contains("JPN>RUS-"))
        #expect(!stances(islands + " Japanese officials insist that they are calm.").contains("JPN>RUS-"))
    }

    /// The html-bench texts gave "White House Press Secretary" as a demand, "he recalled it vividly" as an envoy
    /// recalled and "assailed Williams" as criticism of the pair's other side.
    @Test func aTitleAMemoryOrAnUnknownPersonIsNoActOnTheOtherSide() {
        let row = "Mexico and the United States argued over tariffs in March. Mexico's president called the duties unjust."
        let atMexico: (String) -> Bool = { $0.hasSuffix(">MEX-") }
        #expect(!stances(row + " \"We hope for calm,\" said White House Press Secretary Anna Kowal.").contains(where: atMexico))
        #expect(!stances(row + " Washington said it recalled the evening vividly.").contains(where: atMexico))
        #expect(!stances(row + " Washington assailed Hernandez as a liar.").contains(where: atMexico))
        #expect(stances(row + " Within a week Washington withdrew its diplomats.").contains(where: atMexico))
        #expect(stances(row + " Washington assailed the remarks.").contains(where: atMexico))
    }
}
