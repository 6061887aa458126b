import Testing
@testable import BilateralCore

/// Issue 15, classes 1, 3 and 9 (precision): bystanders at others' talks, "three of its neighbours", a given name
/// one letter off a known surname, and dates whose year the text gives ("last year", "of the previous year", a year
/// named earlier in the paragraph).
@Suite struct BystanderAndYearContextTests {
    private func stances(_ text: String, date: String = "2024-06-01") -> [String] {
        ExtractionHarness.stances(text, date: date)
    }


    // MARK: - Class 1: those present at others' talks

    @Test func attendingTheSameTalksIsNoActBetweenTheAttendees() {
        #expect(stances("The British and French envoys attended the ceasefire talks in Doha on Friday.").isEmpty)
        // Look-alikes: meeting or agreeing with one another is an act between them.
        #expect(stances("The British and French envoys met in Doha on Friday.") == ["FRA>GBR+", "GBR>FRA+"])
        #expect(stances("The Brazilian and Argentine ministers met in Geneva.") == ["ARG>BRA+", "BRA>ARG+"])
    }

    // MARK: - Reported clauses: several neighbours are no one neighbour

    @Test func someOfItsNeighboursAreNotThePairsOtherSide() {
        let text = "Washington condemned the raids, saying Tehran had violated the borders of three of its neighbours in a week."
        #expect(!stances(text).contains("IRN>USA-"))
        #expect(!stances("France criticised Algeria, saying it had threatened its neighbours.").contains("DZA>FRA-"))
        // Look-alike: one neighbour is still the other side.
        let one = "Azerbaijan closed the road through the corridor last week. Yerevan accused its neighbour of starving the region."
        #expect(stances(one).contains("ARM>AZE-"))
    }

    // MARK: - Actor recognition: a given name is no misspelt surname

    @Test func aGivenNameOneLetterOffAKnownSurnameIsNoMention() {
        let text = "Foreign Minister Gabriela Sommerfeld insisted that Ecuador had acted lawfully against Mexico."
        #expect(!stances(text).contains { $0.hasPrefix("DEU") || $0.contains(">DEU") })
        #expect(!stances("Adriana Merkell criticised Russia over the strikes.").contains("DEU>RUS-"))
        // Look-alike: a misspelt surname standing alone still names its person.
        #expect(stances("Gabriell criticised Russia over the strikes.", date: "2017-06-01").contains("DEU>RUS-"))
    }

    // MARK: - Class 9: the year the text is at

    @Test func lastYearGivesItsYearToAMonthAfterIt() {
        let text = "Opening line.\n\nChile elected a new president last year. In March Chile recalled its ambassador from Bolivia."
        let dates = ExtractionHarness.eventDates(text, date: "2024-11-20")
        #expect(dates.contains("2023-03"))
        #expect(!dates.contains("2024-03"))
        // Look-alike: with no year in the paragraph, the article's year stays.
        let plain = "Opening line.\n\nIn March Chile recalled its ambassador from Bolivia."
        #expect(ExtractionHarness.eventDates(plain, date: "2024-11-20").contains("2024-03"))
    }

    @Test func aMonthOfThePreviousYearCountsFromTheYearBeforeIt() {
        let text = "Opening line.\n\nFighting between Armenian and Azerbaijani troops killed dozens in September 2022, "
            + "and Armenia and Azerbaijan had clashed in May of the previous year."
        let dates = ExtractionHarness.eventDates(text, date: "2025-03-13")
        #expect(dates.contains("2021-05"))
        #expect(!dates.contains("2022-05") && !dates.contains("2025-05"))
        let same = "Opening line.\n\nPeru and Chile signed a pact in March 2019, and Chile hosted Peru's president in June of that year."
        #expect(ExtractionHarness.eventDates(same, date: "2024-02-01").contains("2019-06"))
    }

    @Test func aYearNamedLaterInTheSentenceDoesNotHideTheOneBefore() {
        let text = "Opening line.\n\nUNESCO listed the temple in July 2008. In October, Thai and Cambodian troops exchanged fire "
            + "near the temple, and the two armies fought again in February 2011."
        let dates = ExtractionHarness.eventDates(text, date: "2025-07-30")
        #expect(dates.contains("2008-10"))
        #expect(!dates.contains("2025-10") && !dates.contains("2024-10") && !dates.contains("2011-10"))
    }

    // MARK: - Hosts, mediators, companions and formats

    @Test func hostsAndMediatorsOfOthersTalksShareNoStance() {
        #expect(stances("Qatar and Egypt had hosted months of quiet talks on the hostages.").isEmpty)
        #expect(stances("Norway and Cuba mediated the talks in Havana.").isEmpty)
        // One-way promises whose content follows in a clause are made to others, not to each other.
        #expect(stances("Britain and France promise that the detained sailors will be released.").isEmpty)
        // Look-alikes: hosting a named party, or agreeing, is still an act.
        #expect(stances("Qatar hosted Iran's foreign minister in Doha.") == ["QAT>IRN+"])
        #expect(stances("Britain and France agreed that the sailors should be released.") == ["FRA>GBR+", "GBR>FRA+"])
    }

