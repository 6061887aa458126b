import BilateralCore

/// A small hand-built corpus, so the dashboard's tests do not move with the extraction.
enum FixtureModel {
    static let actors: [Actor] = [
        Actor(id: "RUS", name: "Russia", kind: .state),
        Actor(id: "JPN", name: "Japan", kind: .state),
        Actor(id: "CHN", name: "China", kind: .state),
        Actor(id: "USA", name: "United States", kind: .state),
        Actor(id: "NATO", name: "North Atlantic Treaty Organization", kind: .organisation),
        Actor(id: "shinzo-abe", name: "Shinzo Abe", kind: .person, affiliation: "JPN"),
        Actor(id: "vladimir-putin", name: "Vladimir Putin", kind: .person, affiliation: "RUS"),
        Actor(id: "mofa-japan", name: "Japanese Foreign Ministry", kind: .body, affiliation: "JPN"),
    ]

    /// Names as they appear in the text, longest first so "Shinzo Abe" wins over "Abe".
    static let aliases: [(String, String)] = [
        ("Japanese Foreign Ministry", "mofa-japan"), ("Vladimir Putin", "vladimir-putin"),
        ("Shinzo Abe", "shinzo-abe"), ("United States", "USA"), ("Japanese", "JPN"), ("Russian", "RUS"),
        ("American", "USA"), ("Russia", "RUS"), ("Moscow", "RUS"), ("Japan", "JPN"), ("Tokyo", "JPN"),
        ("China", "CHN"), ("NATO", "NATO"), ("Putin", "vladimir-putin"), ("Abe", "shinzo-abe"),
        ("日本", "JPN"), ("ロシア", "RUS"),
    ]

    static let eras: [Era] = [
        era("sochi-2016", "The Sochi warming", "2016-01-01", "2017-12-31"),
        era("treaty-2018", "Peace-treaty talks", "2018-01-01", "2021-12-31"),
        era("rupture-2023", "The rupture", "2022-01-01", "2099-12-31"),
    ]

    static let sochi = FixtureArticle(
        id: "a-sochi.txt", title: "Abe and Putin meet in Sochi", date: "2016-05-06", author: "Mara Ellison",
        lines: [
            "Abe and Putin meet in Sochi",
            "May 6, 2016",
            "",
            "Shinzo Abe flew to Sochi to meet Vladimir Putin. Japan offered an eight-point plan for economic work with Russia. Both leaders spoke warmly of a new approach to the Kuril islands.",
            "",
            "China watched the meeting closely. The United States had asked Tokyo to wait before any deal.",
            "",
            "Share this article with your friends.",
            "Leave a comment below.",
        ],
        metadataLines: [1, 2], boilerplate: [LineRange(first: 8, last: 9)], era: "sochi-2016")

    static let singapore = FixtureArticle(
        id: "b-singapore.md", title: "Talks on the 1956 declaration", date: "2018-11-14", author: nil,
        lines: [
            "---",
            "title: Talks on the 1956 declaration",
            "date: 2018-11-14",
            "---",
            "In Singapore, Abe and Putin agreed to speed up treaty talks on the basis of the 1956 declaration. Russia insisted that any handover of islands would need guarantees about American bases.",
            "",
            "The Japanese Foreign Ministry welcomed the agreement as a step toward a treaty.",
        ],
        bodyStart: 5, era: "treaty-2018")

    static let rupture = FixtureArticle(
        id: "c-rupture.txt", title: "Moscow halts peace-treaty talks", date: "2022-03-21", author: "K. Ōta",
        lines: [
            "Russia suspended peace-treaty negotiations with Japan after Tokyo joined sanctions over Ukraine. The Russian foreign ministry called Japan’s position “openly unfriendly” — a sharp turn.",
            "",
            "日本とロシアの関係は急速に冷え込んだ。",
            "",
            "NATO members praised Japan’s resolve.",
        ],
        era: "rupture-2023")

    static let kuril = FixtureArticle(
        id: "d-kuril.txt", title: "A short history of the Kuril dispute", date: nil, author: nil,
        lines: [
            "The Kuril chain runs from Hokkaido to Kamchatka. Japan calls the southern Kuril islands its Northern Territories.",
            "",
            "Russia has held the southern Kuril islands since 1945, and the dispute has kept a peace treaty out of reach.",
        ],
        era: nil)

    static let articles = [sochi, singapore, rupture, kuril]

