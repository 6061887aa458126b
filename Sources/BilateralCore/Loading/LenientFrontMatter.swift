/// Reads the `key: value` lines of a front matter block that YAML rejects.
///
/// Hand-written front matter often breaks YAML in ways a reader does not notice, most often a
/// title with its own colon ("title: Gibraltar: what the deal settles"). Such a block still says
/// plainly what its title and date are, so each line that starts with a simple key and a colon is
/// taken as that key and the rest of the line, quotes around it dropped; other lines are skipped.
enum LenientFrontMatter {
    static func pairs(_ lines: ArraySlice<String>) -> [(key: String, value: String)] {
        lines.compactMap(pair(in:))
    }

    private static func pair(in line: String) -> (key: String, value: String)? {
        var line = line
        guard let colon = line.withUTF8({ PlainFrontMatter.keyEnd(in: $0) }) else { return nil }
        let key = line.utf8.prefix(colon)
        let rest = line.utf8.dropFirst(colon + 1)
        // "key:value" with no space is a single YAML scalar (a URL's scheme, a time), not a key.
        guard rest.isEmpty || rest.first == 0x20 || rest.first == 0x09 else { return nil }
        var value = Substring(String(Substring(rest)).trimmed)
        if value.count >= 2, let open = value.first, open == "\"" || open == "'", value.last == open {
            value = value.dropFirst().dropLast()
        }
        return (String(Substring(key)), String(value))
    }
}
