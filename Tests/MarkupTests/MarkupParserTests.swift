import Markup
import Testing

/// The libxml2 wrapper: HTML repaired like a browser would, XML without entity expansion, bounded depth.
@Suite struct MarkupParserTests {
    @Test func htmlNamesAreLowerCaseAndEntitiesDecoded() throws {
        let document = try MarkupParser.html(Array("<HTML><BODY><P CLASS=Lead>Caf&eacute; &amp; bar</P></BODY></HTML>".utf8))
        let paragraph = try #require(document.elements(named: "p").first)
        #expect(document[paragraph].attribute("class") == "Lead")
        #expect(document.textContent(of: paragraph) == "Café & bar")
    }

    @Test func utf8PageDeclaringAnotherCharsetIsReadAsUTF8() throws {
        let markup = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Москва и Токио</p></body></html>"
        let document = try MarkupParser.html(Array(markup.utf8))
        #expect(document.textContent(of: try #require(document.elements(named: "p").first)) == "Москва и Токио")
    }

    @Test func latin1PageFollowsItsDeclaration() throws {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8)
        bytes += [0xE9]
        bytes += Array("</p></body></html>".utf8)
        let document = try MarkupParser.html(bytes)
        #expect(document.textContent(of: try #require(document.elements(named: "p").first)) == "café")
    }

    @Test func nestingPastTheLimitHangsFromTheDeepestAllowedAncestor() throws {
        // Past the wrapper's limit, within libxml2's own (256: deeper than that it stops reading).
        let depth = 240
        let markup = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let document = try MarkupParser.html(Array(markup.utf8))
        #expect(document.nodes.allSatisfy { $0.depth <= MarkupDocument.maximumDepth })
        #expect(document.textContent(of: 0).contains("deep text"))
        #expect(document.nodes.contains { $0.depth == MarkupDocument.maximumDepth })
    }

    @Test func nestingPastWhatLibxml2ReadsEndsThePageWithoutACrash() throws {
        let depth = 100_000
        let markup = "<p>before</p>" + String(repeating: "<div>", count: depth) + "lost" + String(repeating: "</div>", count: depth)
        let document = try MarkupParser.html(Array(markup.utf8))
        #expect(document.textContent(of: 0).contains("before"))
    }

    @Test func xmlKeepsNamespacesAndReportsMalformedInput() throws {
        let feed = "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><item><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item></rss>"
        let parsed = try MarkupParser.xml(Array(feed.utf8))
        #expect(parsed.problem == nil)
        let encoded = try #require(parsed.document.elements(named: "encoded").first)
        #expect(parsed.document[encoded].namespace == "http://purl.org/rss/1.0/modules/content/")
        #expect(parsed.document.textContent(of: encoded) == "<p>x</p>")
        let broken = try MarkupParser.xml(Array("<rss><item><title>a & b</title></item>".utf8))
        guard case .malformed = broken.problem else {
            Issue.record("expected a malformed-XML problem, got \(String(describing: broken.problem))")
            return
        }
    }

    @Test func xmlLeavesExternalAndInternalEntitiesUnexpanded() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY word "expanded">]>
            <r><a>&secret;</a><b>&word;</b></r>
            """
        let parsed = try MarkupParser.xml(Array(xml.utf8))
        #expect(!parsed.document.textContent(of: 0).contains("root"))
        #expect(!parsed.document.textContent(of: 0).contains("expanded"))
    }
}
