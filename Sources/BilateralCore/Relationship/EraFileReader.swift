import Yams

/// Reads the parts of an era file from its YAML nodes, each mistake at its node's place.
struct EraFileReader {
    let path: String

    func error(_ node: Node?, _ reason: String) -> EraFileError {
        EraFileError(path: path, at: node, reason: reason)
    }

    func relationship(_ node: Node) throws(EraFileError) -> EraCatalogue {
        guard let mapping = node.mapping else { throw error(node, "a relationship must be an object with \"eras\"") }
        var pair: [String]?
        if let pairNode = mapping["pair"] {
            let ids = try strings(pairNode, "\"pair\"")
            guard ids.count == 2, ids[0] != ids[1] else { throw error(pairNode, "\"pair\" must name two different actors") }
            pair = ids
        }
        guard let erasNode = mapping["eras"] else { throw error(node, "missing \"eras\"") }
        guard let items = erasNode.sequence else { throw error(erasNode, "\"eras\" must be a list") }
        var eras: [(era: Era, node: Node)] = []
        for item in items { eras.append((try era(item), item)) }
        try checkRanges(eras)
        var landmarks: [EraCatalogue.Landmark] = []
        if let landmarkNode = mapping["landmarks"] {
            guard let list = landmarkNode.sequence else { throw error(landmarkNode, "\"landmarks\" must be a list") }
            for item in list { landmarks.append(try landmark(item)) }
        }
        return EraCatalogue(pair: pair, eras: eras.map(\.era), landmarks: landmarks)
    }

    private func era(_ node: Node) throws(EraFileError) -> Era {
        guard node.mapping != nil else { throw error(node, "an era must be an object with id, label, start and end") }
        let id = try text(node, "id")
        let label = try text(node, "label")
        let start = try date(node, "start")
        let end = try date(node, "end")
        let summary = node.mapping?["summary"].flatMap { $0.scalar?.string } ?? ""
        return Era(id: id, label: label, start: start, end: end, summary: summary, source: .file)
    }

    private func landmark(_ node: Node) throws(EraFileError) -> EraCatalogue.Landmark {
        guard let mapping = node.mapping else { throw error(node, "a landmark must be an object with label, date and all") }
        let all = try mapping["all"].map { (node) throws(EraFileError) in try strings(node, "\"all\"") } ?? []
        guard !all.isEmpty else { throw error(node, "a landmark needs the words it is named by in \"all\"") }
        let any = try mapping["any"].map { (node) throws(EraFileError) in try strings(node, "\"any\"") } ?? []
        return EraCatalogue.Landmark(label: try text(node, "label"), date: try date(node, "date"), all: all, any: any)
    }

    /// Inverted ranges, then overlaps between eras in date order.
    private func checkRanges(_ eras: [(era: Era, node: Node)]) throws(EraFileError) {
        for (era, node) in eras where era.end < era.start {
            throw error(node, "era \"\(era.id)\" ends (\(era.end.iso)) before it starts (\(era.start.iso))")
        }
        let ordered = eras.sorted { $0.era.start < $1.era.start }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) where later.era.start.firstDay <= earlier.era.lastDay {
            throw error(later.node, "era \"\(later.era.id)\" (from \(later.era.start.iso)) overlaps era \"\(earlier.era.id)\" (to \(earlier.era.end.iso))")
        }
    }

    private func text(_ node: Node, _ key: String) throws(EraFileError) -> String {
        guard let value = node.mapping?[key] else { throw error(node, "missing \"\(key)\"") }
        guard let scalar = value.scalar, !scalar.string.isEmpty else { throw error(value, "\"\(key)\" must be text") }
        return scalar.string
    }

    private func date(_ node: Node, _ key: String) throws(EraFileError) -> PartialDate {
        let written = try text(node, key)
        guard let date = PartialDate(iso: written) else {
            throw error(node.mapping?[key], "\"\(key)\" must be a date like 2016, 2016-05 or 2016-05-06, not \"\(written)\"")
        }
        return date
    }

    private func strings(_ node: Node, _ name: String) throws(EraFileError) -> [String] {
        guard let items = node.sequence else { throw error(node, "\(name) must be a list") }
        var result: [String] = []
        for item in items {
            guard let scalar = item.scalar else { throw error(item, "\(name) must hold words") }
            result.append(scalar.string)
        }
        return result
    }
}
