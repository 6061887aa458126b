import Testing
@testable import BilateralCore

/// Issue 15, classes 5, 6 and 8: a nationality or title stated before a person's name says which state the person
/// acts for; a relation act with no partner named is with the other side of the pair the text is about; a reaction to
/// "the raid" or "the takeover" answers whoever did it in the sentence before. Each with look-alikes that stay as they were.
@Suite struct StatedOfficeAndPartnerTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aStatedNationalityWinsOverAPersonsFixedAffiliation() {
        // Rutte's one affiliation in the data is the alliance he later led; the text says he acts for the Netherlands.
        #expect(stances("Dutch Prime Minister Mark Rutte demanded an apology from Turkey.") == ["NLD>TUR-"])
        #expect(stances("The Dutch prime minister, Mark Rutte, demanded an apology from Turkey.") == ["NLD>TUR-"])
        // With nothing stated, the data's affiliation stands.
        #expect(stances("Mark Rutte demanded an apology from Turkey.") == ["NATO>TUR-"])
        // A nationality that names other people, not the person's office, changes nothing.
        #expect(stances("Japanese officials praised Mark Rutte.") == ["JPN>NATO+"])
        // Agreeing nationality and affiliation: the person stays who they are.
        #expect(stances("Japanese Prime Minister Fumio Kishida criticised Russia.") == ["JPN>RUS-"])
    }

    @Test func aRelationActWithNoPartnerIsWithTheOtherSideOfThePair() {
        let pair = "Poland and Germany have argued over reparations for months. "
        #expect(stances(pair + "Berlin declined to open any talks on the note.").contains("DEU>POL-"))
        #expect(stances(pair + "That year Berlin broke off ties.").contains("DEU>POL-"))
        // A partner named stays the partner.
        #expect(stances(pair + "Berlin broke off ties with Lima.") == ["DEU>PER-"])
        // An actor that is no side of the pair gets no partner from it.
        #expect(stances(pair + "Lima broke off ties.") == [])
        // With both sides in the sentence the pair needs no help; no relation noun, no partner.
        #expect(stances(pair + "Berlin declined to comment.") == [])
        // "their ties": owned by the sentence's own parties, not supplied.
        #expect(!stances(pair + "Berlin said their ties were strong.").contains("DEU>POL-"))
    }

    @Test func aReactionToTheRaidAnswersWhoeverCarriedItOut() {
        #expect(stances("Indian jets struck a training camp near Balakot. Islamabad condemned the raid as a violation of its airspace.")
            .contains("PAK>IND-"))
        #expect(stances("The Egyptian army removed President Mohamed Morsi. Erdogan condemned the takeover as a coup.")
            .contains("TUR>EGY-"))
        // "the raid by X" names who did it: no earlier act is meant.
        #expect(!stances("Indian jets struck a camp. Islamabad condemned the raid by Afghan militants.").contains("PAK>IND-"))
    }

    @Test func aPartnerIsSuppliedPastAClauseOfItsOwn() {
        let pair = "Colombia and Venezuela reopened their border on Monday. "
        #expect(stances(pair + "In 2019 Caracas broke off ties after Bogota backed the opposition.").contains("VEN>COL-"))
        // The other actor named before the noun: no partner is supplied, and none is invented for Peru.
        #expect(!stances(pair + "In 2019 Caracas and Lima broke off ties.").contains("VEN>COL-"))
    }

    @Test func thePairNounOpeningAParagraphMeansTheArticlesPair() {
        // The paragraph before ends on Japan and Ukraine; "the two neighbours" opening the next is still Russia and Japan.
        let text = """
        Russia barred Japanese Prime Minister Fumio Kishida from entering. Moscow said Japan had chosen a hostile course.

        Tokyo froze Russian assets. Kishida has called the invasion of Ukraine a breach of law.

        Relations between the two neighbours had warmed under Shinzo Abe.
        """
        let found = stances(text)
        #expect(found.contains("RUS>JPN+"))
        #expect(!found.contains("JPN>UKR+") && !found.contains("UKR>JPN+"))
    }

    @Test func aPleaToBothSidesToDeEscalateIsAnAppealNotADemand() {
        #expect(stances("Washington urged India and Pakistan to exercise restraint.") == ["USA>IND+", "USA>PAK+"])
        #expect(stances("India and Pakistan clashed. Washington urged both sides to avoid further military action.")
            .allSatisfy { !$0.hasPrefix("USA>") || $0.hasSuffix("+") })
        // Urging one side to hold back presses it; a demand to free sailors is a demand either way.
        #expect(stances("Washington urged Pakistan to exercise restraint.") == ["USA>PAK-"])
        #expect(stances("Washington urged India and Pakistan to free the sailors.") == ["USA>IND-", "USA>PAK-"])
    }

    @Test func theNationalAdjectiveAloneNamesTheNation() {
        #expect(stances("Merkel said Germany stood with the Dutch.") == ["DEU>NLD+"])
        #expect(stances("Germany praised the Dutch for their courage.") == ["DEU>NLD+"])
        // An adjective on a plain noun names a thing, not the nation.
        #expect(stances("Japan criticised the Dutch approach.") == [])
    }

    @Test func aRemarkAnswersWhoeverMadeIt() {
        #expect(stances("Turkey mocked the Netherlands. The Netherlands condemned the remark.").contains("NLD>TUR-"))
        #expect(!stances("Turkey mocked the Netherlands. The Netherlands condemned the remark by Greece.").contains("NLD>TUR-"))
    }
}
