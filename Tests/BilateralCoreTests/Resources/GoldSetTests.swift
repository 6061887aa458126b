import Foundation
import Testing
@testable import BilateralCore

/// A hand-annotated article set in the fixtures: its folder and its gold file.
struct GoldSet: Sendable, CustomStringConvertible {
    var folder: String
    var goldFile: String
    /// How many articles the set must hold at least, and at most.
    var articleCount: ClosedRange<Int>

    /// Stance scores the extraction must keep on the set: precision, recall, grounded recall.
    var floor: (precision: Double, recall: Double, grounded: Double)? = nil

    static let devset = GoldSet(folder: "devset", goldFile: "devset-gold.json", articleCount: 8...Int.max,
                                floor: (0.95, 0.95, 0.95))
    /// Measured by the lead only: no floor, so no test ever runs the extractor on it.
    static let heldout = GoldSet(folder: "heldout", goldFile: "heldout-gold.json", articleCount: 5...5)
    /// Written after the devset, first scored P=0.92 R=0.32 grounded=0.25 before any rule saw it.
    static let unseen2 = GoldSet(folder: "unseen2", goldFile: "unseen2-gold.json", articleCount: 5...5,
                                 floor: (0.90, 0.85, 0.85))
    /// A measurement set: first scored P=0.67 R=0.70 grounded=0.60 before any rule saw it.
    static let unseen3 = GoldSet(folder: "unseen3", goldFile: "unseen3-gold.json", articleCount: 4...4,
                                 floor: (0.90, 0.95, 0.95))
    /// The session's last measurement: first scored P=0.86 R=0.57 grounded=0.57 before any rule saw it.
    static let unseen4 = GoldSet(folder: "unseen4", goldFile: "unseen4-gold.json", articleCount: 3...3,
                                 floor: (0.90, 0.80, 0.80))
    /// Four more articles (Galwan, an Iturup visit, Skripal expulsions, Osaka): first scored P=1.00 R=0.82
    /// grounded=0.82 before any rule saw it.
    static let unseen5 = GoldSet(folder: "unseen5", goldFile: "unseen5-gold.json", articleCount: 4...4,
                                 floor: (0.95, 0.90, 0.90))
    /// Written after this session's rules: first scored P=0.83 R=0.71 grounded=0.71 before any rule saw it.
    static let unseen6 = GoldSet(folder: "unseen6", goldFile: "unseen6-gold.json", articleCount: 3...3,
                                 floor: (0.85, 0.90, 0.90))
    /// Export curbs on Seoul, a salmon quota deal, a closed consulate: first scored P=0.86 R=0.60 grounded=0.60
    /// before any rule saw it.
    static let unseen7 = GoldSet(folder: "unseen7", goldFile: "unseen7-gold.json", articleCount: 3...3,
                                 floor: (0.95, 0.95, 0.95))
    /// Anchorage talks, the Canberra-Beijing falling-out, the Nordic NATO bids: first scored P=0.70 R=0.43
    /// grounded=0.43 before any rule saw it.
    static let unseen8 = GoldSet(folder: "unseen8", goldFile: "unseen8-gold.json", articleCount: 3...3,
                                 floor: (0.95, 0.90, 0.90))
    /// Geneva 2021 (wire), China-Lithuania (analysis), a water-cannon standoff (reported speech), the 2022
    /// Russia-Japan fishery and consul rows (blog, a misspelt minister): first scored P=0.88 R=0.72 grounded=0.72
    /// before any rule saw it.
    static let unseen9 = GoldSet(folder: "unseen9", goldFile: "unseen9-gold.json", articleCount: 4...4,
                                 floor: (0.95, 0.90, 0.90))
    /// The Balakot clash (wire), the 2020 Aegean standoff (undated analysis, a misspelt name), Russia's 2023 curbs
    /// on Japanese seafood (blog): written after the unseen9 rules, first scored P=0.58 R=0.54 grounded=0.54.
    static let unseen10 = GoldSet(folder: "unseen10", goldFile: "unseen10-gold.json", articleCount: 3...3,
                                  floor: (0.95, 0.72, 0.72))
    /// The 2023 Banjska attack (wire), Russia-Japan 2016-2017 missiles and summits (undated analysis, a misspelt
    /// minister), the Meng Wanzhou affair (blog): written after the unseen10 rules, first scored P=0.73 R=0.56 grounded=0.56.
    static let unseen11 = GoldSet(folder: "unseen11", goldFile: "unseen11-gold.json", articleCount: 3...3,
                                  floor: (0.95, 0.88, 0.88))

