import Testing
@testable import BilateralCore

/// Patterns the first rule set missed, each with look-alikes that must stay silent or keep their direction.
@Suite struct AgentlessPassiveTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSummonedEnvoyIsTheTargetOfTheMinistryThatSummonsIt() {
        #expect(stances("Australia's ambassador was summoned to the Chinese foreign ministry on Friday.") == ["CHN>AUS-"])
        #expect(stances("The Indian envoy was called in and then expelled from Canada.").allSatisfy { !$0.hasPrefix("IND>") })
        #expect(stances("Two Polish diplomats were expelled from Belarus last week.") == ["BLR>POL-"])
        #expect(stances("Germany's foreign minister was invited to Beijing for talks.") == ["CHN>DEU+"])
    }

    @Test func withoutAgentOrVenueTheSubjectHoldsNothing() {
        #expect(stances("Moscow was blamed for the attack on Ukraine.") == [])
        #expect(stances("South Korea was criticised over its decision to scrap the pact.") == [])
        #expect(stances("Canada's ambassador was summoned on Monday.") == [])
    }

    @Test func anAgentStillWinsOverTheVenue() {
        #expect(stances("The Chinese envoy was summoned by the Japanese foreign ministry.") == ["JPN>CHN-"])
        #expect(stances("Peace talks with Japan were suspended by Moscow in March.") == ["RUS>JPN-"])
    }
}

@Suite struct PronounReferenceTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSentenceInitialPronounContinuesTheSubjectNotTheLastNameInARelativeClause() {
        let text = "Moon Jae-in, who met Kim Jong Un twice, still hopes to mediate. He has sharply criticised Tokyo."
        #expect(stances(text) == ["KOR>JPN-", "KOR>PRK+", "PRK>KOR+"])
    }

    @Test func anObjectPronounIsNotTheSubjectOfItsOwnClause() {
        #expect(stances("Narendra Modi visited Xi Jinping in Wuhan. He praised him for the informal format.") == ["IND>CHN+"])
        #expect(stances("Emmanuel Macron hosted Olaf Scholz, and Scholz thanked him warmly.").contains("DEU>FRA+"))
    }

    @Test func aPronounAfterASpeechVerbStillMeansTheSpeaker() {
        #expect(stances("Olaf Scholz met Joe Biden. Biden said he would back Germany.").contains("USA>DEU+"))
        #expect(stances("Recep Tayyip Erdogan met Vladimir Putin, and Antony Blinken said he condemned Russia.").contains("USA>RUS-"))
    }

    @Test func theyAfterCoordinatedStatesMeansAllOfThem() {
        #expect(stances("Greece and Turkey said that they had agreed to resume talks.") == ["GRC>TUR+", "TUR>GRC+"])
    }

    @Test func weInsideAQuoteIsTheSpeakerNamedAfterIt() {
        #expect(stances("\"We strongly condemn the Ukrainian strikes,\" Dmitry Peskov told reporters.") == ["RUS>UKR-"])
        #expect(stances("\"Our country will support Kyiv,\" said the Polish prime minister.") == ["POL>UKR+"])
        #expect(stances("\"We condemn these strikes,\" a farmer said of Ukraine.") == [])
    }
}

@Suite struct JointActionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func whoJoinsAnotherInAnActHoldsItToo() {
        #expect(stances("Canada joined Britain in condemning Iran.") == ["CAN>IRN-", "GBR>IRN-"])
        #expect(stances("Australia later joined Japan and India in criticising Beijing.") == ["AUS>CHN-", "IND>CHN-", "JPN>CHN-"])
    }

    @Test func joiningIsNoStanceBetweenTheJoiners() {
        #expect(stances("Spain joined Italy in welcoming the ceasefire.") == [])
        #expect(stances("Sweden joined the talks with Turkey.").allSatisfy { !$0.hasPrefix("TUR>") })
    }

    @Test func aParticipleClauseActsForTheSentenceSubject() {
        #expect(stances("Germany welcomed the plan, while warning that Moscow would be judged by its deeds.") == ["DEU>RUS-"])
        #expect(stances("Japan imposed new curbs, while Russia criticised the move.") == [])
    }
}

