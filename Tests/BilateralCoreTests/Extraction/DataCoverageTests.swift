import Testing
@testable import BilateralCore

/// The data files cover the wider world: every UN member state by name, and the common verbs and nouns of
/// diplomatic news by CAMEO root category, probed through the lexicon with their inflections.
@Suite struct DataCoverageTests {
    private static let lexicon = ExtractionHarness.extractor.lexicon
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    /// The CAMEO root code of the longest cue that `phrase` opens with, or nil when the lexicon misses it.
    private func category(of phrase: String) -> String? {
        let tokens = Tokenizer().tokens(of: phrase)
        guard let first = Self.lexicon.cues(in: tokens).first, first.tokens.lowerBound == 0 else { return nil }
        return String(first.cue.category.prefix(2))
    }

    /// Common cue words of wire copy, inflected as they are printed, by the CAMEO root they belong to.
    private static let probes: [String: [String]] = [
        "02": ["urged", "appealed", "called on", "asked", "requested", "invited", "pleaded"],
        "03": ["pledged", "vowed", "promised", "offered", "proposed", "proposal", "commitment", "readiness"],
        "04": ["video call", "visited", "met", "hosted", "telephoned", "mediated", "mediating", "mediation", "negotiated", "summit"],
        "05": ["praised", "hailed", "welcomed", "lauded", "thanked", "congratulated", "commended", "applauded",
               "endorsed", "extolled", "saluted", "apologised", "gratitude", "condolences"],
        "06": ["cooperated", "collaborated", "invested", "cooperation"],
        "07": ["credit line", "aided", "donated", "assisted", "funded", "supplied", "donation", "assistance", "loan"],
        "08": ["eased", "lifted", "released", "freed", "conceded", "ceasefire", "truce"],
        "10": ["demanded", "insisted", "ultimatum"],
        "11": ["rebuked", "slammed", "lambasted", "blasted", "chided", "scolded", "denounced", "decried", "deplored",
               "criticised", "criticized", "condemned", "accused", "castigated", "reproached", "excoriated",
               "chastised", "vilified", "mocked", "railed against", "upbraided", "took issue with", "denunciation", "tirade"],
        "12": ["downplayed", "played down", "voted against", "rejected", "rebuffed", "spurned", "vetoed", "snubbed", "dismissed", "ruled out", "balked at", "scoffed at", "rejection"],
        "13": ["warned", "threatened", "retaliated", "warning"],
        "14": ["protested", "summoned"],
        "15": ["deployed", "mobilised", "amassed", "military exercises", "naval exercises", "sabre-rattling"],
        "16": ["expelled", "recalled", "downgraded", "severed", "suspended", "froze", "terminated", "reneged",
               "rupture", "expulsions"],
        "17": ["blockaded", "seized", "detained", "arrested", "sanctioned", "blacklisted", "embargo", "tariffs",
               "impounded", "imprisoned", "jailed", "seizure", "crackdown", "trade war", "asset freeze", "penalized"],
        "18": ["shelled", "struck", "invaded", "annexed", "bombed", "assaulted", "bombardment", "abducted",
               "kidnapped", "assassinated", "downed", "opened fire on"],
        "19": ["fought", "clashed", "battled", "fighting"],
    ]

    @Test(arguments: probes.keys.sorted())
    func everyProbeCueIsInItsCategory(code: String) {
        for phrase in Self.probes[code] ?? [] {
            #expect(category(of: phrase) == code, "\(phrase)")
        }
    }

    @Test func aTradeWarIsCoercionNotWarfare() {
        #expect(category(of: "trade war") == "17")
        #expect(category(of: "war") == "19")
    }

    @Test func newCuesGiveTheirStanceInShortSentences() {
        #expect(stances("Qatar lauded Oman for its patient mediation.") == ["QAT>OMN+"])
        #expect(stances("Bahrain chastised Lebanon over the remarks.") == ["BHR>LBN-"])
        #expect(stances("Rwanda excoriated Burundi on Tuesday.") == ["RWA>BDI-"])
        #expect(stances("Zambia telephoned Zimbabwe to discuss the dam.") == ["ZMB>ZWE+"])
        #expect(stances("Chad jailed two Cameroonian diplomats.") == ["TCD>CMR-"])
        #expect(stances("Kenya expressed its gratitude to Uganda for the convoy.") == ["KEN>UGA+"])
        #expect(stances("Namibia balked at Angola's request.") == ["NAM>AGO-"])
        #expect(stances("Ukraine branded Russia a terrorist state.") == ["UKR>RUS-"])
        #expect(stances("Argentina voted against Britain at the UN.") == ["ARG>GBR-"])
        #expect(stances("Turkey extended a credit line to Egypt.") == ["TUR>EGY+"])
        #expect(stances("Tunisia downplayed Libya's concerns.") == ["TUN>LBY-"])
        #expect(stances("Manama recalled its ambassador from Doha.") == ["BHR>QAT-"])
        #expect(stances("Ethiopia reiterated that Eritrea must pull its troops back.") == ["ETH>ERI-"])
    }

    @Test func lookAlikesWithoutTwoActorsStaySilent() {
        // A railway is no rebuke, and a lone state holds no stance on nobody.
        #expect(stances("Freight from Angola moved by rail across Namibia.") == [])
        #expect(stances("Ghana lauded the new harvest figures.") == [])
        // Remembering is not recalling an envoy.
        #expect(stances("The Kenyan ambassador recalled his years in Cairo.") == [])
        #expect(stances("Estonia voted against the budget at home.") == [])
    }

    @Test func everyUNMemberStateIsInTheGazetteer() {
        let gazetteer = ExtractionHarness.extractor.gazetteer
        let members = """
            AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
            BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV
            GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
            IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
            MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER
            PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD
            ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN
            VNM YEM ZMB ZWE
            """.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(members.count == 193)
        #expect(members.filter { gazetteer.entry($0)?.kind != .state } == [])
        for organisation in ["NATO", "EU", "UN", "G7", "G20", "ASEAN", "BRICS", "SCO", "arctic-council", "IAEA", "WTO",
                             "OSCE", "AU", "arab-league", "GCC", "quad"] {
            #expect(gazetteer.entry(organisation)?.kind == .organisation, "\(organisation)")
        }
    }

    @Test func newStatesAreFoundByNameAdjectiveAndCapital() {
        #expect(stances("Bahraini officials praised Kuwait City for the aid.") == ["BHR>KWT+"])
        #expect(stances("Manama welcomed the Arab League statement.") == ["BHR>arab-league+"])
        #expect(stances("The Ivory Coast and Ghana signed a cocoa pact.").contains("CIV>GHA+"))
    }
}
