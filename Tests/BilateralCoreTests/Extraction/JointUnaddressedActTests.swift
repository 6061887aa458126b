import Testing
@testable import BilateralCore

/// Issue 15, recall (session 14): an act with no addressee in its sentence, done jointly by one side of the paragraph's
/// pair and other states, is each one's act toward the other side; a measure imposed with no one named (a ban, a
/// sanction) is such an act too, except inside a relative clause about an earlier thing. Own sentences, with
/// look-alikes.
@Suite struct JointUnaddressedActTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }
    private let grain = "Grain\n\nAn opening line.\n\nPoland and Ukraine have quarrelled over grain all year. "
        + "The Commission let its ban on Ukrainian wheat lapse. "

    @Test func partnersOfOneSideInAnUnaddressedActShareItsAddressee() {
        #expect(stances(grain + "Poland and Hungary lodged protests.") == ["HUN>UKR-", "POL>UKR-"])
        // Neither side of the pair among the holders: whom they protest to is not known.
        #expect(stances(grain + "Hungary and Austria lodged protests.") == [])
    }

    @Test func aMeasureImposedWithNoOneNamedIsAimedAtTheOtherSide() {
        #expect(stances(grain + "Poland, Hungary and Slovakia imposed bans of their own within hours.")
                == ["HUN>UKR-", "POL>UKR-", "SVK>UKR-"])
        // A measure imposed in a relative clause about an earlier thing, or by a state outside the pair: nothing.
        #expect(stances("Seafood\n\nAn opening line.\n\nRussia and China have argued over seafood all year. "
                        + "The measure mirrors the blanket ban that China imposed in August.") == [])
        #expect(stances(grain + "Austria imposed a ban of its own.") == [])
    }
}