    /// The Sakhalin-2 decree (wire), the 2018 US-Turkey tariff quarrel over a detained pastor (blog with share,
    /// newsletter and related links), the THAAD dispute (undated analysis, a misspelt president), the Soleimani fallout
    /// (wire, coordinated leaders): written after the unseen11 rules, first scored P=0.50 R=0.29 grounded=0.29; P=1.00 R=0.65 after the rules it prompted.
    static let unseen12 = GoldSet(folder: "unseen12", goldFile: "unseen12-gold.json", articleCount: 4...4,
                                  floor: (0.95, 0.70, 0.70))

    /// The lead's second held-out set (Kerch 2018 wire, Saudi-Canada 2018 blog, Pulwama 2019 analysis, Russia's 2022
    /// entry ban on Kishida): annotated before any run and never tuned on, so it has no floor. Measured
    /// P=0.81 R=0.64 on the rules of 23ca068 (with three neutral acceptables since dropped; recall is unaffected)
    /// and P=0.82 R=0.71 on 6b57518; P=0.71 R=0.71 when session 7 began, P=0.85 R=0.79 after its general fixes (the
    /// paragraph-opening pair noun, appeals to both sides, unpartnered relation acts, a raid answered).
    static let heldout2 = GoldSet(folder: "heldout2", goldFile: "heldout2-gold.json", articleCount: 4...4)

    /// The lead's third held-out set, written in session 4 (Kishida's 2023 Kyiv visit wire, the 2017 Qatar blockade
    /// blog, the 2019 end of the INF treaty as an undated analysis, the 2020 Karabakh ceasefire): annotated before any
    /// run and never tuned on, so it has no floor. Measured P=0.81 R=0.73 grounded=0.73 on the rules of fadbefc.
    static let heldout3 = GoldSet(folder: "heldout3", goldFile: "heldout3-gold.json", articleCount: 4...4)

    /// Session 5 (issue 15), pairs other than Russia-Japan: Doklam 2017 (wire with a tripoint), Turkey's hold on
    /// Sweden's NATO bid (op-ed: a hypothetical, a denial, a wish), the 2018-19 tariff war (timeline with dated
    /// headings), China's barley duties lifted (blog), the Japan-Korea export curbs (undated analysis). Annotated
    /// before any run; first scored P=0.75 R=0.79 grounded=0.74 events=0.60 on the rules of cf72a83.
    static let unseen13 = GoldSet(folder: "unseen13", goldFile: "unseen13-gold.json", articleCount: 5...5,
                                  floor: (0.90, 0.90, 0.85))
    /// Session 5 (issue 15): the Stena Impero release (wire, Whitehall), Prespa (wire, a lake where three borders
    /// meet), the Nile dam (undated analysis), the 2014 US-Cuba thaw (op-ed), the Indian pilot's return (blog).
    /// Annotated before any run; first scored P=0.54 R=0.40 grounded=0.33 dates=4/5 on the rules of cf72a83.
    static let unseen14 = GoldSet(folder: "unseen14", goldFile: "unseen14-gold.json", articleCount: 5...5,
                                  floor: (0.95, 0.78, 0.78))
    /// Session 5's held-back set (Second Thomas Shoal 2023 wire, the Saudi-Iranian deal analysis, the Serbia-Kosovo
    /// plates timeline, the Poland-Belarus border blog): annotated before any run, never tuned on, so no floor.
    /// First scored P=0.61 R=0.67 grounded=0.58 events=0.43 on the rules of cf72a83.
    static let heldout4 = GoldSet(folder: "heldout4", goldFile: "heldout4-gold.json", articleCount: 4...4)

