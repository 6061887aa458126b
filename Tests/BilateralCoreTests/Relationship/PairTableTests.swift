import Testing
@testable import BilateralCore

@Suite struct PairTableTests {
    @Test func personsAndBodiesCountAsTheStateTheyActFor() {
        let model = RelationshipModels.model([
            ("shinzo-abe", "vladimir-putin", 4, "2016-05-06"),
            ("mofa-russia", "JPN", -4, "2022-03-21"),
            ("CHN", "IND", -5, "2020-06-15"),
        ])
        let focal = PairTable.focalPair(in: model)
        #expect(focal.map { Set($0.pair) } == ["RUS", "JPN"])
        #expect(focal?.stances == 2)
        #expect(focal?.net == 0)
        #expect(focal?.from?.iso == "2016-05-06")
        #expect(focal?.to?.iso == "2022-03-21")
    }

    @Test func aStanceOfAnActorTowardItselfIsIgnored() {
        let model = RelationshipModels.model([
            ("vladimir-putin", "RUS", 3, nil), ("mofa-russia", "vladimir-putin", 3, nil), ("RUS", "RUS", -2, nil),
            ("JPN", "CHN", 1, nil),
        ])
        let pairs = PairTable.pairs(in: model)
        #expect(pairs.map(\.key) == ["CHN-JPN"])
        #expect(PairTable.focalPair(in: model)?.pair == ["CHN", "JPN"])
    }

    @Test func bothDirectionsCountTogether() {
        let model = RelationshipModels.model([("IND", "CHN", -5, nil), ("CHN", "IND", -4, nil), ("RUS", "JPN", 2, nil)])
        #expect(PairTable.focalPair(in: model).map { Set($0.pair) } == ["IND", "CHN"])
    }

    @Test func tiesBreakByMentionsThenAlphabetically() {
        let stances: [(String, String, Double, String?)] = [("RUS", "JPN", 2, nil), ("IND", "CHN", -2, nil)]
        let byMentions = RelationshipModels.model(stances, mentions: ["IND": 9, "CHN": 1, "RUS": 3, "JPN": 3])
        #expect(PairTable.focalPair(in: byMentions)?.pair == ["IND", "CHN"])
        let persons = RelationshipModels.model(stances, mentions: ["shinzo-abe": 20, "CHN": 1])
        #expect(PairTable.focalPair(in: persons)?.pair == ["JPN", "RUS"])
        let even = RelationshipModels.model(stances)
        // CHN-IND sorts before JPN-RUS; within the pair, equal mentions put the ids in alphabetical order.
        #expect(PairTable.focalPair(in: even)?.pair == ["CHN", "IND"])
    }

    @Test func twoOrganisationsAreNoPairButAStateAndAnOrganisationAre() {
        let model = RelationshipModels.model([
            ("NATO", "EU", 3, nil), ("EU", "NATO", 3, nil), ("NATO", "RUS", -4, nil),
        ])
        #expect(PairTable.pairs(in: model).map(\.key) == ["NATO-RUS"])
    }

    @Test func stancesTheUserRejectedAreLeftOut() {
        var model = RelationshipModels.model([("RUS", "JPN", 2, nil), ("IND", "CHN", -2, nil), ("IND", "CHN", -3, nil)])
        model.stances[1].verdict = .rejected
        model.stances[2].verdict = .rejected
        #expect(PairTable.focalPair(in: model).map { Set($0.pair) } == ["RUS", "JPN"])
    }

    @Test func noStanceBetweenStatesMeansNoFocalPair() {
        let model = RelationshipModels.model([("shinzo-abe", "JPN", 2, nil)])
        #expect(PairTable.focalPair(in: model) == nil)
    }
}