@Suite struct RelativeClauseTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSubjectRelativeActsForTheActorBeforeWho() {
        #expect(stances("Yoon Suk Yeol, who met Fumio Kishida twice in 2023, hopes for more.") == ["JPN>KOR+", "KOR>JPN+"])
        #expect(stances("The European Union, which strongly condemns Iran's drone sales, met in Brussels.") == ["EU>IRN-"])
    }

    @Test func anObjectRelativeAimsAtTheOwnerOfItsNounOrTheSentenceSubject() {
        #expect(stances("China's naval exercises, which Taiwan denounced, ended on Sunday.") == ["TWN>CHN-"])
        #expect(stances("Turkey sent drones to Azerbaijan, which Armenia condemned as reckless.").contains("ARM>TUR-"))
        #expect(stances("The Iranian drone sales that Kyiv condemned continued.") == ["UKR>IRN-"])
        #expect(stances("Canada backed the Philippines, a public stance that Beijing rebuked.").contains("CHN>CAN-"))
    }

    @Test func aComplementThatAfterAnAdverbialIsNoRelativeEither() {
        #expect(stances("Armenia and Azerbaijan announced on Monday that they had agreed to a road map.") == ["ARM>AZE+", "AZE>ARM+"])
        #expect(stances("Tokyo confirmed on Friday that Seoul protested.") == [])
    }

    @Test func thatAfterASpeechVerbOpensNoRelativeClause() {
        #expect(stances("Seoul said that Japan protested.") == [])
        #expect(stances("Manila said that Vietnam condemned the plan.") == [])
        #expect(stances("The sanctions that Ottawa imposed on Tehran remain.") == ["CAN>IRN-"])
    }
}

@Suite struct RequestAndFeelingTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func askingForAnothersSupportIsACooperativeStanceTowardIt() {
        #expect(stances("Kyiv sought Berlin's support for more air defence.") == ["UKR>DEU+"])
        #expect(stances("Manila asked for Tokyo's cooperation on coast guard training.").contains("PHL>JPN+"))
        #expect(stances("Poland criticised Hungary's support for the pipeline.") == ["POL>HUN-"])
    }

    @Test func aFeelingAdjectiveTowardAnActorCarriesItsPolarity() {
        #expect(stances("The White House said it was satisfied with Seoul's response.") == ["USA>KOR+"])
        #expect(stances("Kyiv is grateful to Warsaw for its help.") == ["UKR>POL+"])
        #expect(stances("Japan is grateful for the visit.") == [])
    }

    @Test func militaryAssetsStandForTheirState() {
        #expect(stances("Ukrainian drones sank a Russian patrol boat.") == ["UKR>RUS-"])
        #expect(stances("A storm destroyed Japanese fishing boats.") == [])
    }

    @Test func diplomaticRelationsPhrases() {
        #expect(stances("Ukraine severed diplomatic ties with Russia.") == ["UKR>RUS-"])
        #expect(stances("China and South Korea established diplomatic relations in 1992.") == ["CHN>KOR+", "KOR>CHN+"])
    }
}

@Suite struct PairNounTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aPairNounHoldsBothWaysBetweenItsPartiesOnly() {
        #expect(stances("The India-France partnership worries Islamabad.") == ["FRA>IND+", "IND>FRA+"])
        #expect(stances("The Iran-Iraq war lasted eight years.") == ["IRN>IRQ-", "IRQ>IRN-"])
    }

    @Test func anOwnedPairNounWithAPrepositionHoldsOneWay() {
        #expect(stances("Turkey's partnership with Azerbaijan deepened.") == ["TUR>AZE+"])
        #expect(stances("Russia's war against Ukraine dragged on.") == ["RUS>UKR-"])
    }

    @Test func aPluralCueBetweenSubjectAndObjectIsAVerb() {
        #expect(stances("Canada sanctions Iran over the drone sales.") == ["CAN>IRN-"])
        #expect(stances("Narendra Modi visits Washington next week.") == ["IND>USA+"])
    }
}

@Suite struct SharedActionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func coordinatedSignersHoldTowardThePartnerNamedAfterWith() {
        #expect(stances("Armenia and Azerbaijan signed separate accords with Russia.") == ["ARM>RUS+", "AZE>RUS+"])
        #expect(stances("Japan and Australia signed a defence pact.") == ["AUS>JPN+", "JPN>AUS+"])
    }

    @Test func theTwoMenAreTheLastTwoPersonsNamed() {
        #expect(stances("Joe Biden met Xi Jinping in Bali. The two men agreed to resume climate talks.").contains("CHN>USA+"))
    }

    @Test func theyAfterCoordinatedStatesSeparatedByAnAdverbial() {
        #expect(stances("India and China announced on Monday that they had agreed to a disengagement.") == ["CHN>IND+", "IND>CHN+"])
    }
}