    /// Session 6 (issue 15), written before the session's class 7 and 8 rules ran and annotated before any run on it:
    /// Venezuela-Guyana at Argyle 2023 (wire), Algeria's 2021 break with Morocco (wire), Kenya-Somalia 2019-2021
    /// (timeline), the Israel-Turkey thaw and rupture 2022-2024 (undated analysis). First run, on this session's class 7 and 8
    /// rules (before any change they prompted): P=1.00 R=1.00 grounded=0.92 dates=4/4 eras=3/4 events=0.90.
    static let unseen15 = GoldSet(folder: "unseen15", goldFile: "unseen15-gold.json", articleCount: 4...4,
                                  floor: (0.95, 0.95, 0.90))
    /// Session 6 (issue 15), written and annotated like unseen15: Poland's 2022 reparations note (op-ed), the 2017
    /// Dutch-Turkish rally row (blog), Egypt-Turkey 2013-2024 (dated analysis), the 2022 Colombia-Venezuela border (wire).
    /// First run, on the same rules: P=0.83 R=0.57 grounded=0.50 dates=4/4 events=0.60. With the leaders it showed
    /// the gazetteer lacked (Maduro, read as a misspelt Majuro; Petro, Sisi, Herzog, Lapid, Kenyatta, Ruto, Tebboune):
    /// P=0.92 R=0.64 grounded=0.64. Session 7's rules (a stated nationality over a fixed affiliation, the unnamed partner
    /// of a relation act, "the Dutch" as the nation): P=0.93 R=0.86 grounded=0.86.
    static let unseen16 = GoldSet(folder: "unseen16", goldFile: "unseen16-gold.json", articleCount: 4...4,
                                  floor: (0.90, 0.90, 0.90))
    /// Session 7 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's class 2/3/5/6/8/9 rules were being made, and first scored after all of them landed (758cb31):
    /// the Ethiopia-Eritrea peace (wire), India-Maldives 2023-24 (op-ed), the Thai-Cambodian border fighting of 2025
    /// (timeline), the Iran-Pakistan strikes of 2024 (analysis), the raid on Mexico's embassy in Quito (blog), the
    /// Kyrgyz-Tajik border treaty (brief). First run: P=0.69 R=0.55 grounded=0.48 dates=6/6 eras=6/6 events=0.78.
    /// Its misses were read in session 8 (now development data): P=1.00 R=0.71 grounded=0.71 with the session's
    /// recall and precision rules (41dd1c7). Session 9, with the leaders added to the data: P=1.00 R=0.87 grounded=0.87.
    static let unseen17 = GoldSet(folder: "unseen17", goldFile: "unseen17-gold.json", articleCount: 6...6,
                                  floor: (0.95, 0.88, 0.88))
    /// Session 8 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall and precision rules were being made, and first scored after all of them landed
    /// (86c64f9): Canada-India visas 2023 (wire), Spain-Morocco 2021-22 (op-ed), Israel-UAE 2020-21 (timeline),
    /// Pakistan-Afghanistan 2025 (analysis), France-Australia after AUKUS (blog), the Gulf states and Lebanon 2021
    /// (brief), Japan-Philippines 2023 (readout). First run: P=0.80 R=0.54 grounded=0.46 dates=7/7 eras=7/7
    /// events=0.70. Development data in session 9: its misses were read, and the recall rules (envoys recalled from
    /// their posts, elliptical repeats, judging predicates) give P=0.83 R=0.73 grounded=0.68; with the precision rules
    /// (acts called off or falsely reported, pacts as no actors, "the two neighbours", leaders) P=1.00 R=0.76 grounded=0.71.
    static let unseen18 = GoldSet(folder: "unseen18", goldFile: "unseen18-gold.json", articleCount: 7...7,
                                  floor: (0.95, 0.75, 0.70))
    /// Session 9 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall and precision rules were being made, and first scored after all of them landed
    /// (54a0e5b): the Mali-Algeria drone row of 2025 (wire), Argentina-Spain 2024 (op-ed), Congo-Rwanda from Luanda
    /// to Washington (timeline), Ethiopia-Somalia 2024-25 (analysis), the US-Colombia deportation flights of 2025
    /// (blog), Peru's expulsion of Mexico's ambassador in 2022 (brief), Putin and Aliyev in Dushanbe 2025 (readout).
    /// First run: P=0.88 (29/33) R=0.64 (25/39) grounded=0.59 (23/39) dates=7/7 eras=7/7 events=0.81. Development
    /// data in session 10: with the session's recall rules (answers in kind, judged named acts, co-signers) R=0.74.
    /// Session 11: with an agreement signed "with" a partner binding both, and "turned back" read as a rejection,
    /// R=0.74 (29/39) grounded=0.74 (29/39).
    static let unseen19 = GoldSet(folder: "unseen19", goldFile: "unseen19-gold.json", articleCount: 7...7,
                                  floor: (0.95, 0.78, 0.78))
    /// Session 10 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall and precision rules were being made, and first scored after all of them landed
    /// (71809f5): Colombia-Ecuador after the 2008 raid, to the Rio Group handshake (wire), the US-Denmark Greenland
    /// quarrel of 2019 (op-ed), India-Nepal and the Lipulekh road 2019-21 (timeline), Slovenia-Croatia and the Bay of
    /// Piran award (analysis), Russia's 2019 flight ban on Georgia (blog), Indonesia's 2013 recall from Australia
    /// (brief), the Panmunjom summit of 2018 (readout).
    /// First run: P=0.66 (19/29) R=0.45 (17/38) grounded=0.39 (15/38) dates=7/7 eras=7/7 events=0.95. Development
    /// data in session 11: with a body's summit of its members silent, "both sides" and "the two countries" bound to
    /// the article's pair, appositive relative clauses and more leaders known, P=1.00 (25/25) R=0.61 grounded=0.58. With tours of
    /// meetings, force on another's ground, troops sent to a border, seats of government and refraining asked for
    /// as well: P=1.00 (33/33) R=0.82 (31/38) grounded=0.76 (29/38).
    static let unseen20 = GoldSet(folder: "unseen20", goldFile: "unseen20-gold.json", articleCount: 7...7,
                                  floor: (0.95, 0.88, 0.83))
    /// Session 11 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall and precision rules were being made, and first scored after all of them landed
    /// (51286f5): the Sudan-South Sudan Addis Ababa agreements of 2012 (wire), the Poland-Ukraine grain row of 2023
    /// (op-ed), Malaysia-North Korea after the Kuala Lumpur killing 2017-21 (timeline), Chile-Bolivia and the Silala
    /// and sea-access rulings (analysis), Brazil-Israel after Lula's comparison in 2024 (blog), the reopening of the
    /// Rwanda-Uganda border at Gatuna in 2022 (brief), Erdogan and Pashinyan in Prague in 2022 (readout).
    /// First run: P=0.82 (28/34) R=0.56 (23/41) grounded=0.56 (23/41) dates=7/7 eras=7/7 events=0.94.
    static let unseen21 = GoldSet(folder: "unseen21", goldFile: "unseen21-gold.json", articleCount: 7...7,
                                  floor: (0.95, 0.67, 0.67))

