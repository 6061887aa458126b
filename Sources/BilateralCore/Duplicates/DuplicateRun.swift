/// What one run of the duplicate step decided for each article, kept so that the next open, with a few files
/// changed, replays only the decisions a change can reach (`DuplicateReplay`) instead of the whole leader loop.
///
/// Per article in corpus order: its identity (`DuplicateMemo.identity`), its role in the leader loop, and
/// whether its address can link a feed summary to a page (`LinkedSummaries`: a change to such an article
/// regroups afresh).
public struct DuplicateRun: Sendable, Equatable {
    enum Role: Sendable, Equatable {
        /// No shingles: never compared.
        case none
        /// Leads its group (filed under its band keys).
        case leader
        /// Joined the group of the leader at this index.
        case member(of: Int)
        /// A feed summary joined to the page at this index.
        case summary(of: Int)
    }

    var identities: [UInt64] = []
    var roles: [Role] = []
    var linksPages: [Bool] = []

    var count: Int { identities.count }

    func encode(into out: inout BinaryWriter) {
        out.unsigned(UInt64(identities.count))
        for index in identities.indices {
            out.unsigned(identities[index] >> 32)
            out.unsigned(identities[index] & 0xFFFF_FFFF)
            // Kind in the low two bits; the index named above them.
            switch roles[index] {
            case .none: out.unsigned(0)
            case .leader: out.unsigned(1)
            case .member(let leader): out.unsigned(UInt64(leader) << 2 | 2)
            case .summary(let page): out.unsigned(UInt64(page) << 2 | 3)
            }
            out.bool(linksPages[index])
        }
    }

    /// The run `input` holds next; throws when damaged or naming an article it does not have.
    init(from input: inout BinaryReader) throws(BinaryReader.Damaged) {
        let count = try input.count()
        identities.reserveCapacity(count)
        roles.reserveCapacity(count)
        linksPages.reserveCapacity(count)
        for _ in 0..<count {
            identities.append((try input.unsigned() << 32) | (try input.unsigned()))
            let role = try input.unsigned()
            let target = role >> 2
            guard role < 4 || target < UInt64(count) else { throw BinaryReader.Damaged() }
            switch role & 3 {
            case 0: roles.append(.none)
            case 1: roles.append(.leader)
            case 2: roles.append(.member(of: Int(target)))
            default: roles.append(.summary(of: Int(target)))
            }
            linksPages.append(try input.bool())
        }
    }

    init() {}

    init(identities: [UInt64], roles: [Role], linksPages: [Bool]) {
        self.identities = identities
        self.roles = roles
        self.linksPages = linksPages
    }
}
