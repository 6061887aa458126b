/// Lists and crowds: several states or persons named together are no pair, so "the two countries" and "the two
/// leaders" after them still mean the pair the text is about (issue 15, class 6).
///
/// | pattern | resolves to | look-alike kept |
/// |---|---|---|
/// | "Brazil, Argentina, Paraguay and Peru have embassies in La Paz. The two countries …" | the article's pair | "Peru and Chile …. The two countries" (a pair joined by "and") |
/// | "… a meeting with Aliyev, Macron and Michel. ¶ The two leaders spoke …" | the leaders of the article's pair | "Abe met Putin. The two leaders …" |
/// | "Macron sent warships. ¶ Merkel held calls with both leaders" | the leaders of the article's pair | "Abe met Putin. The two leaders …" |
extension PronounResolver {
    /// The starts of the states or organisations the sentence names as members of a list of three or more
    /// ("Brazil, Argentina, Paraguay and Peru"): a list of third countries says nothing about the pair a paragraph is
    /// about, so its members do not count towards it.
    static func listedStarts(in mentions: [ActorMention], tokens: [Token]) -> [Int] {
        // Most sentences name fewer than three states: nothing to sort or join.
        guard mentions.count >= 3 else { return [] }
        let named = mentions.filter { !$0.isPronoun && $0.kind != .person }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard named.count >= 3 else { return [] }
        var listed: [Int] = []
        var run = [named[0]]
        func close() {
            if run.count >= 3 { listed.append(contentsOf: run.map(\.tokens.lowerBound)) }
        }
        for member in named.dropFirst() {
            if let last = run.last, joins(last, member, tokens: tokens) {
                run.append(member)
            } else {
                close()
                run = [member]
            }
        }
        close()
        return listed
    }

    /// How many different persons the sentence names (pronouns left out).
    static func distinctPersons(in mentions: [ActorMention]) -> Int {
        var seen: [UInt32] = []
        for mention in mentions where !mention.isPronoun && mention.kind == .person && !seen.contains(mention.actorNumber) {
            seen.append(mention.actorNumber)
        }
        return seen.count
    }

    /// The person most named for each side of `pair` ("the two leaders" of the two states the article is about),
    /// leaving out persons named in the sentence before the pair noun ("Merkel held calls with both leaders"); nil
    /// unless both sides have one and they differ.
    static func leaders(of pair: [ActorMention], recent: RecentActors, excluding excluded: [UInt32]) -> [ActorMention]? {
        guard pair.count == 2, pair[0].actorNumber != pair[1].actorNumber else { return nil }
        var found: [ActorMention] = []
        for side in pair {
            guard let leader = recent.mostNamedPerson(actingFor: side.actorNumber, excluding: excluded) else { return nil }
            found.append(leader)
        }
        return found[0].actorNumber == found[1].actorNumber ? nil : found
    }
}
