/// What tags, classes and ids say about a part of a page: the word lists the extractor reads.
enum MarkupVocabulary {
    /// Never article text: code, styling, embedded objects, form controls, the page head, and image
    /// captions (credits and picture descriptions, not the story).
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "link",
        "meta", "button", "input", "select", "textarea", "option", "label", "video", "audio", "picture", "map",
        "dialog", "math", "title", "figcaption",
    ]

    /// Page furniture by its own tag, whatever its class.
    static let furniture: Set<String> = ["nav", "footer", "aside", "menu"]

    /// Elements that start and end a line of text.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "br", "caption", "html", "hgroup",
    ]

    /// Elements whose own text counts as a paragraph when scoring containers.
    static let paragraphs: Set<String> = ["p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd"]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Parts of class and id names that mark furniture even inside a container named as content
    /// (`comments-content`, `related-articles`): matched inside words (`share-bar`, `sharebar`).
    static let strongFurnitureNames: [String] = [
        "comment", "share", "sharing", "social", "related", "newsletter", "cookie", "consent", "gdpr", "promo",
        "taboola", "outbrain", "advert", "sponsor", "subscri", "recommend", "popular", "trending", "most-read",
        "mostread", "also-read", "read-more", "readmore", "more-stories", "paywall", "signup", "sign-up", "disqus",
        "recirc", "newsroom-links", "author-bio", "authorbio", "breadcrumb", "excerpt", "teaser", "more-news",
        "more-from", "more-on-",
    ]

    /// Names that say "the article's body" so plainly that no furniture word beside them counts
    /// (`entry-content entry-content-read-more`).
    static let bodyNames: [String] = [
        "entry-content", "article-body", "article__body", "articlebody", "story-body", "storybody", "post-body",
        "post-content", "article-content", "article-text", "story-content", "body-text", "main-content", "articletext",
    ]

    /// Parts of class and id names that mark furniture unless the name also says content.
    static let weakFurnitureNames: [String] = [
        "sidebar", "footer", "header", "masthead", "navbar", "navigation", "menu", "banner", "popup", "modal",
        "pagination", "pager", "toolbar", "widget", "skip", "byline", "caption", "credit", "tags", "topics",
        "print", "rss", "tooltip", "dateline", "timestamp", "meta", "headline", "kicker", "gallery", "slideshow",
        "nocontent", "login", "follow", "combx", "community", "remark", "replies", "shoutbox", "skyscraper",
        "supplemental", "agegate", "legends",
    ]

    /// Whole words of class and id names that mark furniture (too short to match inside words).
    static let furnitureWords: Set<String> = [
        "ad", "ads", "nav", "hdr", "ftr", "bio", "sns", "jump", "aside", "top", "promo", "more",
    ]

    /// Parts of class and id names that mark the article body.
    static let contentNames: [String] = [
        "article", "story", "entry", "post", "body", "content", "main", "text", "blog", "column", "shadow",
    ]

    /// How an element's class and id names weigh: positive for content, negative for furniture.
    static func nameWeight(_ names: String) -> Int {
        guard !names.isEmpty else { return 0 }
        let lower = names.lowercased()
        var weight = 0
        if contentNames.contains(where: { lower.contains($0) }) { weight += 25 }
        if isFurnitureName(lower) { weight -= 25 }
        return weight
    }

    /// True when lower-cased class or id names mark furniture a content name does not excuse.
    static func isStrongFurnitureName(_ lower: String) -> Bool {
        strongFurnitureNames.contains { lower.contains($0) } && !isBodyName(lower)
    }

    /// True when lower-cased class or id names say plainly that this is the article's body.
    static func isBodyName(_ lower: String) -> Bool {
        bodyNames.contains { lower.contains($0) }
    }

    /// True when lower-cased class or id names mark furniture.
    static func isFurnitureName(_ lower: String) -> Bool {
        if isBodyName(lower) { return false }
        if strongFurnitureNames.contains(where: { lower.contains($0) }) { return true }
        if weakFurnitureNames.contains(where: { lower.contains($0) }) { return true }
        return lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { furnitureWords.contains(String($0)) }
    }

    /// True when lower-cased class or id names mark the article body.
    static func isContentName(_ lower: String) -> Bool {
        contentNames.contains { lower.contains($0) }
    }
}
