import Testing
@testable import BilateralCore

@Suite struct FilterTests {
    private func articles(_ filter: String) throws -> [Int] { try QueryFixture.keep(filter).articles }
    private func stances(_ filter: String) throws -> [Int] { try QueryFixture.keep(filter).stances }
    private func events(_ filter: String) throws -> [Int] { try QueryFixture.keep(filter).events }

    @Test func anEmptyFilterKeepsEverything() throws {
        let filter = try Filter.parse("   ")
        #expect(filter.isEmpty)
        let kept = filter.apply(to: QueryFixture.model)
        #expect(kept.articles == Array(0..<6))
        #expect(kept.stances == Array(0..<7))
        #expect(kept.events == Array(0..<5))
    }

    @Test func bareWordsMatchTextWithSmartCase() throws {
        #expect(try articles("kuril") == [0])
        #expect(try articles("Kuril") == [0])
        #expect(try articles("KURIL") == [])
        #expect(try articles("sochi") == [0])
        #expect(try articles("islands") == [0, 3])
        #expect(try articles("islands kuril") == [0])
        #expect(try articles("kuril | singapore") == [0, 1])
        #expect(try articles("!islands") == [1, 2, 4, 5])
        #expect(try articles("'island") == [])
        #expect(try articles("'islands") == [0, 3])
        #expect(try articles("^the") == [0, 2, 3])
        #expect(try articles("watched.$") == [1])
        #expect(try articles("^China watched.$") == [1])
        #expect(try articles("^watched") == [])
    }

    @Test func textTermsKeepTheStancesAndEventsOfTheirArticles() throws {
        #expect(try stances("kuril") == [0, 1])
        #expect(try events("kuril") == [0, 1])
    }

    @Test func actorsMatchByIdNameOrFormAndIncludeWhoActsForThem() throws {
        #expect(try articles("actor:RUS") == [0, 1, 2, 5])
        #expect(try articles("actor:russia") == [0, 1, 2, 5])
        #expect(try articles("actor:vladimir-putin") == [0, 5])
        #expect(try articles("actor:Vladimir_Putin") == [0, 5])
        #expect(try articles("actor:abe") == [0])
        #expect(try articles("actor:NATO") == [2])
        #expect(try articles("actor:nowhere") == [])
        #expect(try events("actor:CHN") == [3])
        #expect(try articles("!actor:CHN") == [0, 3, 5])
    }

    @Test func actorKeepsOnlyStancesWhoseHolderOrTargetIsTheActorOrActsForIt() throws {
        // Not every stance of an article that mentions China: only those China holds or is the target of.
        #expect(try stances("actor:CHN") == [3, 6])
        #expect(try articles("actor:CHN") == [1, 2, 4])
        // A state's filter takes in who acts for it (Abe for Japan), not the other way round.
        #expect(try stances("actor:JPN") == [0, 1, 2, 3, 4, 5, 6])
        #expect(try stances("actor:shinzo-abe") == [0])
        #expect(try stances("actor:RUS") == [0, 1, 2, 4, 5])
        #expect(try stances("!actor:CHN") == [0, 1, 2, 4, 5])
        #expect(try events("!actor:CHN") == [0, 1, 2, 4])
    }

    @Test func unknownActorsAndErasAreErrorsWithSuggestions() throws {
        let model = QueryFixture.model
        func error(_ text: String) -> FilterError? {
            do {
                try Filter.parse(text).validate(against: model)
                return nil
            } catch {
                return error
            }
        }
        #expect(error("actor:CHN") == nil)
        #expect(error("actor:chi") == nil, "a name being typed")
        #expect(error("actor:XYZ")?.message.hasPrefix("unknown actor 'XYZ'") == true)
        #expect(error("actor:CHM")?.message.contains("did you mean CHN") == true)
        #expect(error("kuril holder:Rusia")?.message.contains("did you mean RUS") == true)
        #expect(error("kuril holder:Rusia")?.column == 6)
        #expect(error("pair:RUS-XYZ")?.message.contains("unknown actor 'XYZ'") == true)
        #expect(error("era:nonexistent")?.message.hasPrefix("unknown era 'nonexistent'") == true)
        #expect(error("era:2")?.message.contains("unknown era") == true)
        #expect(error("era:sochi-2061")?.message.contains("did you mean sochi-2016") == true)
        #expect(error("era:treaty") == nil)
    }

    @Test func aTildeWordMatchesFuzzilyWithoutChangingOtherTerms() throws {
        #expect(try articles("~kurl") == [0])
        #expect(try articles("~vldvstk") == [5])
        #expect(try articles("~sngpr") == [1])
        #expect(try articles("!~kurl") == [1, 2, 3, 4, 5])
        // Plain words still mean a substring: "kurl" is in no article.
        #expect(try articles("kurl") == [])
        #expect(throws: FilterError.self) { try Filter.parse("~") }
        #expect(throws: FilterError.self) { try Filter.parse("~ku-rl") }
    }