@Suite struct ListAndReportTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aStateOnAnothersListOfUnfriendlyCountriesIsItsTarget() {
        #expect(stances("Australia is on China's list of unfriendly states.") == ["CHN>AUS-"])
        #expect(stances("Belarus has put Lithuania and Poland on its list of hostile countries.") == ["BLR>LTU-", "BLR>POL-"])
        #expect(stances("Beijing's list of unfriendly countries includes Canada.") == ["CHN>CAN-"])
        #expect(stances("The list of unfriendly countries grew again.") == [])
    }

    @Test func aPostInTheSubjectNamesWhoSummonsOrExpels() {
        #expect(stances("Britain's ambassador to Tehran was summoned over the remarks.") == ["IRN>GBR-"])
        #expect(stances("Three Iranian diplomats were ordered to leave Germany.") == ["DEU>IRN-"])
    }

    @Test func aSpeakerReportingAnothersHostileActDisapprovesOfIt() {
        #expect(stances("Scholz told parliament that Moscow's aggression could not go unanswered.") == ["DEU>RUS-"])
        #expect(stances("Scholz said Germany's sanctions would stay.") == [])
        #expect(stances("According to Scholz, Russia's invasion of Ukraine changed everything.") == ["RUS>UKR-"])
    }
}

@Suite struct ParticipleTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aParticipleWithAnAgentActsOnTheNounsOwner() {
        #expect(stances("Vietnamese fishermen detained by China were freed on Monday.") == ["CHN>VNM-"])
    }

    @Test func anIngWordInsideAPrepositionalPhraseIsNotTheSubjects() {
        #expect(stances("Brazil abstained from a UN vote condemning Russia.") == [])
        #expect(stances("Beijing issued a statement criticising Tokyo.") == ["CHN>JPN-"])
    }

    @Test func aRefusalBeforeAnInfinitiveIsNoCueOfItsOwn() {
        #expect(stances("South Africa refused to condemn Russia at the United Nations.") == [])
        #expect(stances("Hungary refused to back Ukraine's bid.") == ["HUN>UKR-"])
    }

    @Test func tradingAccusationsAndDrawingCloserHoldBothWays() {
        #expect(stances("Athens and Ankara traded accusations over the airspace.") == ["GRC>TUR-", "TUR>GRC-"])
        #expect(stances("Manila and Tokyo have drawn closer under Marcos.") == ["JPN>PHL+", "PHL>JPN+"])
    }
}

@Suite struct StatePronounTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSentenceInitialItContinuesTheStateThatOpenedTheSentenceBefore() {
        #expect(stances("Iran is furious. It has accused Britain of meddling.") == ["IRN>GBR-"])
        #expect(stances("The treaty is unpopular. It would hurt Norway's fishermen.") == [])
        #expect(stances("Iran is furious. It is unacceptable that Britain meddles.") == [])
    }

    @Test func itAfterASpeechWordIsTheSentencesOpeningState() {
        #expect(stances("Beijing condemned the transit, saying it would take countermeasures against Taiwan.") == ["CHN>TWN-"])
    }

    @Test func aSentenceInitialTheyContinuesACoordinatedOpening() {
        #expect(stances("Canada and Mexico held talks. They condemned Venezuela.") == ["CAN>MEX+", "CAN>VEN-", "MEX>CAN+", "MEX>VEN-"])
    }
}

@Suite struct WireAnalysisTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aStopOrRefusalGovernsOnlyACueCloseAfterIt() {
        #expect(stances("Iranian officials said the talks had been frozen because of Britain's openly hostile stance.") == ["IRN>GBR-"])
        #expect(stances("Hungary froze its economic cooperation with Belarus.") == ["HUN>BLR-"])
    }

    @Test func aDocumentSpeaksForItsOwner() {
        #expect(stances("Germany's new China strategy, adopted in July, calls Beijing a systemic rival.").contains("DEU>CHN-"))
    }

    @Test func aCommaListBeforeAnAndIsOneGroup() {
        #expect(stances("Russia, Iran and Syria conducted drills near Turkey.") == ["IRN>TUR-", "RUS>TUR-", "SYR>TUR-"])
    }

    @Test func barringAndDistrustAreConflictual() {
        #expect(stances("Minsk retaliated by barring Lithuanian officials from entering Belarus.") == ["BLR>LTU-"])
        #expect(stances("The Polish government, long wary of Moscow, backed the plan.") == ["POL>RUS-"])
        #expect(stances("A bar in Warsaw served Ukrainian beer.") == [])
    }
}

