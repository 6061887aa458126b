import Testing
@testable import BilateralCore

@Suite struct BoilerplateTests {
    @Test(arguments: [
        "Share this article with your friends on Facebook and Twitter",
        "Subscribe to our weekly newsletter to get the best stories",
        "Sign up for our daily briefing.",
        "Fill in your details below or click an icon to log in:",
        "You are commenting using your WordPress account. Log Out / Change )",
        "Note to readers: please share this piece.",
        "Disclaimer: the author alone is responsible for the views here.",
        "© 2021 Example Media. All rights reserved.",
        "This site contains copyrighted material made available under fair use.",
        "Featured image: the harbour at dawn (Source: Wikimedia)",
        "Categories: Asia, Energy",
        "Tags: Japan, Russia",
        "***",
        "* * *",
        "*",
    ])
    func marksBoilerplateLines(line: String) {
        #expect(BoilerplateRules.classify(line) == .line)
    }

    @Test(arguments: [
        "Japan did not subscribe to the view that sanctions would work.",
        "The copyright of the treaty text lies with neither government, officials said, and a long argument followed about who should publish it first and where it should appear in print.",
        "Russia and Japan signed a memorandum on fishing quotas.",
        "Power requires independence",
    ])
    func leavesProseAlone(line: String) {
        #expect(BoilerplateRules.classify(line) == nil)
    }

    @Test func headingsStartTrailingSections() {
        #expect(BoilerplateRules.classify("Leave a Reply") == .sectionStart)
        #expect(BoilerplateRules.classify("12 Comments") == .sectionStart)
        #expect(BoilerplateRules.classify("Related posts:") == .sectionStart)
        #expect(BoilerplateRules.classify("About the Author") == .aboutAuthor)
    }

    private func load(_ text: String) throws -> Article {
        let (article, _) = CorpusLoader().load(bytes: Array(text.utf8), path: "t.txt")
        return try #require(article)
    }

    @Test func anAuthorSectionNamesTheAuthorAndEndsTheArticle() throws {
        let prose = String(repeating: "The ministers met and talked about fishing rights for a long time. ", count: 3)
        let article = try load("Talks Resume\n\n\(prose)\n\nAbout the author\n\nMaria Lopez\n\nMaria Lopez is a writer.\n\nMore links\n")
        #expect(article.author == "Maria Lopez")
        #expect(article.boilerplate == [LineRange(first: 5, last: 11)])
        #expect(article.sentences.filter { $0.line >= 5 }.allSatisfy { $0.isBoilerplate })
        #expect(article.sentences.filter { $0.line == 3 }.allSatisfy { !$0.isBoilerplate })
    }

    @Test func aClosingBioIsBoilerplateAndNamesTheAuthor() throws {
        let prose = String(repeating: "Officials in Tokyo said the visit went well and more talks would follow. ", count: 3)
        let article = try load("\(prose)\n\nKenji Sato is a Senior Analyst at the Example Institute.\n\nShare this:\n")
        #expect(article.author == "Kenji Sato")
        #expect(article.boilerplate == [LineRange(first: 3, last: 5)])
    }

    @Test func aBioInTheMiddleIsBoilerplateButTheTextAfterItIsNot() throws {
        let prose = String(repeating: "Officials in Tokyo said the visit went well and more talks would follow. ", count: 3)
        let article = try load("\(prose)\n\nAnn Roe is an Irish freelance journalist\n\n\(prose)\n\n\(prose)\n")
        #expect(article.author == nil)
        #expect(article.boilerplate == [LineRange(first: 3, last: 3)])
    }

    @Test func aShareBarAboveTheArticleDoesNotSwallowIt() throws {
        let prose = String(repeating: "Officials in Tokyo said the visit went well and more talks would follow. ", count: 3)
        let article = try load("Share\n\nA Title Here\n\n\(prose)\n")
        #expect(article.boilerplate == [LineRange(first: 1, last: 1)])
        #expect(article.title == "A Title Here")
    }

    @Test func aSiteHeaderWithAMenuIsNotTheTitle() throws {
        let prose = String(repeating: "Officials in Tokyo said the visit went well and more talks would follow. ", count: 3)
        let article = try load("Some Blog Name\nHome | About | Archive | Contact\n\nThe Real Headline Here\n\n\(prose)\n")
        #expect(article.boilerplate == [LineRange(first: 1, last: 2)])
        #expect(article.title == "The Real Headline Here")
        #expect(article.titleSource == .titleLine)
    }

    @Test func aBioBetweenSeparatorsIsBoilerplate() throws {
        let prose = String(repeating: "Officials in Tokyo said the visit went well and more talks would follow. ", count: 3)
        let article = try load("\(prose)\n\n---\nAnn Roe is a correspondent covering Asia.\n---\n")
        #expect(article.boilerplate == [LineRange(first: 3, last: 5)])
        #expect(article.author == "Ann Roe")
    }

    @Test func theSeedsBoilerplateIsFound() throws {
        let corpus = try CorpusLoader().load(paths: [SeedsFolder.path])
        let ranges = Dictionary(uniqueKeysWithValues: corpus.articles.map { (String($0.id.prefix(3)), $0.boilerplate) })
        #expect(ranges["000"] == [])
        #expect(ranges["001"] == [])
        // A comment form closes 002; its mid-text bio line is boilerplate too.
        #expect(ranges["002"]?.last?.last == 70)
        #expect(ranges["002"]?.first == LineRange(first: 28, last: 28))
        // 003 ends with categories and the author block; 004 has prompts above and notices below.
        #expect(ranges["003"] == [LineRange(first: 45, last: 51)])
        #expect(ranges["004"]?.first == LineRange(first: 3, last: 9))
        #expect(ranges["004"]?.last == LineRange(first: 45, last: 58))
        for article in corpus.articles {
            for sentence in article.sentences where article.isBoilerplate(line: sentence.line) {
                #expect(sentence.isBoilerplate)
            }
        }
    }
}
