import Markup

/// Writes a parsed subtree back out as markup (Atom's inline XHTML content, to parse as HTML).
enum MarkupWriter {
    /// The markup of everything under `node`, without `node`'s own tags.
    static func innerMarkup(of node: Int, in document: MarkupDocument) -> String {
        var out = ""
        var stack: [(index: Int, closing: Bool)] = document.children(of: node).reversed().map { ($0, false) }
        while let (index, closing) = stack.popLast() {
            let item = document[index]
            if closing {
                out += "</\(item.localName)>"
                continue
            }
            switch item.kind {
            case .text: out += escaped(item.text)
            case .element:
                out += "<" + item.localName
                for attribute in item.attributes { out += " \(attribute.name)=\"\(escaped(attribute.value))\"" }
                out += ">"
                stack.append((index, true))
                stack.append(contentsOf: document.children(of: index).reversed().map { ($0, false) })
            case .comment, .document: continue
            }
        }
        return out
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