@Suite struct ObjectPhraseTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func ofReachesIntoAVerbsPlainObject() {
        #expect(stances("Britain has frozen the assets of Iranian banks.") == ["GBR>IRN-"])
        #expect(stances("Ankara criticised the policies of Athens.") == ["TUR>GRC-"])
        #expect(stances("Canada condemned the invasion of Ukraine.") == [])
    }

    @Test func aNounsReachEndsAtACommaOrATimePhrase() {
        #expect(stances("Oslo announced its own expulsions on May 3, after images from Kyiv shocked the public.") == [])
        #expect(stances("Hungary joined Western sanctions after the invasion of Ukraine.").allSatisfy { !$0.hasPrefix("HUN>UKR") })
    }

    @Test func aSupportVerbTakesTheNearerCueNoun() {
        #expect(stances("Armenia and Azerbaijan agreed to pursue negotiations on the border dispute.") == ["ARM>AZE+", "AZE>ARM+"])
    }

    @Test func cooperativeVisitsByAnActorAreNotAimedAtTheSubject() {
        #expect(stances("Seoul has ended visa-free visits by Japanese tourists.").allSatisfy { !$0.hasPrefix("JPN>") })
    }

    @Test func aFrontedPhraseLeavesThePronounSentenceInitial() {
        let text = "Recep Tayyip Erdogan flew to Sochi despite a request from Joe Biden. In three hours of talks, he and Vladimir Putin agreed to pursue negotiations."
        #expect(ExtractionHarness.stances(text).contains("TUR>RUS+"))
        #expect(!ExtractionHarness.stances(text).contains("USA>RUS+"))
    }
}

@Suite struct DefiniteDescriptionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func theMinistryIsTheLatestMinistryNamed() {
        #expect(stances("The Chinese foreign ministry summoned Japan's ambassador. The ministry also accused Tokyo of provocation.")
            == ["CHN>JPN-"])
        #expect(stances("Japan imposed sanctions on Russia. The ministry said nothing more.") == ["JPN>RUS-"])
    }

    @Test func aTitleIsTheLatestPersonWhoHeldIt() {
        #expect(stances("Vladimir Putin met Shinzo Abe. The prime minister praised Russia.").contains("JPN>RUS+"))
        #expect(stances("Shinzo Abe met Vladimir Putin. The president praised Japan.").contains("RUS>JPN+"))
        #expect(stances("The president of Russia praised Japan.") == ["RUS>JPN+"])
    }
}

@Suite struct OppositionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func sidingWithOneAgainstAnotherOpposesTheOther() {
        #expect(stances("Belarus sided with Russia against Ukraine.") == ["BLR>RUS+", "BLR>UKR-"])
        #expect(stances("Hungary backed sanctions against Iran.").allSatisfy { $0.hasSuffix("-") })
    }

    @Test func whatAShowOfForceMovesIsNoTarget() {
        #expect(stances("Moscow warned Minsk against deploying Russian missiles on its soil.") == ["RUS>BLR-"])
        #expect(stances("China deployed warships near the Philippine coast.") == ["CHN>PHL-"])
    }

    @Test func notToleratingAHostileActOpposesIt() {
        #expect(stances("Olaf Scholz said his country would not tolerate Russian aggression.") == ["DEU>RUS-"])
        #expect(stances("Canada did not impose new sanctions on Iran.") == [])
    }

    @Test func aRepresentativeAfterItsStateIsASubjectNotAReducedRelative() {
        #expect(stances("Poland's defence minister criticised Belarus's border policy.") == ["POL>BLR-"])
        #expect(stances("The Iranian ambassador was called in by Britain's foreign ministry.") == ["GBR>IRN-"])
    }
}

