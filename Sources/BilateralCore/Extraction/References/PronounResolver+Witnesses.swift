/// Hosts, mediators and witnesses of an act are not its parties: "the two ministers" after "sign a declaration in the
/// presence of Secretary of State Marco Rubio" and "meet in Doha at the invitation of the Emir" are the two who signed
/// or met, not the last two persons named (issue 15, class 2).
///
/// | pattern | a witness | still a party |
/// |---|---|---|
/// | "in the presence of", "at the invitation of", "under the auspices of" | "… in the presence of Rubio" | "Rubio met Lavrov" |
/// | "hosted by", "mediated by", "brokered by", "chaired by" | "talks hosted by the Emir" | "the Emir hosted Kagame" |
extension PronounResolver {
    /// Nouns whose "of" names who hosts or witnesses an act done by others.
    static let witnessNouns: WordSet = ["presence", "invitation", "auspices", "behest", "mediation", "initiative", "hospitality"]
    /// Participles whose "by" names the same.
    static let witnessParticiples: WordSet = ["hosted", "mediated", "brokered", "chaired", "witnessed", "facilitated", "convened"]

    /// Whether the mention starting at `start` is named as a host or witness: a witness noun and "of", or a participle
    /// and "by", a few words before it, with only titles, names, "the" and commas between.
    static func isWitness(at start: Int, in tokens: [Token]) -> Bool {
        var index = start - 1
        while index >= 1, start - index <= 8 {
            let word = tokens[index]
            if word.lower == "of", witnessNouns.contains(lower: tokens[index - 1]) { return true }
            if word.lower == "by", witnessParticiples.contains(lower: tokens[index - 1]) { return true }
            // Only a title and name may stand between: "of the Emir of Qatar, Sheikh …", "of Secretary of State …".
            guard word.isCapitalised || word.lower == "the" || word.lower == "of" || word.text == "," else { return false }
            index -= 1
        }
        return false
    }

    /// `pair` without the actors whose latest mention named them as a host or witness.
    static func withoutWitnesses(_ pair: [ActorMention], witnesses: [UInt32]) -> [ActorMention] {
        witnesses.isEmpty ? pair : pair.filter { !witnesses.contains($0.actorNumber) }
    }
}
