import Testing
@testable import BilateralCore

/// The plain `key: value` reader must give what Yams gives, or leave the block to Yams.
@Suite struct PlainFrontMatterTests {
    private static let values = [
        "Plain title", "2018-11-14", "November 14, 2018", "Dec. 16, 2016", "2016-06-21T10:00:00Z", "2016-06-21 10:00",
        "https://example.com/a?b=c", "https://example.com/a#frag", "C# and F#", "Japan, Russia agree", "it's fine",
        "say \"hi\" twice", "a: b", "trailing colon:", "x #comment", "'single'", "\"double\"", "[a, b]", "{a: b}",
        "&anchor", "*alias", "!tag value", "|", ">", "%percent", "@at", "`tick", "-dash", "- item", "? question",
        ":colon", "~", "null", "yes", "12:30", "0x1F", ".5", "Ünïcödé — “quotes”", "no\u{a0}break", "tab\there",
        "line\u{2028}separator", "nel\u{85}here", "bom\u{feff}inside", "a  double  space", "ends with spaces   ",
        "x:y", "100%", "a,b", "a]b", "a}b", "C:\\path\\file", "emoji 👍🏽 here", "",
    ]
    private static let keys = ["title", "Title", "DATE", "author", "source", "url", "tags", "x-extra", "_private", "2016"]

    private func block(_ lines: [String]) -> [String] { ["---"] + lines + ["---", "", "Body text."] }

    @Test func oneLineBlocksReadTheSameEitherWay() {
        for key in Self.keys {
            for value in Self.values {
                for separator in [": ", ":  ", ":"] {
                    let lines = block([key + separator + value])
                    #expect(FrontMatter.read(lines) == FrontMatter.read(lines, plainPath: false), "\(lines[1])")
                }
            }
        }
    }

    @Test func severalLinesReadTheSameEitherWay() {
        let blocks: [[String]] = [
            ["title: A title", "date: 2016-12-15", "author: Ann Roe", "source: Wire", "url: https://example.com/x"],
            ["title: First", "title: Second", "date: 2017-01-01"],
            ["title: A title", "", "date: 2016-12-15"],
            ["title: A title", "  continued", "date: 2016-12-15"],
            ["# comment", "title: A title"],
            ["title: A title", "date: not a date"],
            ["title: A title", "date: 2016-13-45"],
            ["title:", "  nested: map"],
            ["- a", "- b"],
        ]
        for lines in blocks {
            #expect(FrontMatter.read(block(lines)) == FrontMatter.read(block(lines), plainPath: false), "\(lines)")
        }
    }

    @Test func plainLinesAreReadWithoutYAML() {
        #expect(PlainFrontMatter.pairs(["title: Japan, Russia agree", "date: 2016-12-15"])?.map(\.value) == ["Japan, Russia agree", "2016-12-15"])
        for line in ["title: a: b", "title: x #c", "title: 'q'", "title: [a]", "title:x", "  title: x", "title: tab\tx"] {
            #expect(PlainFrontMatter.pairs([line]) == nil, "\(line)")
        }
    }
}