    @Test func whoActsInStepWithTheHolderIsNoTarget() {
        let text = "Canada's sanctions against Russia, imposed in step with the United States and Britain, now cover oil."
        #expect(stances(text) == ["CAN>RUS-"])
        // Look-alike: cooperating with someone makes them the target.
        #expect(stances("Australia will work together with New Zealand on fisheries.").contains("AUS>NZL+"))
    }

    @Test func aCapitalNamingAFormatIsNoActor() {
        let text = "Germany, which chairs the Minsk Group together with Russia and the United States, had accused Turkey "
            + "of sending fighters to Libya."
        let found = stances(text)
        #expect(found.contains("DEU>TUR-"))
        #expect(!found.contains { $0.hasPrefix("BLR") || $0.hasPrefix("RUS") || $0.hasPrefix("USA") })
        #expect(!stances("Russia and Ukraine signed the Minsk agreements in 2015, the Washington Post reported.").contains { $0.contains("BLR") || $0.contains("USA") })
        // Look-alike: the capital as an actor still counts.
        #expect(stances("Minsk accused Vilnius of sheltering the opposition.") == ["BLR>LTU-"])
    }

    @Test func whomAFightIsForIsNotItsEnemy() {
        #expect(!stances("Ankara was accused of sending mercenaries to fight for Azerbaijan.").contains("TUR>AZE-"))
        #expect(stances("Azerbaijani troops fought Armenian forces near the border.").contains("AZE>ARM-"))
    }

    // MARK: - A titled stranger's pronouns

    @Test func aTitledStrangersPronounsAreNotTheLastKnownPersons() {
        let text = "Opening line.\n\nPresident Mohamed Muizzu took office in November.\n\n"
            + "Muizzu then went to Beijing on a state visit, where Xi Jinping received him. Back home, his office said the "
            + "Indian troops should be gone by March.\n\nMuizzu insists that his policy is not hostile. When he met Narendra Modi "
            + "in Dubai, the two leaders agreed to set up a core group."
        let found = stances(text, date: "2024-01-22")
        #expect(!found.contains("CHN>IND-"))
        #expect(!found.contains("CHN>IND+") && !found.contains("IND>CHN+"))
        // Look-alike: a known person's pronoun still resolves to them.
        let known = "Opening line.\n\nXi Jinping flew to Moscow. Back home, his office said Japan should stop the drills."
        #expect(stances(known, date: "2023-03-22").contains("CHN>JPN-"))
    }

    // MARK: - A bare "the countries"

    @Test func theCountriesOpeningASentenceMeanTheArticlesPair() {
        let text = "Peru and Ecuador sign a peace accord\n\nLIMA, Oct. 26, 1998 — Peru and Ecuador signed a peace accord on Monday.\n\n"
            + "Mexico and Spain welcomed the accord.\n\nThe countries fought a border war in 1995 in which hundreds died."
        let found = stances(text, date: "1998-10-26")
        #expect(found.contains("PER>ECU-") && found.contains("ECU>PER-"))
        #expect(!found.contains("MEX>ESP-") && !found.contains("ESP>MEX-"))
        // Look-alike: "the two countries" right after a joined pair still means that pair.
        let joined = "Peru and Ecuador signed a peace accord on Monday. Mexico and Spain welcomed the accord. "
            + "The two countries fought a trade war in 1995."
        #expect(stances(joined, date: "1998-10-26").contains("MEX>ESP-"))
        // Look-alike: a described group of countries is no pair.
        let group = "Peru and Ecuador signed a peace accord on Monday. The countries that border the Amazon fought over rivers."
        #expect(!stances(group, date: "1998-10-26").contains("PER>ECU-"))
    }

    // MARK: - Reported speech: the accused does what the accusation says

    @Test func anInfinitiveInsideAnAccusationIsTheAccusedsAct() {
        let text = "Lithuania accuses Alexander Lukashenko of flying migrants to Minsk and pushing them to the fence to punish "
            + "the European Union for its sanctions."
        let found = stances(text, date: "2021-11-10")
        #expect(!found.contains("LTU>EU-"))
        #expect(found.contains("BLR>EU-") && found.contains("LTU>BLR-"))
        let state = stances("Lithuania accused Belarus of sending migrants to punish Poland.", date: "2021-11-10")
        #expect(state.contains("BLR>POL-") && !state.contains("LTU>POL-"))
        // Look-alike: an infinitive after an appeal is the one appealed to, not an accused.
        #expect(stances("Lithuania urged Poland to punish Belarus.", date: "2021-11-10") == ["LTU>POL-"])
    }
}