    /// Session 12 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall and precision rules were being made, and first scored after all of them landed
    /// (2fb895e): the Vietnam-China oil rig standoff of 2014 (wire), France-Niger after the 2023 coup (op-ed), the
    /// Czech-Russian Vrbetice expulsions of 2021 (timeline), Bangladesh-Myanmar and the failed Rohingya return of 2019
    /// (analysis), the France-Italy ambassador recall of 2019 (blog), Iraq-Sweden in July 2023 (brief), the
    /// Australia-Japan Reciprocal Access Agreement of 2022 (readout).
    /// First run: P=0.91 (29/32) R=0.67 (24/36) grounded=0.58 (21/36) dates=7/7 eras=7/7 events=0.80.
    static let unseen22 = GoldSet(folder: "unseen22", goldFile: "unseen22-gold.json", articleCount: 7...7,
                                  floor: (0.90, 0.82, 0.77))

    /// Session 13 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall rules were being made, and first scored after all of them landed (fdbc536): the
    /// Norway-Russia Barents Sea treaty of 2010 (wire), Israel-Poland from the 2018 Holocaust law to the 2021 property
    /// law (op-ed), the India-Bangladesh enclave exchange of 2015 (blog), the Australia-Timor-Leste maritime boundary
    /// of 2019 (analysis), Britain-Mauritius and the Chagos from 1965 to 2025 (timeline), the United States-Mexico
    /// tariff deal of June 2019 (brief), the Koizumi-Kim Jong-il summit of 2002 (readout).
    /// First run: P=0.97 (30/31) R=0.63 (24/38) grounded=0.50 (19/38) dates=7/7 eras=7/7 events=0.86.
    /// Session 14, with mutual acts with representatives of a list, exchanges of notes, bare protests answering the
    /// act before, "the court", demands taken up and heading dates: P=1.00 (35/35) R=0.82 (31/38) grounded=0.71 (27/38).
    static let unseen23 = GoldSet(folder: "unseen23", goldFile: "unseen23-gold.json", articleCount: 7...7,
                                  floor: (0.95, 0.81, 0.70))

