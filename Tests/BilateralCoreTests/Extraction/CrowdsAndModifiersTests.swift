import Testing
@testable import BilateralCore

/// Session 12, issue 15 (precision): a list of third countries or a crowd of leaders is no pair, so "the two
/// countries" and "the two leaders" after them keep the article's pair; a state's city describing a noun ("a Moscow
/// actor") is no party; a body where a complaint is lodged is no target; "N years earlier" counts from a year named alone.
@Suite struct CrowdsAndModifiersTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    // MARK: - Lists of third countries and crowds of leaders

    @Test func aListOfThirdCountriesLeavesTheArticlesPair() {
        let text = """
            Ethiopia and Eritrea fought a border war from 1998 to 2000. Addis Ababa accepted the ruling of the boundary \
            commission only in 2018, and Asmara welcomed the move.

            The region has moved on. Djibouti signed a port deal with Asmara in 2017, and Kenya, Sudan, Somalia and \
            Djibouti all keep embassies in Addis Ababa. The two countries, however, have had no direct flights since \
            1998, when Eritrea broke off relations after the war began.
            """
        let found = stances(text)
        #expect(found.contains("ERI>ETH-"))
        #expect(!found.contains("ERI>DJI-"))
        // Look-alike: the deal Djibouti itself made in the paragraph is still its own.
        #expect(found.contains("DJI>ERI+"))
    }

    @Test func theTwoLeadersAfterACrowdAreThePairsLeaders() {
        let text = """
            President Aleksandar Vucic of Serbia and Prime Minister Albin Kurti of Kosovo met in Brussels on Thursday for \
            another round of the dialogue. Serbia accused Kosovo of stoking tension in the north.

            Before the meeting, Vucic had breakfast with Emmanuel Macron, Olaf Scholz and Giorgia Meloni.

            The two leaders agreed to meet again in July.
            """
        let found = stances(text)
        #expect(found.contains("SRB>XKX+") && found.contains("XKX>SRB+"))
        #expect(!found.contains { $0.hasPrefix("DEU>") || $0.hasPrefix("ITA>") || $0.hasPrefix("FRA>") })
    }

    @Test func bothLeadersOfSomeoneNamedHereAreThePairsLeaders() {
        let text = """
            Serbia and Kosovo quarrelled all summer. Vucic accused Kurti of provoking violence in the north, and Kurti \
            blamed Belgrade for the attack in Banjska.

            France sided with Pristina at first. Emmanuel Macron told Belgrade to rein in the gangs.

            Olaf Scholz held long phone calls with both leaders, and German envoys travelled between the two capitals.
            """
        let found = stances(text)
        #expect(found.contains("DEU>SRB+") && found.contains("DEU>XKX+"))
        #expect(!found.contains("DEU>FRA+"))
    }

    @Test func twoLeadersNamedTogetherStayThePair() {
        // Look-alike: the last two persons, named together in one sentence, are the pair meant, whatever the article is about.
        let text = """
            Serbia and Kosovo quarrelled all summer, and Serbia accused Kosovo of provoking violence.

            In Paris, Emmanuel Macron met Olaf Scholz on Friday. The two leaders agreed to send more police to the north.
            """
        let found = stances(text)
        #expect(found.contains("FRA>DEU+") && found.contains("DEU>FRA+"))
        #expect(!found.contains("SRB>XKX+"))
    }

    // MARK: - Names that describe, bodies that host

    @Test func aCityBeforeAPlainNounDescribesIt() {
        #expect(!stances("Zelensky praised a Moscow actor for his courage.").contains("UKR>RUS+"))
        #expect(!stances("Tokyo thanked a Seoul businessman for the gift.").contains("JPN>KOR+"))
        // Look-alikes: a delegation speaks for its state; a body's fund is the body's.
        #expect(stances("Ukraine received a Moscow delegation in March.").contains("UKR>RUS+"))
        #expect(stances("Ukraine thanked Moscow for the prisoner swap.").contains("UKR>RUS+"))
    }

    @Test func aBodyWhereAComplaintIsLodgedIsNoTarget() {
        let lodged = stances("Kyiv filed complaints against all three at the WTO on Monday.")
        #expect(!lodged.contains("UKR>WTO-"))
        let named = stances("Peru filed a complaint against Chile at the World Trade Organization.")
        #expect(named.contains("PER>CHL-") && !named.contains("PER>WTO-"))
        // Look-alike: a body a state lashes out at is the target.
        #expect(stances("Beijing lashed out at NATO over the summit.").contains("CHN>NATO-"))
    }

    // MARK: - Years counted from a year named alone

    @Test func yearsEarlierCountFromAYearNamedAlone() {
        let text = "Opening line.\n\nChad and Niger have had no ambassadors since 1994, when Chad expelled Niger's envoy. "
            + "Two years earlier Niger had closed its border with Chad."
        let dates = ExtractionHarness.model([text], date: "2022-05-02").events.map(\.date.iso)
        #expect(dates.contains("1992"))
        #expect(!dates.contains("2020-05-02") && !dates.contains("2020"))
        // Look-alike: a month named after the year is where the count starts.
        let month = "Opening line.\n\nThe quarrel began in 2010. In March 2014 Chad expelled Niger's envoy. "
            + "Two years later Niger closed its border with Chad."
        #expect(ExtractionHarness.model([month], date: "2022-05-02").events.map(\.date.iso).contains("2016-03"))
    }
}
