/// A parsed HTML or XML document as a flat list of nodes linked by index.
///
/// Flat rather than a tree of objects: a page has tens of thousands of nodes, and walking
/// indices needs neither recursion (deeply nested pages must not exhaust the stack) nor
/// reference counting. Node 0 is the document itself; nesting deeper than `maximumDepth`
/// is flattened into the ancestor at that depth, so every walk above this target is bounded.
public struct MarkupDocument: Sendable {
    public enum Kind: UInt8, Sendable {
        case document, element, text, comment
    }

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public struct Node: Sendable {
        public var kind: Kind
        /// Lower-case tag name for HTML; the qualified name as written (`content:encoded`) for XML.
        public var name: String
        /// The local part of `name` (after any prefix).
        public var localName: String
        /// The namespace URI of an XML element, if it has one.
        public var namespace: String?
        /// The characters of a text or comment node (entities decoded, CDATA merged).
        public var text: String
        public var attributes: [Attribute]
        public var parent: Int
        public var firstChild: Int
        public var nextSibling: Int
        public var depth: Int

        /// The value of attribute `name` (lower-case for HTML), if the element has it.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Elements nested deeper than this hang from their ancestor at this depth.
    public static let maximumDepth = 128

    public internal(set) var nodes: [Node]

    init() {
        nodes = [Node(kind: .document, name: "#document", localName: "#document", namespace: nil, text: "",
                      attributes: [], parent: -1, firstChild: -1, nextSibling: -1, depth: 0)]
    }

    public subscript(index: Int) -> Node { nodes[index] }

    /// The children of node `index`, in document order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// Node `index` and every node under it, in document order (`index` first).
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            result.append(next)
            // Children pushed in reverse so they come out in document order.
            stack.append(contentsOf: children(of: next).reversed())
        }
        return result
    }

    /// Every element named `name` (lower-case for HTML, local name for XML), in document order.
    public func elements(named name: String, under root: Int = 0) -> [Int] {
        descendants(of: root).filter { nodes[$0].kind == .element && nodes[$0].localName == name }
    }

    /// The text of node `index` and everything under it, joined as it stands in the markup.
    public func textContent(of index: Int) -> String {
        var text = ""
        for node in descendants(of: index) where nodes[node].kind == .text { text += nodes[node].text }
        return text
    }

    /// Appends a node as the last child of `parent` (whose last child so far is `lastChild`).
    mutating func append(_ node: Node, lastChild: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        if lastChild >= 0 {
            nodes[lastChild].nextSibling = index
        } else if node.parent >= 0 {
            nodes[node.parent].firstChild = index
        }
        return index
    }
}
