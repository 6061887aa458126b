import Testing
@testable import BilateralCore

/// Issue 15, recall (session 10): answers "in kind", reactions whose object opens with a preposition, judgements said of
/// an act named by its noun, sending an ambassador put off, orders of a measure, the British doubled l ("initialled"),
/// and "it" opening a clause after a colon or a time phrase. Own sentences, each with look-alikes that must stay silent.
@Suite struct AnswersAndJudgedActsTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private func categories(_ text: String) -> [String] {
        ExtractionHarness.model([text], date: "2019-05-01").stances.map(\.category).sorted()
    }

    @Test func anAnswerInKindRepeatsTheActAgainstWhoeverDidIt() {
        #expect(stances("Ghana expelled three Togolese diplomats. Togo replied in kind within hours.") == ["GHA>TGO-", "TGO>GHA-"])
        #expect(categories("Ghana expelled three Togolese diplomats. Togo replied in kind within hours.")
                == ["16 Reduce relations", "16 Reduce relations"])
        #expect(stances("Chile raised tariffs on Peruvian fruit, and Peru responded in kind.") == ["CHL>PER-", "PER>CHL-"])
        #expect(categories("Chile raised tariffs on Peruvian fruit, and Peru responded in kind.") == ["17 Coerce", "17 Coerce"])
        // Nothing hostile aimed at the one answering: no answer to give.
        #expect(stances("Ghana praised Togo. Togo replied in kind.") == ["GHA>TGO+"])
        #expect(stances("Togo responded in kind to the letter.") == [])
    }

    @Test func aReactionMayTakeItsActThroughAPreposition() {
        #expect(stances("Minsk detained two Lithuanian reporters. Vilnius protested against the detentions.") == ["LTU>BLR-"])
        #expect(stances("Turkish jets struck Iraq on Sunday. Baghdad complained about the strikes.") == ["IRQ>TUR-", "TUR>IRQ-"])
        // A protest about something nobody did just before names no doer.
        #expect(stances("Vilnius protested against the weather.") == [])
        #expect(stances("Lithuania praised Poland. Vilnius protested against the detentions.") == ["LTU>POL+"])
    }

    @Test func aJudgementOfANamedActIsAimedAtItsDoer() {
        #expect(stances("Bolivia expelled the Chilean consul. Santiago called the expulsion baseless and unjust.")
                == ["BOL>CHL-", "CHL>BOL-"])
        #expect(stances("Minsk detained two Lithuanian reporters. Vilnius described the detentions as arbitrary.") == ["LTU>BLR-"])
        // Not a judgement, negated, or no act to judge.
        #expect(stances("Bolivia expelled the Chilean consul. Santiago did not call the expulsion unjust.") == ["BOL>CHL-"])
        #expect(stances("Bolivia expelled the Chilean consul. Santiago called the weather unjust.") == ["BOL>CHL-"])
        #expect(stances("Santiago called the expulsion unjust.") == [])
    }

    @Test func sendingAnAmbassadorPutOffRejectsTheHost() {
        #expect(stances("Morocco put off sending a new ambassador to Algiers.") == ["MAR>DZA-"])
        #expect(categories("Morocco put off sending a new ambassador to Algiers.") == ["12 Reject"])
        #expect(stances("Morocco sent an ambassador to Algiers in March.") == ["MAR>DZA+"])
        #expect(stances("Morocco put off sending the parcel to Algiers.") == [])
    }

    @Test func anOrderedMeasureIsTheOrderersMeasure() {
        #expect(stances("The Kenyan president ordered punitive tariffs on Ugandan sugar.") == ["KEN>UGA-"])
        #expect(stances("The Kenyan president ordered new chairs for the office.") == [])
        // A directive with an infinitive stays a demand.
        #expect(categories("Kenya ordered Uganda to withdraw its troops.") == ["10 Demand"])
    }

    @Test func aBritishDoubledLIsTheSameVerb() {
        #expect(stances("Serbia and Kosovo initialled an agreement in Ohrid.") == ["SRB>XKX+", "XKX>SRB+"])
        #expect(stances("Serbia initialled the minutes of the meeting of its cabinet.") == [])
    }

    @Test func itAfterAColonOrATimePhraseIsTheStateOfTheStory() {
        #expect(stances("Norway was angry: it recalled its ambassador from Riyadh.") == ["NOR>SAU-"])
        #expect(stances("Norway protested loudly. That spring it recalled its ambassador from Riyadh.") == ["NOR>SAU-"])
        #expect(stances("Norway protested loudly. In May, it expelled two Saudi diplomats.") == ["NOR>SAU-"])
        // "it" that is weather or an expletive, or a story opened by a person, stands for no state.
        #expect(stances("Norway protested loudly. That spring it rained in Riyadh.") == [])
        #expect(stances("Norway was angry: it is rare for Riyadh to answer.") == [])
        #expect(stances("Erna Solberg protested. That spring it expelled two Saudi diplomats.") == [])
    }

    @Test func everyCoSignerOfAStatementHoldsWhatItSays() {
        #expect(stances("Chile joined Peru and Ecuador in a statement that described Bolivia as an aggressor.")
                == ["CHL>BOL-", "ECU>BOL-", "PER>BOL-"])
        // A state that joined something else in another clause signs nothing.
        #expect(stances("Chile described Bolivia as an aggressor after Peru joined the talks.") == ["CHL>BOL-"])
    }

    @Test func aMonarchOrChancellorNamedByNationalityActsForTheState() {
        #expect(stances("The Dutch king flew to Jakarta for talks.") == ["NLD>IDN+"])
        #expect(stances("The Austrian chancellor condemned Hungary's new law.") == ["AUT>HUN-"])
        // A king of cards or a chess piece is nobody's envoy.
        #expect(stances("The king of hearts beat the Dutch queen of spades in Jakarta.") == [])
    }

    @Test func whatADemandAsksForIsNotGivenByTheOneAsked() {
        #expect(stances("Bolivia demanded a public apology from Chile over the remarks.") == ["BOL>CHL-"])
        #expect(categories("Bolivia demanded a public apology from Chile over the remarks.") == ["10 Demand"])
        // An apology made is the maker's.
        #expect(stances("Chile apologised to Bolivia for the remarks.") == ["CHL>BOL+"])
    }

    @Test func weaponsSentToAStateAreAid() {
        #expect(stances("Iran sends drones to Russia.") == ["IRN>RUS+"])
        #expect(categories("North Korea sent artillery shells to Russia last year.") == ["07 Provide aid"])
        #expect(stances("Iran sent a letter to Russia.") == [])
    }
}
