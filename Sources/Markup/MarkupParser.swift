import CLibxml2

/// Parses HTML and XML with libxml2 into a `MarkupDocument`.
///
/// Neither parser touches the network or loads a DTD. The XML parser leaves entities
/// unexpanded (a reference to an undeclared or internal entity is dropped), keeps libxml2's
/// limits on document size and entity amplification, and so survives a billion-laughs file.
public enum MarkupParser {
    /// libxml2 wants its global state set up once, before any thread parses.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses an HTML page the way browsers do: malformed markup is repaired, never refused.
    /// Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares; others follow
    /// the page's `<meta charset>` (libxml2 falls back to Latin-1).
    public static func html(_ bytes: [UInt8]) throws(MarkupError) -> MarkupDocument {
        _ = initialised
        guard bytes.count < Int(Int32.max) else { throw .inputTooLarge }
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        if isUTF8 { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, isUTF8 ? "UTF-8" : nil, options)
                }
            }
        }
        guard let document else {
            if bytes.isEmpty { return MarkupDocument() }
            throw .unparsable("the HTML parser produced no document")
        }
        defer { xmlFreeDoc(document) }
        return convert(document, lowercaseNames: true)
    }

    /// Parses an XML document (a feed). A document that is not well formed still yields what
    /// the parser recovered, with the first error beside it.
    public static func xml(_ bytes: [UInt8]) throws(MarkupError) -> (document: MarkupDocument, problem: MarkupError?) {
        _ = initialised
        guard bytes.count < Int(Int32.max) else { throw .inputTooLarge }
        guard let context = xmlNewParserCtxt() else { throw .unparsable("libxml2 could not make a parser") }
        defer { xmlFreeParserCtxt(context) }
        // No XML_PARSE_NOENT (no entity substitution), no DTDLOAD, no HUGE (keep the limits).
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    xmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, nil, options)
                }
            }
        }
        var problem: MarkupError?
        if context.pointee.wellFormed == 0 {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? "not well formed"
            problem = .malformed(line: Int(error.line), reason: message.trimmingTrailingNewlines())
        }
        guard let document else {
            throw problem ?? .unparsable("the XML parser produced no document")
        }
        defer { xmlFreeDoc(document) }
        return (convert(document, lowercaseNames: false), problem)
    }

    /// Copies libxml2's tree into a `MarkupDocument`, walking it without recursion.
    private static func convert(_ document: xmlDocPtr, lowercaseNames: Bool) -> MarkupDocument {
        var result = MarkupDocument()
        // Per open libxml2 level: the node its children hang from, and that node's last child so far.
        var parents: [(index: Int, lastChild: Int)] = [(0, -1)]
        var current = document.pointee.children
        while let node = current {
            var descend = false
            if let converted = makeNode(node, parent: parents[parents.count - 1].index, lowercaseNames: lowercaseNames) {
                var made = converted
                made.depth = min(parents.count, MarkupDocument.maximumDepth)
                let index = result.append(made, lastChild: parents[parents.count - 1].lastChild)
                parents[parents.count - 1].lastChild = index
                if node.pointee.type == XML_ELEMENT_NODE, node.pointee.children != nil {
                    // Past the depth limit, children hang from the ancestor at the limit.
                    let deepest = parents.count >= MarkupDocument.maximumDepth
                    parents.append(deepest ? parents[parents.count - 1] : (index, -1))
                    descend = true
                }
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Up until a node has a next sibling; a flattened level hands its last child back.
            var climbing: xmlNodePtr? = node
            while let up = climbing, up.pointee.next == nil {
                guard parents.count > 1, let parent = up.pointee.parent else {
                    climbing = nil
                    break
                }
                let closed = parents.removeLast()
                if closed.index == parents[parents.count - 1].index { parents[parents.count - 1].lastChild = closed.lastChild }
                climbing = parent
            }
            current = climbing?.pointee.next
        }
        return result
    }

    /// The node for a libxml2 node, or nil for what a reader never sees (DTDs, entity references, PIs).
    private static func makeNode(_ node: xmlNodePtr, parent: Int, lowercaseNames: Bool) -> MarkupDocument.Node? {
        let kind: MarkupDocument.Kind
        switch node.pointee.type {
        case XML_ELEMENT_NODE: kind = .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: kind = .text
        case XML_COMMENT_NODE: kind = .comment
        default: return nil
        }
        var name = ""
        var localName = ""
        var namespace: String?
        var attributes: [MarkupDocument.Attribute] = []
        var text = ""
        if kind == .element {
            localName = node.pointee.name.map { String(cString: $0) } ?? ""
            if lowercaseNames { localName = localName.lowercased() }
            name = localName
            if let ns = node.pointee.ns {
                namespace = ns.pointee.href.map { String(cString: $0) }
                if let prefix = ns.pointee.prefix { name = String(cString: prefix) + ":" + localName }
            }
            var attribute = node.pointee.properties
            while let current = attribute {
                var attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
                if lowercaseNames { attributeName = attributeName.lowercased() }
                attributes.append(.init(name: attributeName, value: attributeValue(current)))
                attribute = current.pointee.next
            }
        } else if let content = node.pointee.content {
            text = String(cString: content)
        }
        return MarkupDocument.Node(kind: kind, name: name, localName: localName, namespace: namespace, text: text,
                                   attributes: attributes, parent: parent, firstChild: -1, nextSibling: -1, depth: 0)
    }

    /// An attribute's text: its text children joined (entity references are left out).
    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