    /// Session 14 (issue 15), written and annotated by an engineer who neither ran the extractor nor read its rules,
    /// while the session's recall rules were being made, and first scored after all of them landed (24cdebf): the
    /// Azerbaijan-Iran embassy shooting of 2023 (wire), the UK-Spain-EU Gibraltar agreement of 2025 (op-ed), the
    /// Argentina-Uruguay pulp-mill settlement of 2010 (blog), Malaysia-Singapore rail and port limits 2018-2021
    /// (analysis), Bulgaria-North Macedonia 2017-2022 (timeline), Israel-Ireland and the Dublin embassy of 2024
    /// (brief), the Biden-Trong meeting in Hanoi of 2023 (readout).
    /// First run: P=0.78 (31/40) R=0.53 (24/45) grounded=0.53 (24/45) dates=6/7 eras=6/7 events=0.85.
    /// After front matter read line by line and a "she"/"he" subject of its own clause: P=0.91 (31/34) R=0.53
    /// grounded=0.53 dates=7/7 events=0.87. With nine heads of government and ministers added to the gazetteer:
    /// P=0.89 (34/38) R=0.60 (27/45) grounded=0.60 events=0.90.
    static let unseen24 = GoldSet(folder: "unseen24", goldFile: "unseen24-gold.json", articleCount: 7...7,
                                  floor: (0.86, 0.58, 0.58))

    /// Every annotated set, for the checks that hold for all of them.
    static let annotated: [GoldSet] = [
        .devset, .heldout, .unseen2, .unseen3, .unseen4, .unseen5, .unseen6, .unseen7, .unseen8, .unseen9, .unseen10,
        .unseen11, .unseen12, .heldout2, .heldout3, .unseen13, .unseen14, .heldout4, .unseen15, .unseen16,
        .unseen17, .unseen18, .unseen19, .unseen20, .unseen21,
        .unseen22, .unseen23, .unseen24,
    ]

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../Fixtures")
        .standardizedFileURL

    var description: String { folder }
    var folderURL: URL { Self.fixtures.appendingPathComponent(folder) }

    func gold() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(goldFile))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func articles() throws -> [String: [String: Any]] {
        try #require(try gold()["articles"] as? [String: [String: Any]])
    }
}

/// Keeps each own-words article set and its hand annotation consistent with each other.
@Suite struct GoldSetTests {
    static let eras = ["sochi-2016", "treaty-2018", "rupture-2023"]

    /// The era an article belongs to follows from the year of its date (none before the catalogue's first era).
    static func era(forYear year: Int) -> String? {
        switch year {
        case ..<2016: nil
        case ..<2018: "sochi-2016"
        case 2018...2021: "treaty-2018"
        default: "rupture-2023"
        }
    }

