import Foundation
import Testing
@testable import BilateralCore

@Suite struct RelationshipFocusTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    @Test func theSeedsAreAboutRussiaAndJapanWithTheCatalogueEras() throws {
        let model = Extractor().analyse(try CorpusLoader().load(paths: [Self.seeds]))
        #expect(model.pair == ["RUS", "JPN"])
        #expect(model.eras.map(\.id) == ["sochi-2016", "treaty-2018", "rupture-2023"])
        #expect(model.eras.allSatisfy { $0.source == .catalogue })
    }

    @Test func theCatalogueIsAListOfRelationshipsWithRussiaJapanFirst() throws {
        let catalogue = try EraLibrary.bundled()
        #expect(catalogue.relationships.first?.pair == ["RUS", "JPN"])
        #expect(catalogue.relationship(for: ["CHN", "IND"])?.eras.map(\.id) == ["doklam-2017", "wuhan-2018", "galwan-2020"])
        for relationship in catalogue.relationships {
            for (earlier, later) in zip(relationship.eras, relationship.eras.dropFirst()) {
                #expect(earlier.end < later.start, "\(earlier.id) overlaps \(later.id)")
            }
        }
    }

    @Test func aLandmarkOfAnotherRelationshipDatesAnUndatedArticle() {
        let model = ExtractionHarness.model([
            "Indian and Chinese soldiers fought in the Galwan Valley. India condemned China for the clash.",
        ])
        #expect(model.articles[0].date?.iso == "2020-06")
        #expect(model.articles[0].dateSource == .inferred)
        #expect(Set(model.pair) == ["IND", "CHN"])
        #expect(model.analyses[0].era == "galwan-2020")
    }

    @Test func theUsersFileComesBeforeTheCatalogue() throws {
        let file = try EraFile.parse(
            "pair: [JPN, RUS]\neras:\n  - {id: mine, label: Mine, start: 2000, end: 2099}\n", path: "eras.yaml")
        var model = Extractor().extractArticles(try CorpusLoader().load(paths: [Self.seeds]))
        RelationshipFocus.apply(to: &model, sources: EraSources(file: file, catalogue: try EraLibrary.bundled()))
        #expect(model.pair == ["JPN", "RUS"])
        #expect(model.eras.map(\.id) == ["mine"])
        #expect(model.eras.first?.source == .file)
        #expect(model.analyses.allSatisfy { $0.era == "mine" || $0.era == nil })
    }

    @Test func aRequestedPairKeepsItsOrderAndRefocusingIsRepeatable() throws {
        let extracted = Extractor().extractArticles(try CorpusLoader().load(paths: [Self.seeds]))
        let sources = EraSources(catalogue: try EraLibrary.bundled())
        let japanChina = RelationshipFocus.refocused(extracted, on: ["JPN", "CHN"], sources: sources)
        #expect(japanChina.pair == ["JPN", "CHN"])
        #expect(japanChina.eras.allSatisfy { $0.source == .detected })
        let back = RelationshipFocus.refocused(japanChina, on: ["RUS", "JPN"], sources: sources)
        var direct = extracted
        RelationshipFocus.apply(to: &direct, sources: sources)
        #expect(back == direct)
    }
}
