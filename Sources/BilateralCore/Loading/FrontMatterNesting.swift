/// An upper bound on how deeply the YAML in a front-matter block nests, found without parsing it.
///
/// Yams parses nested collections recursively: a title of a few thousand `[` overflows the stack and
/// kills the process (every session of a served corpus). Front matter worth reading is a flat list of
/// `key: value` lines, so a block whose bound passes `limit` is refused before Yams sees it.
enum FrontMatterNesting {
    /// Deeper blocks are ignored with a warning; real front matter nests two or three levels at most.
    static let limit = 32

    /// The most flow collections (`[`, `{`) open at once plus the deepest block nesting (indentation
    /// levels and `- ` entries opened on one line). Brackets inside quotes count too: a bound, not a parse.
    static func bound(_ lines: ArraySlice<String>) -> Int {
        var flow = 0
        var deepestFlow = 0
        var indents: [Int] = []
        var deepestBlock = 0
        for line in lines {
            let bytes = line.utf8
            let indent = bytes.prefix { $0 == 0x20 }.count
            if indent < bytes.count {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                // `- - - x` opens one sequence per dash on a single line.
                var dashes = 0
                var rest = bytes.dropFirst(indent)
                while rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "?"), rest.dropFirst().first == 0x20 {
                    dashes += 1
                    rest = rest.dropFirst(2).drop { $0 == 0x20 }
                }
                deepestBlock = max(deepestBlock, indents.count + dashes)
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    deepestFlow = max(deepestFlow, flow)
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flow = max(0, flow - 1)
                default: continue
                }
            }
        }
        return deepestFlow + deepestBlock
    }
}