    @Test func textRangesAreWhereTheTextWordsMatch() throws {
        let filter = try Filter.parse("kuril 'is !islands ~dscsd actor:RUS")
        #expect(filter.hasTextWords)
        #expect(filter.textRanges(in: "The Kuril Islands were discussed.") == [4..<9, 23..<32])
        #expect(try Filter.parse("'is").textRanges(in: "this is") == [5..<7])
        #expect(try Filter.parse("^the").textRanges(in: "the other the") == [0..<3])
        #expect(try !Filter.parse("!kuril actor:RUS").hasTextWords)
    }

    @Test func holderTargetAndPairAreStanceTerms() throws {
        #expect(try stances("holder:JPN") == [0, 2, 5, 6])
        #expect(try articles("holder:JPN") == [0, 1, 2, 4])
        #expect(try stances("target:RUS") == [0, 2, 5])
        #expect(try stances("pair:RUS-JPN") == [0, 1, 2, 4, 5])
        #expect(try stances("pair:JPN/RUS") == [0, 1, 2, 4, 5])
        #expect(try stances("pair:shinzo-abe-RUS") == [0])
        #expect(try articles("pair:JPN-CHN") == [1, 4])
    }

    @Test func polarityAndScore() throws {
        #expect(try stances("pol:-") == [3, 4, 5])
        #expect(try articles("pol:-") == [1, 2])
        #expect(try stances("pol:+") == [0, 1, 2])
        #expect(try stances("pol:=") == [6])
        #expect(try stances("!pol:+") == [3, 4, 5, 6])
        #expect(try stances("score:<-3") == [4, 5])
        #expect(try stances("score:<=-4") == [4, 5])
        #expect(try stances("score:>=4") == [0, 2])
        #expect(try stances("score:>4") == [2])
        #expect(try stances("score:-2..0") == [3, 6])
        #expect(try events("pol:-") == [2, 3, 4])
    }

    @Test func erasAndYears() throws {
        #expect(try articles("era:rupture-2023") == [2])
        #expect(try stances("era:rupture-2023") == [4, 5])
        #expect(try events("era:rupture-2023") == [2, 3])
        #expect(try articles("era:treaty") == [1, 3, 5])
        #expect(try articles("era:sochi | era:rupture") == [0, 2])
        #expect(try articles("year:2016..2018") == [0, 1])
        #expect(try articles("year:2016-2018") == [0, 1])
        #expect(try articles("year:2019..") == [2, 5])
        #expect(try events("year:2016..2018") == [1, 4])
        #expect(try events("year:2013") == [0])
        #expect(try stances("year:2016") == [0, 1])
    }

    @Test func termsCombine() throws {
        let kept = try QueryFixture.keep("actor:CHN pol:-")
        #expect(kept.stances == [3])
        #expect(kept.articles == [1])
        #expect(try articles("actor:JPN !pol:+ talks") == [1, 2])
        #expect(try stances("pair:RUS-JPN year:2022 | kuril") == [0, 1, 4, 5])
    }

    @Test func anIndexGivesTheSameResult() throws {
        let index = FilterIndex(model: QueryFixture.model)
        for text in ["kuril", "actor:JPN pol:-", "!islands year:2016..", "'Japan"] {
            let filter = try Filter.parse(text)
            #expect(filter.apply(to: QueryFixture.model, index: index) == filter.apply(to: QueryFixture.model))
        }
    }

    @Test(arguments: [
        ("foo:bar", 0, "unknown field"),
        ("kuril  foo:bar", 7, "unknown field"),
        ("!", 0, "'!' needs a term"),
        ("actor:", 6, "needs a value"),
        ("| kuril", 0, "'|' needs a term"),
        ("kuril |", 6, "'|' needs a term"),
        ("kuril | | x", 8, "'|' needs a term"),
        ("year:2018..2016", 5, "bad range"),
        ("year:20x6", 5, "bad year"),
        ("year:..", 5, "bad range"),
        ("pol:x", 4, "'pol:' is"),
        ("score:<<3", 6, "bad score"),
        ("score:3..1", 6, "bad range"),
        ("pair:RUS", 5, "two actors"),
        ("^", 0, "nothing to search"),
    ] as [(String, Int, String)])
    func errorsNameTheProblemAndItsColumn(text: String, column: Int, message: String) {
        do {
            _ = try Filter.parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.column == column)
            #expect(error.message.contains(message))
        }
    }

    @Test func narrowingKeepsOnlyWhatWasKept() throws {
        let model = QueryFixture.model
        let narrowed = try Filter.parse("era:rupture").apply(to: model).narrowing(model)
        #expect(narrowed.articles.map(\.id) == ["a2.txt"])
        #expect(narrowed.analyses.map(\.article) == ["a2.txt"])
        #expect(narrowed.stances.count == 2)
        #expect(narrowed.events.count == 2)
        #expect(narrowed.eras == model.eras)
    }
}
