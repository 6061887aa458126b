import Testing
@testable import BilateralCore

/// The brief's known gaps, in sentences written for these tests: "May" the person against "May" the month, a
/// veto of a measure aimed at a third state, and a label that names the act's agent after a short object; each
/// with a look-alike that keeps its old reading.
@Suite struct ProbeGapTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func theSurnameMayAfterTheFullNameIsThePerson() {
        let text = "Theresa May flew to Riyadh. Back in London, May rebuked Moscow over the poisoning."
        let model = ExtractionHarness.model([text], date: "2018-04-01")
        #expect(model.stances.contains { $0.holder == "theresa-may" })
        #expect(stances(text).contains("GBR>RUS-"))
    }

    @Test func theMonthMayBeforeAYearOrAfterInStaysAMonth() {
        let text = "Theresa May chaired the meeting. In May, the cabinet met again, and by May 2019 it had broken up."
        let model = ExtractionHarness.model([text], date: "2019-06-01")
        let mentions = model.analyses.first?.mentionCounts["theresa-may"] ?? 0
        #expect(mentions == 1)
        #expect(model.events.contains { $0.date.description == "2019-05" })
    }

    @Test func aMonthWordBeforeAVerbIsNoDate() {
        let tagger = TemporalTagger()
        let tokens = Tokenizer().tokens(of: "Since May took office, the party has split.")
        #expect(tagger.matches(in: tokens).isEmpty)
        #expect(!tagger.matches(in: Tokenizer().tokens(of: "Since May, the party has split.")).isEmpty)
    }

    @Test func vetoingAMeasureAgainstAThirdStateIsNoHostilityToIt() {
        #expect(!stances("Slovakia threatened to veto the arms embargo against Belarus.").contains("SVK>BLR-"))
        #expect(!stances("Austria opposed fresh sanctions on Iran.").contains("AUT>IRN-"))
        // A threat of one's own measure, and opposing a state's own measure, keep their readings.
        #expect(stances("Slovakia threatened to impose an embargo on Belarus.").contains("SVK>BLR-"))
        #expect(stances("Austria criticised the sanctions imposed by Iran.").contains("AUT>IRN-"))
    }

    @Test func aLabelAfterAShortObjectAimsAtTheActsAgent() {
        let found = stances("Hanoi called the seizure bullying by China.")
        #expect(found.contains("VNM>CHN-"))
        #expect(!found.contains("CHN>VNM-"))
        #expect(stances("Quito described the raid as an act of aggression by Mexico.") == ["ECU>MEX-"])
        // With no labelling verb, a noun's "by" agent still acts on the clause's subject.
        #expect(stances("Hanoi faced aggression by China.").contains("CHN>VNM-"))
    }
}
