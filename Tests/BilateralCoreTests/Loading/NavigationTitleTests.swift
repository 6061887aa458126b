import Testing
@testable import BilateralCore

/// Pages saved as text start with the site's furniture; the title is the headline below it.
@Suite struct NavigationTitleTests {
    func article(_ text: String) -> Article {
        ArticleParser().parse(id: "a.txt", path: "a.txt", lines: text.components(separatedBy: "\n")).article
    }

    @Test func aBreadcrumbIsNotTheTitle() {
        let page = article("""
            Home › Asia-Pacific › Russia

            Japan and Russia agree to resume peace treaty talks

            By Anna Petrova

            Japan and Russia agreed on Tuesday to resume talks on a peace treaty, officials said.
            """)
        #expect(page.title == "Japan and Russia agree to resume peace treaty talks")
        #expect(page.author == "Anna Petrova")
        #expect(page.metadataLines.contains(1))
    }

    @Test func skipLinksSiteNamesAndSectionsAreNotTheTitle() {
        let page = article("""
            Skip to main content

            The Diplomat

            India, China agree on new border patrol arrangements | World News

            Rahul Mehta, Staff Writer

            India and China have agreed on patrolling arrangements along their disputed border.
            """)
        #expect(page.title == "India, China agree on new border patrol arrangements")
        #expect(page.author == "Rahul Mehta")
    }

    @Test func aSiteNameBeforeTheHeadlineIsDroppedAfterIt() {
        let page = article("""
            World News » Asia

            Russia and Japan hold talks on fishing quotas | East Asia Forum

            Moscow and Tokyo held talks on Friday.
            """)
        #expect(page.title == "Russia and Japan hold talks on fishing quotas")
    }

    @Test func aMenuOfSectionsIsNotTheTitleNorThePlaceOfTheByline() {
        let page = article("""
            Home | News | World | Asia

            Seoul and Tokyo restore intelligence-sharing pact

            Kim Lee | Published March 21, 2023

            South Korea and Japan restored a military intelligence pact on Tuesday.
            """)
        #expect(page.title == "Seoul and Tokyo restore intelligence-sharing pact")
        #expect(page.author == "Kim Lee")
        #expect(page.date?.iso == "2023-03-21")
    }

    @Test func lookAlikesStayTitles() {
        // Two short parts are a headline with a label, not a trail.
        #expect(article("Opinion | Japan's Russia Gamble\n\nTokyo bet on Moscow.").title == "Opinion | Japan's Russia Gamble")
        // A short headline followed by prose keeps its place.
        #expect(article("Kuril Talks Stall\n\nThe talks stalled on Friday, officials said.").title == "Kuril Talks Stall")
        // A hyphen or a slash inside words separates nothing.
        #expect(article("Asia-Pacific Partners Meet in Tokyo\n\nThey met.").title == "Asia-Pacific Partners Meet in Tokyo")
        // A name and a comma followed by prose is not a byline.
        #expect(article("Talks resume\n\nShinzo Abe, the prime minister, met Vladimir Putin.").author == nil)
    }

    @Test func trailingBylineForms() {
        #expect(BylineParser.trailingByline(in: "Anna Petrova, Staff Writer")?.author == "Anna Petrova")
        #expect(BylineParser.trailingByline(in: "Ann Roe, Moscow Correspondent")?.author == "Ann Roe")
        #expect(BylineParser.trailingByline(in: "Kim Lee | Published 21 March 2023")?.date?.iso == "2023-03-21")
        #expect(BylineParser.trailingByline(in: "Shinzo Abe, the prime minister, said so") == nil)
        #expect(BylineParser.trailingByline(in: "Tokyo, Moscow") == nil)
        #expect(BylineParser.trailingByline(in: "Kim Lee | Seoul") == nil)
    }

    @Test func furnitureRules() {
        #expect(HeaderFurniture.isNavigation("Home › Asia-Pacific › Russia"))
        #expect(HeaderFurniture.isNavigation("Skip to main content"))
        #expect(HeaderFurniture.isNavigation("Home | News"))
        #expect(!HeaderFurniture.isNavigation("Opinion | Japan's Russia Gamble"))
        #expect(!HeaderFurniture.isNavigation("Japan and Russia agree to resume peace treaty talks"))
        #expect(HeaderFurniture.headline(of: "World News | India, China agree on patrols") == "India, China agree on patrols")
        #expect(HeaderFurniture.headline(of: "Japan and Russia resume talks | Both sides agree on new rounds") == nil)
    }
}