@Suite struct QuoteAttributionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSpeakerAfterTheQuoteHoldsItsPredicates() {
        #expect(stances("\"Ottawa's decision is deeply regrettable,\" said Wang Wenbin.") == ["CHN>CAN-"])
        #expect(stances("\"This is a hostile act,\" Maria Zakharova said of Finland's decision.") == ["RUS>FIN-"])
        #expect(stances("\"Iran is not a reliable partner,\" the German chancellor said.") == ["DEU>IRN-"])
        #expect(stances("\"Iran is not a threat,\" the German chancellor said.") == [])
    }

    @Test func aSpeakerReportingAnotherSidesHostileActDisapprovesOfIt() {
        #expect(stances("\"Poland has destroyed decades of trust,\" Maria Zakharova wrote on Telegram.") == ["RUS>POL-"])
        #expect(stances("Dmitry Peskov said Ukraine had attacked a bridge.") == ["RUS>UKR-"])
        #expect(stances("Germany attacked nothing, Olaf Scholz said.") == [])
    }
}

@Suite struct ReactionTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aFeelingVerbGivesItsObjectAStanceTowardTheCause() {
        #expect(stances("Turkey's support for Azerbaijan angered Yerevan.") == ["ARM>TUR-", "TUR>AZE+"])
        #expect(stances("Analysts said the strike by Iran had shocked Israel.") == ["ISR>IRN-"])
        #expect(stances("The decision alarmed Ottawa.") == [])
    }

    @Test func aRelativeWithoutThatAfterACommaNoun() {
        #expect(stances("China sent warships near Taiwan, a move Tokyo condemned.").contains("JPN>CHN-"))
        #expect(stances("Norway signed the accord, a step Sweden welcomed.") == ["SWE>NOR+"])
        #expect(stances("The islands, a chain Russia controls, lie north of Hokkaido.") == [])
    }
}

@Suite struct AnalysisPhrasingTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func littleIncentiveDeniesLikeNo() {
        #expect(stances("Tehran has little incentive to compromise with a Britain that is arming Israel.") == ["GBR>ISR+"])
        #expect(stances("Norway made a little progress with Sweden.").allSatisfy { !$0.hasSuffix("-") })
    }

    @Test func aParticipleClauseOfFeelingAfterAComma() {
        #expect(stances("China expanded its presence near the shoal, angering Manila.") == ["PHL>CHN-"])
        #expect(stances("An alarming Chinese build-up was reported.") == [])
    }

    @Test func takingAToughLineOnAnActor() {
        #expect(stances("Scholz's government has taken a tougher line on Beijing.") == ["DEU>CHN-"])
    }
}

@Suite struct MutualActTests {
    @Test func aMutualActDoneWithSomeoneHoldsBothWays() {
        #expect(ExtractionHarness.stances("Joe Biden shook hands with Xi Jinping in Bali.") == ["CHN>USA+", "USA>CHN+"])
        #expect(ExtractionHarness.stances("Narendra Modi and Xi Jinping signed a joint statement.") == ["CHN>IND+", "IND>CHN+"])
        #expect(ExtractionHarness.stances("Canada cooperated with Mexico on trade.") == ["CAN>MEX+"])
    }
}

@Suite struct ProperNameAndGoodsTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aCapitalisedCueInsideAProperNameIsNoCue() {
        #expect(stances("India's Supreme Court ordered a British firm to pay damages.") == [])
        #expect(stances("China Imposes Tariffs On Australian Barley").contains("CHN>AUS-"))
    }

    @Test func goodsStandForTheStateThatProducesThem() {
        #expect(stances("Beijing imposed tariffs of 80 percent on Australian barley.") == ["CHN>AUS-"])
        #expect(stances("South Korean consumers boycotted Japanese beer.") == ["KOR>JPN-"])
    }

    @Test func needBeforeAnInfinitiveIsAModal() {
        #expect(stances("Washington, which needs both allies to deal with Iran, urged calm.") == [])
    }
}

@Suite struct PreviousActTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func theMoveInTheNextSentenceIsThePreviousOpenersAct() {
        #expect(stances("Iran seized a British tanker in the strait. London condemned the move.").contains("GBR>IRN-"))
        #expect(stances("Before dawn, Azerbaijan shelled the border. Armenia and France condemned the move.")
            .contains("ARM>AZE-"))
    }

    @Test func notWhenTheActIsNamedOrTwoSentencesBack() {
        #expect(stances("Iran seized a tanker. London welcomed the decision by Oman.").allSatisfy { !$0.contains("IRN") })
        // A paragraph that opens with the reaction still answers the sentence right before it.
        #expect(stances("Iran seized a tanker.\n\nLondon condemned the move.").contains("GBR>IRN-"))
        #expect(stances("Iran seized a tanker. Oil rose.\n\nLondon condemned the move.").allSatisfy { !$0.hasPrefix("GBR>IRN") })
    }
}
