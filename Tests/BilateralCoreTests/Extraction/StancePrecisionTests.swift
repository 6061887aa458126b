import Testing
@testable import BilateralCore

/// Places, embedded phrases and progressives that must not turn into targets; sentences written for these tests.
@Suite struct StancePrecisionTests {
    private func stances(_ text: String) -> [String] {
        ExtractionHarness.stances(text)
    }

    @Test func aMeetingsVenueIsNoParty() {
        #expect(stances("The SCO summit in Kazakhstan opens on Monday.") == [])
        #expect(stances("Egypt held talks with Qatar in Turkey.") == ["EGY>QAT+", "QAT>EGY+"])
    }

    @Test func anActorInsideAnotherCuesPhraseBelongsToIt() {
        #expect(stances("Hungary criticised Brussels's sanctions over the invasion of Ukraine.").allSatisfy { !$0.contains(">UKR") })
        #expect(stances("Poland's sanctions on Belarus over the crackdown stay.") == ["POL>BLR-"])
    }

    @Test func anObjectAfterAnInfinitiveIsNoDirectTarget() {
        #expect(stances("Mexico agreed with its EU partners to cut selected Russian banks off.").allSatisfy { !$0.hasSuffix(">RUS+") })
    }

    @Test func hostingAMeetingIsNoPredicate() {
        #expect(stances("Manila was hosting a summit of the SCO.").allSatisfy { !$0.hasPrefix("SCO>") })
    }

    @Test func aParticipleDescribingANounHasNoHolder() {
        #expect(stances("Turkish bases could host jets on any land handed over to Syria.") == [])
        #expect(stances("Hungary handed over the documents to Austria.") == ["HUN>AUT+"])
    }

    @Test func aFeelingWordBeforeANounIsNoFeeling() {
        #expect(stances("Seoul watches its troubled relationship with Pyongyang.") == [])
    }

    @Test func aSpeakerSaysNothingOfItsOwnSide() {
        #expect(stances("The Serbian foreign ministry said Belgrade faced a hostile Croatia.").allSatisfy { !$0.hasSuffix(">SRB-") })
    }

    @Test func aPhraseCueOpeningWithAPrepositionDoesNotCutTheTargetSearch() {
        #expect(stances("Madrid pointed the finger, not at Rome, but at Brussels.") == ["ESP>EU-"])
    }
}
