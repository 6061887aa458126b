import Foundation
import Markup

/// What a page says about itself: title, date, author, address and site, from (in that order
/// of trust) JSON-LD `NewsArticle`, OpenGraph and other `<meta>` tags, `<time datetime>`,
/// and `<title>` with the site name cut off.
struct PageMetadata: Equatable, Sendable {
    var title: String?
    var date: PartialDate?
    var author: String?
    var url: String?
    var siteName: String?
    var description: String?

    /// Meta tags (`name` or `property`) that carry the publication date, most specific first.
    static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date.issued", "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
        "article.published", "published_time", "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time",
    ]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"]

    init() {}

    init(_ document: MarkupDocument) {
        var meta: [String: String] = [:]
        var canonical: String?
        var titleText: String?
        var firstTime: String?
        var firstHeading: String?
        var itemDate: String?
        var itemAuthor: String?
        var linkedData: [JSONLinkedData.Article] = []
        for index in document.descendants(of: 0) where document[index].kind == .element {
            let node = document[index]
            switch node.localName {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                   !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", canonical == nil { canonical = node.attribute("href") }
            case "title":
                if titleText == nil { titleText = document.textContent(of: index) }
            case "time":
                if firstTime == nil { firstTime = node.attribute("datetime") }
            case "h1":
                if firstHeading == nil { firstHeading = BlockLines.collapsed(document.textContent(of: index)) }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    linkedData += JSONLinkedData.articles(in: document.textContent(of: index))
                }
            default:
                break
            }
            if let itemprop = node.attribute("itemprop")?.lowercased(), node.localName != "meta" {
                if itemprop == "datepublished", itemDate == nil { itemDate = node.attribute("datetime") ?? node.attribute("content") }
                if itemprop == "author", itemAuthor == nil {
                    itemAuthor = node.attribute("content") ?? BlockLines.collapsed(document.textContent(of: index))
                }
            }
        }
        let article = linkedData.first
        siteName = meta["og:site_name"] ?? article?.publisher
        let cleanTitle = titleText.map(BlockLines.collapsed).flatMap { PageTitle.withoutSiteName($0, siteName: siteName, heading: firstHeading) }
        title = [article?.headline, meta["og:title"], meta["twitter:title"], cleanTitle, firstHeading]
            .compactMap { $0.map(BlockLines.collapsed) }
            .first { !$0.isEmpty }
            .map { PageTitle.withoutSiteName($0, siteName: siteName, heading: firstHeading) ?? $0 }
        let dates = [article?.datePublished] + Self.dateKeys.map { meta[$0] } + [itemDate, firstTime, article?.dateModified]
        date = dates.compactMap { $0.flatMap(Self.date) }.first
        let authors = [article?.author] + Self.authorKeys.map { meta[$0] } + [itemAuthor]
        author = authors.compactMap { $0.flatMap(Self.author) }.first
        url = canonical ?? meta["og:url"] ?? article?.url
        description = meta["og:description"] ?? meta["description"] ?? article?.description
    }

    /// The date at the start of an ISO 8601 stamp (`2019-11-19T12:00:00Z`), or of `2019/11/19`.
    static func date(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix(10).replacingOccurrences(of: "/", with: "-")
        let parts = digits.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, let date = PartialDate(iso: String(digits)) { return date }
        if let dateline = DatelineParser.parse(trimmed) { return dateline.date }
        return nil
    }

    /// A person's name as an author field gives it: not a web address, not a bare handle.
    static func author(_ text: String) -> String? {
        let name = BlockLines.collapsed(text)
        guard !name.isEmpty, name.count < 120, !name.contains("://"), !name.hasPrefix("@"), !name.hasPrefix("www.") else { return nil }
        let lower = name.lowercased()
        return lower.hasPrefix("by ") ? String(name.dropFirst(3)) : name
    }
}

/// Cutting the site's name off a page's `<title>`.
enum PageTitle {
    static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " • ", " / "]

    /// `title` without a site-name part: the site's name at either end, else the page heading
    /// when the title holds it, else a short last part after a separator ("… | World News").
    static func withoutSiteName(_ title: String, siteName: String?, heading: String?) -> String? {
        let lower = title.lowercased()
        if let site = siteName?.lowercased(), !site.isEmpty, site != lower {
            for separator in separators {
                if lower.hasSuffix(separator + site) { return String(title.dropLast(separator.count + site.count)) }
                if lower.hasPrefix(site + separator) { return String(title.dropFirst(separator.count + site.count)) }
            }
        }
        if let heading, heading.count >= 10, heading.count < title.count, lower.contains(heading.lowercased()) { return heading }
        let cuts = separators.compactMap { title.range(of: $0, options: .backwards) }
        guard let last = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return title }
        let head = String(title[..<last.lowerBound])
        let tail = String(title[last.upperBound...])
        let tailWords = tail.split(separator: " ").count
        if tailWords <= 5, tail.count <= 40, head.split(separator: " ").count >= tailWords { return head }
        return title
    }
}
