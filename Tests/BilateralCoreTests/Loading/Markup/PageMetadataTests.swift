import Testing
@testable import BilateralCore

/// Titles without the site's name, and dates and authors in the forms pages write them.
@Suite struct PageMetadataTests {
    @Test(arguments: [
        ("India, China agree to ease border tension | World News", "World News", "India, China agree to ease border tension"),
        ("The Daily Ledger - Japan protests drills near islands", "The Daily Ledger", "Japan protests drills near islands"),
        ("Opinion | Republicans are following the leader to nowhere - The Paper", "The Paper",
         "Opinion | Republicans are following the leader to nowhere"),
        ("No separator in this title", nil, "No separator in this title"),
        ("Reform is slow - and that is the point, say the ministers in charge of it", nil,
         "Reform is slow - and that is the point, say the ministers in charge of it"),
    ] as [(String, String?, String)])
    func titleLosesTheSiteName(title: String, site: String?, expected: String) {
        #expect(PageTitle.withoutSiteName(title, siteName: site, heading: nil) == expected)
    }

    @Test func headingPicksThePartOfTheTitleItMatches() {
        let title = "Markets | Yen falls after central bank holds rates | Money Desk"
        #expect(PageTitle.withoutSiteName(title, siteName: nil, heading: "Yen falls after central bank holds rates")
            == "Yen falls after central bank holds rates")
    }

    @Test func datesInTheFormsPagesUse() {
        #expect(PageMetadata.date("2019-11-19T12:00:00Z") == PartialDate(year: 2019, month: 11, day: 19))
        #expect(PageMetadata.date("2019/11/19") == PartialDate(year: 2019, month: 11, day: 19))
        #expect(PageMetadata.date("not a date") == nil)
        #expect(FeedItem.date("Tue, 19 Nov 2019 12:00:00 GMT") == PartialDate(year: 2019, month: 11, day: 19))
    }

    @Test func authorsThatAreNotNames() {
        #expect(PageMetadata.author("By Jane Doe") == "Jane Doe")
        #expect(PageMetadata.author("https://www.facebook.com/someone") == nil)
        #expect(PageMetadata.author("@handle") == nil)
    }

    @Test func jsonLDInAListOrAGraphWithAuthorObjects() {
        let json = """
            [{"@type": "BreadcrumbList"}, {"@type": ["ReportageNewsArticle"], "headline": "H",
              "datePublished": "2020-01-02", "author": {"@type": "Person", "name": "A B"}}]
            """
        let found = JSONLinkedData.articles(in: json)
        #expect(found.count == 1)
        #expect(found.first?.headline == "H")
        #expect(found.first?.author == "A B")
        #expect(JSONLinkedData.articles(in: "{not json").isEmpty)
    }
}
