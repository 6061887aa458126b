import Foundation

/// The schema.org article a page describes in `<script type="application/ld+json">`.
enum JSONLinkedData {
    struct Article: Equatable, Sendable {
        var headline: String?
        var datePublished: String?
        var dateModified: String?
        var author: String?
        var publisher: String?
        var url: String?
        var description: String?
    }

    /// Types that describe an article (schema.org's `Article` and its kinds).
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "blogposting", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "report",
        "liveblogposting", "socialmediaposting",
    ]

    /// The article objects in one script's JSON (top level, arrays and `@graph`); none when it does not parse.
    static func articles(in json: String) -> [Article] {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var found: [Article] = []
        var queue: [Any] = [value]
        var visited = 0
        // Bounded: a hostile page can nest JSON deeply, and `@graph` objects are flat.
        while !queue.isEmpty, visited < 1000 {
            let item = queue.removeFirst()
            visited += 1
            if let array = item as? [Any] {
                queue += array
            } else if let object = item as? [String: Any] {
                if let graph = object["@graph"] { queue.append(graph) }
                if isArticle(object) { found.append(article(object)) }
            }
        }
        return found
    }

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String { types = [type] } else { types = object["@type"] as? [String] ?? [] }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    static func article(_ object: [String: Any]) -> Article {
        Article(
            headline: object["headline"] as? String ?? object["name"] as? String,
            datePublished: object["datePublished"] as? String ?? object["dateCreated"] as? String,
            dateModified: object["dateModified"] as? String,
            author: names(object["author"] ?? object["creator"]),
            publisher: names(object["publisher"]),
            url: object["url"] as? String ?? (object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
                ?? object["mainEntityOfPage"] as? String,
            description: object["description"] as? String
        )
    }

    /// A name, an object's `name`, or the names of a list joined with "and".
    static func names(_ value: Any?) -> String? {
        if let text = value as? String { return text.isEmpty ? nil : text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: " and ")
        }
        return nil
    }
}
