import Testing
@testable import BilateralCore

/// Issue 15, recall (session 14): a protest with no addressee in its sentence answers the act the sentence before
/// reported, even with another clause after it or with no actor opening that sentence; a demand or request owned by
/// one state and taken up by another was made to the one who takes it up (hostile ones only); "the court" is the court named just
/// before. Own sentences, each with look-alikes that must stay silent.
@Suite struct AnsweredActAndCourtOrderTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }
    private let opening = "Notes on a quarrel\n\nAn opening line.\n\n"

    @Test func aBareProtestWithAnotherClauseAfterItAnswersTheActBefore() {
        #expect(stances(opening + "Chile closed the border crossing. Bolivia lodged a protest, and its foreign minister told "
                        + "parliament that the closure was unlawful.").contains("BOL>CHL-"))
        #expect(stances(opening + "Chile closed the border crossing. Bolivia protested at once, saying the closure would hurt "
                        + "Bolivia's trade.").contains("BOL>CHL-"))
        #expect(stances(opening + "Chile closed the border crossing. Bolivia lodged a strong protest and demanded an explanation.")
                .contains("BOL>CHL-"))
    }

    @Test func aBareProtestAnswersTheOneStateTheSentenceBeforeNamed() {
        // No actor opens the sentence before, but it names one state only.
        #expect(stances(opening + "In May the closure of the crossing was announced by Chile. Bolivia protested, and Peru "
                        + "stayed silent.").contains("BOL>CHL-"))
        // Two states before: whom the protest answers is not known.
        #expect(!stances(opening + "In May the crossing was closed by Chile and Peru. Bolivia protested.").contains { $0.hasPrefix("BOL>") })
        // A protest that names its own addressee keeps it.
        #expect(!stances(opening + "Chile closed the border crossing. Bolivia protested to Peru.").contains("BOL>CHL-"))
    }

    @Test func aDemandTakenUpByAnotherStateWasMadeToIt() {
        #expect(stances("Manila brushed aside Beijing's demand that the fishermen be released.").contains("CHN>PHL-"))
        #expect(stances("Hanoi rejected Beijing's ultimatum.").contains("CHN>VNM-"))
        // Nobody takes it up, it is spoken of after a preposition, or it is a kindness: no addressee.
        #expect(stances("Beijing's demand was ignored.") == [])
        #expect(!stances("Hanoi spoke about Beijing's demand.").contains("CHN>VNM-"))
        #expect(stances("Quito turned down Lima's invitation.") == ["ECU>PER-"])
    }

    @Test func theCourtIsTheCourtNamedJustBefore() {
        #expect(stances(opening + "Bolivia took Chile to the International Court of Justice. In 2016 the court ordered Chile "
                        + "not to divert the river.").contains("ICJ>CHL-"))
        // No court named in the paragraph or the one before: "the court" is nobody known.
        #expect(!stances("The court ordered Chile not to divert the river.").contains("ICJ>CHL-"))
    }

    @Test func aPrimeMinisterOf2002ByHisSurname() {
        #expect(ExtractionHarness.stances(opening + "North Korea admitted the abductions. Koizumi lodged a strong protest.",
                                          date: "2002-09-17").contains("JPN>PRK-"))
    }

    @Test func nigersPresidentAndTheGeneralWhoOustedHimBySurname() {
        #expect(ExtractionHarness.stances("Bazoum telephoned Macron on Tuesday.", date: "2022-05-03") == ["NER>FRA+"])
        #expect(ExtractionHarness.stances("Tiani expelled France's ambassador.", date: "2023-09-01") == ["NER>FRA-"])
    }
}
