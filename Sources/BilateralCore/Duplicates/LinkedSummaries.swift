import Foundation

/// Feed items that carry only a summary, matched to the page they link to: a summary shares too few shingles
/// with its page to pass the Jaccard cut, but the same address says it is the same story.
enum LinkedSummaries {
    /// Summary article index → the index of the first full article (not a summary) with the same address.
    static func pages(for articles: [Article]) -> [Int: Int] {
        linked(articles).pages
    }

    /// As `pages(for:)`, with which articles have an address that can link (a change to one of those can move
    /// a summary, so `DuplicateReplay` leaves it to a fresh run).
    static func linked(_ articles: [Article]) -> (pages: [Int: Int], linkable: [Bool]) {
        var linkable = [Bool](repeating: false, count: articles.count)
        var keys: [Int: String] = [:]
        for (index, article) in articles.enumerated() {
            guard let key = article.url.flatMap(linkKey) else { continue }
            linkable[index] = true
            keys[index] = key
        }
        var pageOfLink: [String: Int] = [:]
        for (index, key) in keys.sorted(by: { $0.key < $1.key }) where !articles[index].isSummary && pageOfLink[key] == nil {
            pageOfLink[key] = index
        }
        guard !pageOfLink.isEmpty else { return ([:], linkable) }
        var pages: [Int: Int] = [:]
        for (index, key) in keys where articles[index].isSummary {
            if let page = pageOfLink[key] { pages[index] = page }
        }
        return (pages, linkable)
    }

    /// An address as a story's key: host without `www.`, path without a trailing slash, query without `utm_`
    /// tracking fields (sorted), no scheme, no fragment. Nil for no host or for a site's home page, which
    /// names no story.
    static func linkKey(_ url: String) -> String? {
        guard let components = URLComponents(string: url.trimmingCharacters(in: .whitespacesAndNewlines)),
              var host = components.host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        guard !path.isEmpty else { return nil }
        let query = (components.percentEncodedQueryItems ?? [])
            .filter { !$0.name.lowercased().hasPrefix("utm_") }
            .map { "\($0.name)=\($0.value ?? "")" }.sorted().joined(separator: "&")
        return host + path + (query.isEmpty ? "" : "?" + query)
    }
}
