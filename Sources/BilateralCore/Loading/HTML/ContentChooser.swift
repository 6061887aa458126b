import Markup

/// Picks the element that holds the article, and the siblings that belong with it.
///
/// Arc90 readability's scoring: every paragraph of 25 characters or more is worth one point,
/// one per comma, and one per hundred characters (three at most); its parent gets the whole,
/// its grandparent half, and three more generations a third of a level each. Containers start
/// from their tag and the names of their class and id, and their score is discounted by the
/// share of their text that is links.
struct ContentChooser {
    let page: PageNodes

    /// How many generations above a paragraph its score reaches.
    private static let generations = 5

    /// The article's containers in document order (`body` when nothing scores), and the best-scoring
    /// container inside them, which cleaning must not take away.
    func roots(body: Int) -> (roots: [Int], best: Int) {
        let scores = score()
        guard var top = scores.keys.max(by: { (scores[$0] ?? 0, $1) < (scores[$1] ?? 0, $0) }), let best = scores[top] else {
            return ([body], body)
        }
        let bestContainer = top
        top = climb(from: top, best: best, scores: scores)
        return (siblings(of: top, scores: scores), bestContainer)
    }

    /// Final scores of every container that some paragraph credited.
    func score() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        for index in 0..<page.count where page.kept[index] && page.isElement(index) {
            guard let length = paragraphLength(index), length >= 25 else { continue }
            let points = 1 + Double(page.commas[index]) + min(Double(length) / 100, 3)
            var ancestor = page.document.nodes[index].parent
            var level = 0
            while ancestor > 0, level < Self.generations, page.isElement(ancestor) {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor, default: 0] += points / divider
                ancestor = page.document.nodes[ancestor].parent
                level += 1
            }
        }
        for (index, score) in scores { scores[index] = score * (1 - page.linkDensity(index)) }
        return scores
    }

    /// The text length a paragraph-like element contributes, or nil when it is not one.
    /// A `div` with no block inside reads as a paragraph; one with text of its own beside
    /// blocks counts that text.
    func paragraphLength(_ index: Int) -> Int? {
        let tag = page.tag(index)
        if MarkupVocabulary.paragraphs.contains(tag) { return page.textLength[index] }
        guard tag == "div" || tag == "section" || tag == "article" || tag == "span" || tag == "font" else { return nil }
        var ownText = 0
        var hasBlock = false
        for child in page.document.children(of: index) where page.kept[child] {
            if page.document.nodes[child].kind == .text {
                ownText += page.textLength[child]
            } else if page.isElement(child), MarkupVocabulary.blocks.contains(page.tag(child)), page.tag(child) != "br" {
                hasBlock = true
            }
        }
        if tag == "span" || tag == "font" { return hasBlock ? nil : (ownText > 0 ? ownText : nil) }
        return hasBlock ? (ownText > 0 ? ownText : nil) : page.textLength[index]
    }

    /// A container's score before its paragraphs count: its tag, its names and markup hints.
    func initialScore(_ index: Int) -> Double {
        var score: Double
        switch page.tag(index) {
        case "div", "article", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        score += Double(MarkupVocabulary.nameWeight(page.names[index]))
        let node = page.document.nodes[index]
        if let itemprop = node.attribute("itemprop"), itemprop.lowercased().contains("articlebody") { score += 25 }
        if page.tag(index) == "article" { score += 10 }
        return score
    }

    /// Readability's corrections: a container shared by several near-best candidates, or a
    /// parent that scores higher, holds the article better; so does an only child's parent.
    private func climb(from start: Int, best: Double, scores: [Int: Double]) -> Int {
        var top = start
        let rivals = scores.filter { $0.key != top && $0.value >= best * 0.75 }.map(\.key)
        if rivals.count >= 3 {
            var ancestor = page.document.nodes[top].parent
            while ancestor > 0, page.tag(ancestor) != "body" {
                if rivals.filter({ isInside($0, ancestor) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = page.document.nodes[ancestor].parent
            }
        }
        var last = scores[top] ?? best
        var parent = page.document.nodes[top].parent
        while parent > 0, page.tag(parent) != "body" {
            guard let parentScore = scores[parent] else {
                parent = page.document.nodes[parent].parent
                continue
            }
            if parentScore < last / 3 { break }
            if parentScore > last {
                top = parent
                break
            }
            last = parentScore
            parent = page.document.nodes[parent].parent
        }
        while true {
            let parent = page.document.nodes[top].parent
            guard parent > 0, page.tag(parent) != "body", page.elementChildren(of: parent).count == 1 else { break }
            top = parent
        }
        return top
    }

    /// The top container and those of its siblings that read as part of the article.
    private func siblings(of top: Int, scores: [Int: Double]) -> [Int] {
        let parent = page.document.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        var roots: [Int] = []
        for sibling in page.elementChildren(of: parent) {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            var bonus = 0.0
            if !page.names[top].isEmpty, page.names[sibling] == page.names[top] { bonus = topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
            } else if page.tag(sibling) == "p" {
                let length = page.textLength[sibling]
                let density = page.linkDensity(sibling)
                if length > 80, density < 0.25 { roots.append(sibling) }
            }
        }
        return roots
    }

    private func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var node = index
        while node > 0 {
            if node == ancestor { return true }
            node = page.document.nodes[node].parent
        }
        return false
    }
}