    static func model() -> CorpusModel {
        let built = articles.map { $0.build() }
        let events = [
            Event(article: "a-sochi.txt", date: date("2016-05-06"), sentence: "Shinzo Abe flew to Sochi to meet Vladimir Putin.", line: 4, actors: ["JPN", "RUS"]),
            Event(article: "b-singapore.md", date: date("2018-11-14"), sentence: "In Singapore, Abe and Putin agreed to speed up treaty talks on the basis of the 1956 declaration.", line: 5, actors: ["JPN", "RUS"]),
            Event(article: "c-rupture.txt", date: date("2022-03"), sentence: "Russia suspended peace-treaty negotiations with Japan after Tokyo joined sanctions over Ukraine.", line: 1, actors: ["RUS", "JPN"]),
        ]
        let stances = [
            Stance(article: "a-sochi.txt", holder: "JPN", target: "RUS", polarity: .cooperative, score: 4.0, category: "offer", cue: "offered", evidence: "Japan offered an eight-point plan for economic work with Russia.", line: 4),
            Stance(article: "a-sochi.txt", holder: "USA", target: "JPN", polarity: .conflictual, score: -1.0, category: "demand", cue: "asked", evidence: "The United States had asked Tokyo to wait before any deal.", line: 6),
            Stance(article: "b-singapore.md", holder: "RUS", target: "JPN", polarity: .conflictual, score: -2.0, category: "demand", cue: "insisted", evidence: "Russia insisted that any handover of islands would need guarantees about American bases.", line: 5),
            Stance(article: "b-singapore.md", holder: "mofa-japan", target: "RUS", polarity: .cooperative, score: 3.0, category: "approve", cue: "welcomed", evidence: "The Japanese Foreign Ministry welcomed the agreement as a step toward a treaty.", line: 7),
            Stance(article: "c-rupture.txt", holder: "RUS", target: "JPN", polarity: .conflictual, score: -6.0, category: "reduce relations", cue: "suspended", evidence: "Russia suspended peace-treaty negotiations with Japan after Tokyo joined sanctions over Ukraine.", line: 1),
            Stance(article: "c-rupture.txt", holder: "RUS", target: "JPN", polarity: .conflictual, score: -4.0, category: "disapprove", cue: "called", evidence: "The Russian foreign ministry called Japan’s position “openly unfriendly” — a sharp turn.", line: 1),
            Stance(article: "c-rupture.txt", holder: "NATO", target: "JPN", polarity: .cooperative, score: 2.0, category: "approve", cue: "praised", evidence: "NATO members praised Japan’s resolve.", line: 5),
        ]
        return CorpusModel(
            eras: eras, actors: actors, articles: built.map(\.0), analyses: built.map(\.1),
            events: events, stances: stances)
    }

    /// The fixture with four USA -> CHN stances added: a second pair big enough that the corpus opens on the overview.
    static func modelWithASecondMajorPair() -> CorpusModel {
        var model = model()
        for index in 0..<4 {
            model.stances.append(Stance(
                article: "a-sochi.txt", holder: "USA", target: "CHN", polarity: .conflictual, score: -3, category: "11 Disapprove",
                cue: "criticised", evidence: "The United States criticised China (\(index)).", line: 6))
        }
        return model
    }

    static func date(_ iso: String) -> PartialDate {
        PartialDate(iso: iso) ?? PartialDate(year: 2000)!
    }

    static func era(_ id: String, _ label: String, _ start: String, _ end: String) -> Era {
        Era(id: id, label: label, start: date(start), end: date(end), summary: "")
    }
}

/// One article of the fixture, with sentences and mentions found the simple way.
struct FixtureArticle {
    var id: String
    var title: String
    var date: String?
    var author: String?
    var lines: [String]
    var bodyStart = 1
    var metadataLines: [Int] = []
    var boilerplate: [LineRange] = []
    var era: String?

    func build() -> (Article, ArticleAnalysis) {
        var sentences: [Sentence] = []
        var mentions: [Mention] = []
        var counts: [String: Int] = [:]
        for (offset, text) in lines.enumerated() where offset + 1 >= bodyStart {
            let line = offset + 1
            let characters = Array(text)
            var start = 0
            for (index, character) in characters.enumerated() {
                let ends = (character == "." || character == "。") && (index + 1 == characters.count || characters[index + 1] == " ")
                if ends {
                    let sentence = String(characters[start...index])
                    sentences.append(Sentence(
                        text: sentence, start: TextPosition(line: line, column: start),
                        end: TextPosition(line: line, column: index + 1), paragraph: 0,
                        isBoilerplate: boilerplate.contains { $0.contains(line) } || metadataLines.contains(line)))
                    start = index + 2
                }
            }
            var taken = Array(repeating: false, count: characters.count)
            for (alias, actor) in FixtureModel.aliases {
                let needle = Array(alias)
                guard needle.count <= characters.count else { continue }
                for column in 0...(characters.count - needle.count)
                where Array(characters[column..<(column + needle.count)]) == needle
                    && !taken[column..<(column + needle.count)].contains(true) {
                    mentions.append(Mention(actor: actor, start: TextPosition(line: line, column: column), length: needle.count))
                    counts[actor, default: 0] += 1
                    for index in column..<(column + needle.count) { taken[index] = true }
                }
            }
        }
        mentions.sort { $0.start < $1.start }
        let article = Article(
            id: id, path: "fixture/\(id)", title: title, titleSource: .titleLine, author: author,
            date: date.flatMap(PartialDate.init(iso:)), dateSource: date == nil ? .unknown : .dateline,
            lines: lines, bodyStart: bodyStart, metadataLines: metadataLines, sentences: sentences,
            boilerplate: boilerplate)
        return (article, ArticleAnalysis(article: id, era: era, mentionCounts: counts, mentions: mentions))
    }
}
