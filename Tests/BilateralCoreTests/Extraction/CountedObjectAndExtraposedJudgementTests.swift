import Testing
@testable import BilateralCore

/// Issue 15, recall (session 13): an object counted before its "of" phrase, a judgement said of a "that" clause
/// through an empty "it", a phrase of support saying in what spirit an act was done, "the bloc" for the organisation
/// named last, a clause stated after a condition that followed a main clause, and heads of state and ministers the gazetteer lacked. Own sentences, each with
/// look-alikes that must stay silent.
@Suite struct CountedObjectAndExtraposedJudgementTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aCountBeforeTheOfPhraseKeepsTheStateInsideIt() {
        #expect(stances("The Czech Republic expelled 18 staff of the Russian embassy.") == ["CZE>RUS-"])
        #expect(stances("Oslo expels 3 diplomats of the Iranian mission in a row over spying.") == ["NOR>IRN-"])
        #expect(stances("Warsaw froze 40 accounts of Belarusian state banks.") == ["POL>BLR-"])
        // No act, or a count that is not the object's: nothing.
        #expect(stances("The Czech Republic counted 18 staff of the Russian embassy.") == [])
        #expect(stances("The Czech Republic expelled 18 staff from 3 of its own consulates.") == [])
    }

    @Test func aJudgementOfAThatClauseIsAimedAtTheClausesActor() {
        #expect(stances("The United States said it was unacceptable that Iraqi security forces had not stopped the protesters.")
                == ["USA>IRQ-"])
        #expect(stances("Tokyo said it was deeply regrettable that Seoul had walked out of the talks.") == ["JPN>KOR-"])
        // No actor in the clause, no clause, or a judgement not said through "it": nothing new.
        #expect(stances("The United States said it was unacceptable that protesters had stormed the embassy.") == [])
        #expect(stances("The United States said it was unacceptable.") == [])
        #expect(stances("The United States said the delay was unacceptable that week.") == [])
    }

    @Test func presidentsAndMinistersNamedBySurnameAlone() {
        #expect(stances("Mattarella telephoned Macron on Tuesday.") == ["ITA>FRA+"])
        #expect(stances("Babis condemned Moscow over the blasts.") == ["CZE>RUS-"])
        #expect(stances("Billstrom summoned Iraq's charge d'affaires.") == ["SWE>IRQ-"])
        // A surname that is no actor's: nothing.
        #expect(stances("Rossi telephoned Macron on Tuesday.") == [])
    }

    @Test func aPhraseOfSupportAfterAnActIsHeldByTheActsSubject() {
        #expect(stances("Slovakia expelled two Russian diplomats in solidarity with Prague.") == ["SVK>CZE+", "SVK>RUS-"])
        #expect(stances("Moscow sent bombers to the border in a show of support for Minsk.").contains("RUS>BLR+"))
        #expect(stances("Ankara closed its airspace in support of Baku.") == ["TUR>AZE+"])
        // No actor acts, the noun is no manner phrase, or nobody is supported: no new stance.
        #expect(stances("Thousands marched in Warsaw in solidarity with Kyiv.") == [])
        #expect(stances("Support for Kyiv grew in Poland.") == [])
        #expect(stances("Slovakia expelled two Russian diplomats in support of the investigation.") == ["SVK>RUS-"])
    }

    @Test func theBlocIsTheOrganisationNamedLast() {
        #expect(stances("ECOWAS met in Abuja on Thursday. France said it backed the bloc's efforts.") == ["FRA>ECOWAS+"])
        #expect(stances("The African Union met in Addis Ababa. Kenya praised the bloc.") == ["KEN>AU+"])
        // No organisation named before, or a bloc named by its own adjective: nothing.
        #expect(stances("Senegal held talks in Dakar on Thursday. France said it backed the bloc's efforts.") == [])
        #expect(stances("NATO met in Brussels. Hungary praised the Soviet bloc.") == [])
    }

    @Test func aClauseAfterAConditionThatFollowedAMainClauseIsStated() {
        #expect(stances("Niger refused unless the envoy was freed, and France backed ECOWAS.") == ["FRA>ECOWAS+"])
        #expect(stances("Seoul would not talk unless Pyongyang stopped its tests, and Tokyo praised Seoul.") == ["JPN>KOR+"])
        // A condition that opens the sentence, or a clause with no subject of its own, stays conditional.
        #expect(stances("If Russia invaded, and Ukraine resisted, NATO would help Kyiv.") == [])
        #expect(stances("Japan would act unless China withdrew, and might sanction Beijing.") == [])
    }
}