    @Test(arguments: GoldSet.annotated)
    func hasTheSeedGoldShape(_ set: GoldSet) throws {
        let gold = try set.gold()
        #expect(gold["schema"] as? Int == 1)
        #expect(gold["eras"] as? [String] == Self.eras)
        #expect(gold["about"] is String)
        for (name, article) in try set.articles() {
            for key in ["actors_required", "stances_required", "stances_acceptable", "events_required", "events_acceptable"] {
                #expect(article[key] is [Any], "\(name) lacks \(key)")
            }
            if let era = article["era"] as? String { #expect(Self.eras.contains(era), "\(name): \(era)") }
            if article["date"] is NSNull { #expect(article["date_may_be_unknown"] as? Bool == true, "\(name)") }
            let events = (article["events_required"] as? [[String: String]] ?? []) + (article["events_acceptable"] as? [[String: String]] ?? [])
            for date in events.compactMap({ $0["date"] }) + [article["date"] as? String].compactMap({ $0 }) {
                #expect(date.wholeMatch(of: /\d{4}(-\d{2}(-\d{2})?)?/) != nil, "\(name): \(date)")
            }
            for stance in (article["stances_required"] as? [[String: Any]] ?? []) + (article["stances_acceptable"] as? [[String: Any]] ?? []) {
                let polarity = stance["polarity"] as? String
                #expect(polarity == "cooperative" || polarity == "conflictual", "\(name): \(String(describing: polarity))")
            }
        }
    }

    @Test(arguments: GoldSet.annotated)
    func eachEraFollowsItsArticleDate(_ set: GoldSet) throws {
        for (name, article) in try set.articles() {
            guard let date = article["date"] as? String, let year = Int(date.prefix(4)) else { continue }
            #expect(article["era"] as? String == Self.era(forYear: year), "\(name): \(date)")
        }
    }

    @Test(arguments: GoldSet.annotated)
    func everyArticleFileIsAnnotated(_ set: GoldSet) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: set.folderURL.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(set.articleCount.contains(files.count))
        #expect(Set(files) == Set(try set.articles().keys))
    }

    @Test(arguments: GoldSet.annotated)
    func evidencePhrasesOccurVerbatimInTheirArticle(_ set: GoldSet) throws {
        for (name, article) in try set.articles() {
            let text = try String(contentsOf: set.folderURL.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            let stances = try #require(article["stances_required"] as? [[String: Any]])
            #expect(!stances.isEmpty, "\(name) has no required stance")
            for stance in stances {
                let evidence = try #require(stance["evidence"] as? [String])
                #expect(!evidence.isEmpty)
                for phrase in evidence {
                    #expect(lines.contains { $0.contains(phrase) }, "\(name): \(phrase)")
                }
                #expect(stance["holder"] as? String != stance["target"] as? String)
            }
        }
    }

    @Test(arguments: GoldSet.annotated.filter { $0.floor != nil })
    func stanceScoresStayAboveTheFloor(_ set: GoldSet) throws {
        let floor = try #require(set.floor)
        let gold = try GoldFile.load(path: set.folderURL.path + "-gold.json")
        let model = Extractor().analyse(try CorpusLoader().load(paths: [set.folderURL.path]))
        let result = Evaluator(gazetteer: try Gazetteer.bundled()).evaluate(model, against: gold)
        #expect(result.articles == (try set.articles()).count)
        #expect(result.precision >= floor.precision, "\(set): \(result.summary)")
        #expect(result.recall >= floor.recall, "\(set): \(result.summary)")
        #expect(result.grounded >= floor.grounded, "\(set): \(result.summary)")
    }

    /// Eighty own-words wire sentences that name states but report no act between them (session 5, issue 15): the
    /// share that gets a stance anyway. First run on the rules of cf72a83: 1 of 80 sentences (1.3%).
    @Test func sentencesWithoutAnActBetweenStatesStayQuiet() throws {
        let folder = GoldSet.fixtures.appendingPathComponent("nonevent")
        let gold = try GoldFile.load(path: folder.path + "-gold.json")
        #expect(gold.articles.count == 4 && gold.articles.values.allSatisfy { $0.sentencesWithoutStances == true })
        let model = Extractor().analyse(try CorpusLoader().load(paths: [folder.path]))
        let result = Evaluator(gazetteer: try Gazetteer.bundled()).evaluate(model, against: gold)
        #expect(result.quietSentences >= 80)
        #expect(result.falsePositiveRate <= 0.0125, "\(result.misses)")
    }
}
