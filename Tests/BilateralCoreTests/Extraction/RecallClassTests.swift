import Testing
@testable import BilateralCore

/// Issue 15, recall: plain acts the cue lexicon missed (envoys summoned by rank, forced entry, persona non grata,
/// calls, visits, hosting, border fights), clauses spliced by a comma, refusing to join, and acts nested in a
/// hypothetical. Own sentences, each with a look-alike that must stay silent or keep its reading.
@Suite struct RecallClassTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    private func categories(_ text: String) -> [String] {
        ExtractionHarness.model([text], date: "2019-05-01").stances.map(\.category).sorted()
    }

    @Test func anEnvoyNamedByRankStandsForTheState() {
        #expect(stances("Canberra summoned the Indonesian high commissioner after the shooting.") == ["AUS>IDN-"])
        #expect(stances("The Indonesian high commissioner spoke at a conference in Canberra.") == [])
    }

    @Test func forcedEntryIntoAMissionIsAnAssault() {
        #expect(stances("Iranian police stormed the Danish embassy in Tehran.") == ["IRN>DNK-"])
        #expect(stances("Peruvian agents forced their way into the Bolivian consulate in Lima.") == ["PER>BOL-"])
        #expect(categories("Iranian police stormed the Danish embassy in Tehran.") == ["18 Assault"])
        #expect(stances("A storm hit Japan on Monday.") == [])
    }

    @Test func declaringAnEnvoyPersonaNonGrataReducesRelations() {
        #expect(stances("Lima declared the Bolivian consul persona non grata.") == ["PER>BOL-"])
        #expect(categories("Lima declared the Bolivian consul persona non grata.") == ["16 Reduce relations"])
        #expect(stances("Lima said the Bolivian consul was welcome.") == [])
    }

    @Test func aCallHoldsBothWays() {
        #expect(stances("The Egyptian foreign minister spoke by telephone with his Turkish counterpart.") == ["EGY>TUR+", "TUR>EGY+"])
        #expect(stances("Thailand speaks by phone with Cambodia every week.") == ["KHM>THA+", "THA>KHM+"])
        #expect(stances("The Egyptian foreign minister spoke about Turkey on the telephone.") == [])
    }

    @Test func aVisitAfterItsDestinationVisitsThatState() {
        #expect(stances("The Kenyan president went to Addis Ababa on a two-day visit.") == ["KEN>ETH+"])
        #expect(stances("The Kenyan president arrived in Addis Ababa on an official visit.") == ["KEN>ETH+"])
        #expect(stances("The Kenyan president went to Addis Ababa for a conference.") == [])
    }

    @Test func receivingCountsOnlyWithAnActorAsObject() {
        #expect(stances("India received the Japanese foreign minister in Delhi.") == ["IND>JPN+"])
        #expect(stances("India received the shipment on Monday.") == [])
        // What is received from someone is that someone's act, not a meeting.
        #expect(categories("India received a loan from Japan.") == ["07 Provide aid"])
    }

    @Test func aFightOnTheBorderBetweenTwoStatesIsBetweenThem() {
        #expect(stances("Clashes erupted along the frontier between Armenia and Azerbaijan.") == ["ARM>AZE-", "AZE>ARM-"])
        #expect(stances("A firefight between Indian and Pakistani soldiers killed two.") == ["IND>PAK-", "PAK>IND-"])
        #expect(stances("Clashes with militants erupted near the Afghan border.") == [])
    }

    @Test func aCommaSplicedClauseHasItsOwnSubject() {
        #expect(stances("Seoul and Tokyo traded accusations, Beijing expelled a Japanese diplomat, and Moscow stayed silent.")
                == ["CHN>JPN-", "JPN>KOR-", "KOR>JPN-"])
        let listed = stances("Chile, Peru and Bolivia signed the accord, Argentina criticised Brazil.")
        #expect(listed.contains("ARG>BRA-"))
        #expect(!listed.contains { $0.hasPrefix("CHL>ARG") || $0.hasPrefix("PER>ARG") || $0.hasPrefix("BOL>ARG") })
        #expect(!listed.contains { $0.hasPrefix("CHL>BRA") || $0.hasPrefix("PER>BRA") || $0.hasPrefix("BOL>BRA") })
    }

    @Test func aListOfCondemnersDoesNotTargetTheNextClausesSubject() {
        let text = "Peruvian agents forced their way into the Bolivian consulate on Friday. "
            + "Chile and Argentina condemned the raid, Brazil broke off its relations with Lima."
        #expect(stances(text) == ["ARG>PER-", "BRA>PER-", "CHL>PER-", "PER>BOL-"])
        // A speaker after the comma is no party to what the list did.
        #expect(stances("Chile and Argentina condemned the raid, Brazil said on Monday.") == [])
    }

    @Test func decliningToJoinRejectsWhoeverLeadsIt() {
        #expect(stances("Norway declined to join the Russian initiative.") == ["NOR>RUS-"])
        #expect(categories("Norway declined to join the Russian initiative.") == ["12 Reject"])
        #expect(stances("Norway joined the talks on Monday.") == [])
    }

    @Test func anActNestedInAHypotheticalIsNotDone() {
        #expect(stances("Paris would have objected to Rome opening talks with Moscow.") == [])
        #expect(stances("Berlin could have stopped Warsaw from sanctioning Minsk.") == [])
        #expect(stances("Rome opened talks with Moscow.") == ["ITA>RUS+", "RUS>ITA+"])
    }

    @Test func cuttingOrStoppingACooperativeNounRejectsItsPartner() {
        #expect(stances("In May Ottawa cut part of its aid to Kabul over the ban.") == ["CAN>AFG-"])
        #expect(categories("Ottawa stopped its cooperation with Kabul.") == ["12 Reject"])
        #expect(stances("Ottawa stopped talks with Kabul.") == ["CAN>AFG-"])
        #expect(stances("Ottawa cut its own spending.") == [])
        // A stopping verb that is a cue of its own gives its own stance only.
        #expect(categories("Ottawa suspended its aid to Kabul.") == ["16 Reduce relations"])
        #expect(stances("Ottawa gave its aid to Kabul.") == ["CAN>AFG+"])
    }

    @Test func aCompoundThatNamesTheLeaderMakesItAParty() {
        #expect(stances("Doha rejected the Saudi-led charges.") == ["QAT>SAU-"])
        #expect(stances("Oman boycotted the Saudi-sponsored forum.") == ["OMN>SAU-"])
        // A compound that only describes keeps the state out ("Kremlin-friendly media").
        #expect(stances("Doha rejected the Saudi-style charges.") == [])
    }

    @Test func firingOnSomeoneAssaultsThem() {
        #expect(stances("Chinese coast guard ships fired on Vietnamese boats.") == ["CHN>VNM-"])
        #expect(stances("Hanoi fired its defence minister.") == [])
        // An envoy's title is no charge: only the summons counts.
        #expect(categories("Tehran summoned Pakistan's charge d'affaires.") == ["14 Protest"])
    }
}
