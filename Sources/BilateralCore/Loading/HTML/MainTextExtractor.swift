import Markup

/// The main text of an HTML page: the article's blocks, without the page around them.
///
/// The method the field uses (Arc90 readability, trafilatura): drop what is never text
/// (scripts, forms, hidden parts) and page furniture (navigation, headers, footers, asides,
/// elements whose class or id names comments, sharing, related stories, cookie notices);
/// score paragraphs by length and commas and credit their containers, discounted by link
/// density, with `<article>`, `<main>` and `itemprop="articleBody"` as hints; take the best
/// container with its like siblings; clean link lists out of it; and join each block's inline
/// text into one line.
struct MainTextExtractor {
    /// One block of the main text.
    struct Line: Equatable, Sendable {
        var text: String
        var isHeading: Bool
    }

    /// - Parameter wholeFragment: the markup is a fragment that is all article (a feed item's
    ///   content): furniture is still dropped, but no container is chosen.
    func extract(_ document: MarkupDocument, wholeFragment: Bool = false) -> [Line] {
        var page = PageNodes(document)
        page.kept = page.kept { Self.isNeverText(page, $0) }
        page.measure()
        let body = page.first("body") ?? 0
        let pageLength = page.textLength[body]
        page.kept = page.kept { Self.isFurniture(page, $0, pageLength: pageLength) }
        page.measure()
        let (roots, best) = wholeFragment ? ([body], body) : ContentChooser(page: page).roots(body: body)
        // Only inside the chosen containers: neither a root nor the best container (nor what lies
        // between them) is cleaned away as a whole.
        var protected = Set(roots)
        var ancestor = best
        while ancestor > 0 {
            protected.insert(ancestor)
            ancestor = page.document.nodes[ancestor].parent
        }
        page.kept = page.kept { !protected.contains($0) && Self.isLinkCluster(page, $0) }
        page.measure()
        return BlockLines(page: page).lines(under: roots)
    }

    /// Scripts, styles, form controls, comments and hidden elements.
    static func isNeverText(_ page: PageNodes, _ index: Int) -> Bool {
        let node = page.document.nodes[index]
        switch node.kind {
        case .comment: return true
        case .text, .document: return false
        case .element: break
        }
        if MarkupVocabulary.dropped.contains(node.localName) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style") {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Navigation, footers, asides and elements named as furniture, unless they hold most of the page.
    static func isFurniture(_ page: PageNodes, _ index: Int, pageLength: Int) -> Bool {
        guard page.isElement(index) else { return false }
        let tag = page.tag(index)
        if tag == "body" || tag == "html" || tag == "article" || tag == "main" || tag == "a" { return false }
        let node = page.document.nodes[index]
        if let itemprop = node.attribute("itemprop"), itemprop.lowercased().contains("articlebody") { return false }
        if MarkupVocabulary.furniture.contains(tag) { return true }
        // A wrapper with a furniture-like name around the whole page is not furniture.
        let share = Double(page.textLength[index]) / Double(max(1, pageLength))
        if share > 0.5 { return false }
        if tag == "header" { return share < 0.25 }
        let names = page.names[index]
        guard !names.isEmpty else { return false }
        if MarkupVocabulary.isStrongFurnitureName(names) { return true }
        return MarkupVocabulary.isFurnitureName(names) && !MarkupVocabulary.isContentName(names)
    }

    /// Lists, tables and boxes inside the content that are mostly links or have little prose.
    static func isLinkCluster(_ page: PageNodes, _ index: Int) -> Bool {
        guard page.isElement(index) else { return false }
        let tag = page.tag(index)
        guard ["div", "section", "ul", "ol", "table", "dl", "form", "figure"].contains(tag) else { return false }
        guard page.commas[index] < 10 else { return false }
        let density = page.linkDensity(index)
        let weight = MarkupVocabulary.nameWeight(page.names[index])
        if density > 0.5 { return true }
        let isList = tag == "ul" || tag == "ol"
        if !isList, weight < 25, density > 0.2 { return true }
        return false
    }
}
