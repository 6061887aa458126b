import Testing
@testable import BilateralCore

@Suite struct TemporalTaggerTests {
    /// Every date in `text`, resolved against `anchor` (a front-matter date).
    private func dates(_ text: String, anchor: String? = nil, exact: Bool = true) -> [String] {
        let tokens = Tokenizer().tokens(of: text)
        let tagger = TemporalTagger()
        let tense = tagger.tense(of: tokens)
        return tagger.matches(in: tokens).compactMap {
            $0.expression.resolve(against: anchor.flatMap(PartialDate.init(iso:)), exactAnchor: exact, tense: tense)?.iso
        }
    }

    @Test func absoluteDatesInManyForms() {
        #expect(dates("They met on June 21, 2016 and again on 3 July 2017.") == ["2016-06-21", "2017-07-03"])
        #expect(dates("The deal of Nov. 14, 2018 was signed.") == ["2018-11-14"])
        #expect(dates("Filed 2016-05-06, revised 2016-07.") == ["2016-05-06", "2016-07"])
        #expect(dates("It began in May 2005.") == ["2005-05"])
        #expect(dates("Thursday, November 22, 2018") == ["2018-11-22"])
    }

    @Test func yearsOnlyInDateContexts() {
        #expect(dates("Troops left in 1945, after a 2001 treaty.") == ["1945", "2001"])
        #expect(dates("They sent 100 vehicles and 2000 troops with an 8-point plan.") == [])
        #expect(dates("The Vostok-2018 drills were large.") == [])
        #expect(dates("Ties have been cold since the 1970s.") == ["1970"])
    }

    @Test func monthAndDayTakeTheArticleYearAndTense() {
        #expect(dates("The forum will open on September 2.", anchor: "2016-05-06") == ["2016-09-02"])
        #expect(dates("Talks resume in March.", anchor: "2023-06-01") == ["2023-03"])
        #expect(dates("The summit was held on December 15.", anchor: "2017-02-01") == ["2016-12-15"])
        #expect(dates("The forum opens on September 2.") == [])
    }

    @Test func relativeExpressionsAgainstTheArticleDate() {
        #expect(dates("Two years ago Tokyo agreed.", anchor: "2016-06-21") == ["2014"])
        #expect(dates("Yesterday the envoy left.", anchor: "2016-06-21") == ["2016-06-20"])
        #expect(dates("The ministry protested on Friday.", anchor: "2023-04-17") == ["2023-04-14"])
        #expect(dates("Aid promised last week arrived.", anchor: "2023-04-03") == ["2023-03"])
        #expect(dates("This year's forum and next year's talks.", anchor: "2019-02-01") == ["2019", "2020"])
        #expect(dates("the past year") == [])
    }

    @Test func dayLevelRelativesNeedAnExactArticleDate() {
        #expect(dates("Yesterday the envoy left.", anchor: "2016-06-21", exact: false) == [])
        #expect(dates("Next year the envoy returns.", anchor: "2016-06-21", exact: false) == ["2017"])
    }
}
