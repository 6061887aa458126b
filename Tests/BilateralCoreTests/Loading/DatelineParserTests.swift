import Testing
@testable import BilateralCore

@Suite struct DatelineParserTests {
    @Test(arguments: [
        ("June 21, 2016 By Joseph P. Farrell", "2016-06-21", "Joseph P. Farrell"),
        ("Thursday, November 22, 2018", "2018-11-22", nil),
        ("Published 21 March 2023", "2023-03-21", nil),
        ("Dec. 16, 2016", "2016-12-16", nil),
        ("Posted on 3rd of May, 2019 by Ann Example and Bo Sample", "2019-05-03", "Ann Example and Bo Sample"),
        ("2022-02-24", "2022-02-24", nil),
        ("Updated: Sept 9, 2021 at 10:30 a.m. JST", "2021-09-09", nil),
        ("March 2023", "2023-03", nil),
        ("NEW YORK, Jan. 5, 2020 |", "2020-01-05", nil),
    ] as [(String, String, String?)])
    func readsWholeLineDatelines(line: String, date: String, author: String?) throws {
        let dateline = try #require(DatelineParser.parse(line))
        #expect(dateline.date.iso == date)
        #expect(dateline.author == author)
        #expect(dateline.isWholeLine)
    }

    @Test func aDatelineCanLeadTheText() throws {
        let dateline = try #require(DatelineParser.parse("TOKYO, March 22, 2022 — Japan said on Tuesday it would act."))
        #expect(dateline.date.iso == "2022-03-22")
        #expect(dateline.rest == "Japan said on Tuesday it would act.")
        #expect(!dateline.isWholeLine)
        let bare = try #require(DatelineParser.parse("TOKYO, March 22, 2022 —"))
        #expect(bare.isWholeLine)
    }

    @Test func aWirePlaceMayNameItsStateAndTheDateMayCarryTheWiresName() throws {
        let dateline = try #require(DatelineParser.parse("SEATTLE, Washington, Feb. 3, 2019 (Pacific Wire) - Canada said it would act."))
        #expect(dateline.date.iso == "2019-02-03")
        #expect(dateline.rest == "Canada said it would act.")
        let credited = try #require(DatelineParser.parse("LIMA, Oct. 9, 2017 (Andes News) —"))
        #expect(credited.date.iso == "2017-10-09")
        #expect(credited.isWholeLine)
        // Three comma-separated names before the date are a list, not a place.
        #expect(DatelineParser.parse("Lima, Quito, Bogota, Oct. 9, 2017 saw protests") == nil)
    }

    @Test(arguments: [
        "June 21, 2016 was the day the talks began.",
        "The Signal for a True Pivot",
        "May the talks go well",
        "February 30, 2016",
        "In 2016 Japan and Russia met.",
        "",
    ])
    func rejectsOtherLines(line: String) {
        #expect(DatelineParser.parse(line) == nil)
    }

    @Test func bylinesNameTheAuthor() {
        #expect(BylineParser.byline(in: "By Jane Q. Public") == "Jane Q. Public")
        #expect(BylineParser.byline(in: "Written by Ursula von der Leyen, staff writer") == "Ursula von der Leyen")
        #expect(BylineParser.byline(in: "By the way, this is prose.") == nil)
        #expect(BylineParser.byline(in: "By 2030 Japan will need more gas than ever before, analysts say.") == nil)
        #expect(BylineParser.bylineAndDate(in: "By Elena Roe · 24 March 2023")?.date?.iso == "2023-03-24")
        #expect(BylineParser.bylineAndDate(in: "By Elena Roe, staff writer")?.date == nil)
        #expect(BylineParser.isNameLine("Robert Matthew Shines"))
        #expect(!BylineParser.isNameLine("Power requires independence"))
    }

    @Test func datelineAndBylineLinesAreMetadataButTheTitleStaysProse() throws {
        let text = "Friday, May 6, 2016\n\nA Headline About Talks\n\nBy Ann Example\n\nThe talks began. They ended.\n"
        let (loaded, _) = CorpusLoader().load(bytes: Array(text.utf8), path: "t.txt")
        let article = try #require(loaded)
        #expect(article.date?.iso == "2016-05-06")
        #expect(article.author == "Ann Example")
        #expect(article.title == "A Headline About Talks")
        #expect(article.metadataLines == [1, 3, 5])
        let flags = article.sentences.map { ($0.line, $0.isBoilerplate) }
        #expect(flags.map(\.0) == [1, 3, 5, 7, 7])
        #expect(flags.map(\.1) == [true, false, true, false, false])
    }

    @Test func aRepeatedTitleCountsOnce() throws {
        let text = "Trade Ties in the Far East\n\nTrade Ties in the Far East\n\nThe ministers met. They talked.\n"
        let (loaded, _) = CorpusLoader().load(bytes: Array(text.utf8), path: "t.txt")
        let article = try #require(loaded)
        #expect(article.title == "Trade Ties in the Far East")
        #expect(article.metadataLines == [1, 3])
        #expect(article.proseSentences.map(\.line) == [1, 5, 5])
    }

    @Test func withoutATitleLineTheFirstHeadingOrSentenceIsUsed() throws {
        let prose = "The ministers met in a long session that went on for many hours and covered trade, fishing and travel. Then they left."
        let (withHeading, _) = CorpusLoader().load(bytes: Array("\(prose)\n\nA Section Heading\n\nMore text.\n".utf8), path: "a.txt")
        #expect(withHeading?.title == "A Section Heading")
        #expect(withHeading?.titleSource == .heading)
        let (withoutHeading, _) = CorpusLoader().load(bytes: Array("\(prose)\n".utf8), path: "b.txt")
        let title = try #require(withoutHeading?.title)
        #expect(withoutHeading?.titleSource == .firstSentence)
        #expect(title.count <= ArticleParser.titleLength)
        #expect(title.hasSuffix("…"))
        #expect(prose.hasPrefix(String(title.dropLast())))
    }

    @Test(arguments: [
        "June 21, 2016 By Joseph P. Farrell", "21st March 2023, 10:30 a.m. JST", "TOKYO, Wed. Dec. 16, 2016 - The U.S.-Japan talks",
        "Posted on 2nd of May, 2005 by O'Neil-Smith", "12th", "3rd-party 1st2nd 22ND, x.y. -a a- 'b' 7",
        String(repeating: "word 4th ", count: 30), String(repeating: "a", count: 160) + "\u{301} tail", "2016-05-06T10:00Z | Reuters",
    ])
    func asciiTokensMatchCharacterTokens(line: String) {
        for limit in [5, 160] where line.unicodeScalars.prefix(limit + 1).allSatisfy(\.isASCII) {
            #expect(DatelineTokenizer.asciiTokens(of: line, limit: limit) == DatelineTokenizer.characterTokens(of: line, limit: limit))
        }
        if !line.unicodeScalars.prefix(161).allSatisfy(\.isASCII) {
            #expect(DatelineTokenizer.asciiTokens(of: line, limit: 160) == nil)
        }
    }
}
