/// An article's mentions packed as variable-length integers: the actor's shared number, the line
/// as a step from the mention before, the column and the length, about five bytes a mention
/// instead of sixteen. Read only when an index is built or an article is shown.
struct PackedMentions: Sendable, Equatable {
    private var bytes: [UInt8] = []

    init(_ mentions: [Mention] = []) {
        guard !mentions.isEmpty else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(mentions.count * 8)
        var previousLine = 0
        for mention in mentions {
            Self.append(UInt64(mention.actorNumber), to: &bytes)
            Self.append(signed: mention.start.line - previousLine, to: &bytes)
            Self.append(signed: mention.start.column, to: &bytes)
            Self.append(signed: mention.length, to: &bytes)
            previousLine = mention.start.line
        }
        // Exactly the room used: an analysis stays in memory as long as the corpus is open.
        self.bytes = bytes.withUnsafeBufferPointer { Array($0) }
    }

    var mentions: [Mention] {
        var mentions: [Mention] = []
        var offset = 0
        var line = 0
        while offset < bytes.count {
            let actor = UInt32(truncatingIfNeeded: read(&offset))
            line += readSigned(&offset)
            let column = readSigned(&offset)
            let length = readSigned(&offset)
            mentions.append(Mention(actorNumber: actor, start: TextPosition(line: line, column: column), length: length))
        }
        return mentions
    }

    /// How many mentions each actor number has, by ascending number.
    var counts: [(actor: UInt32, count: Int)] {
        var counts: [UInt32: Int] = [:]
        var offset = 0
        while offset < bytes.count {
            counts[UInt32(truncatingIfNeeded: read(&offset)), default: 0] += 1
            for _ in 0..<3 { _ = read(&offset) }
        }
        return counts.map { (actor: $0.key, count: $0.value) }.sorted { $0.actor < $1.actor }
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zigzag: small negative numbers stay short too.
    private static func append(signed value: Int, to bytes: inout [UInt8]) {
        append(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))), to: &bytes)
    }

    private func read(_ offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    private func readSigned(_ offset: inout Int) -> Int {
        let value = read(&offset)
        return Int(truncatingIfNeeded: value >> 1) ^ -Int(truncatingIfNeeded: value & 1)
    }
}
