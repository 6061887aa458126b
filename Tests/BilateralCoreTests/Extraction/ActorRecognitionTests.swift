import Foundation
import Testing
@testable import BilateralCore

/// Issue 15, class 8: a place or person of its own is no misspelt actor; a full name the gazetteer lacks does not
/// borrow a known person by the surname; a leader's government, a seat of government and nationality + office name
/// their state or body. Own sentences, each with a look-alike that keeps its actor.
@Suite struct ActorRecognitionTests {
    private static let finder = MentionFinder(gazetteer: ExtractionHarness.extractor.gazetteer)

    /// The actors named in one sentence, in order.
    private func actors(_ sentence: String, after earlier: [String] = []) -> [String] {
        let sentences = (earlier + [sentence]).map { Tokenizer().tokens(of: $0) }
        return Self.finder.mentions(in: sentences, date: PartialDate(iso: "2019-05-01")).last?.map(\.actor) ?? []
    }

    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aPlaceOneLetterFromAStateIsThatPlace() {
        #expect(actors("Fishermen from Palawan sailed out.") == [])
        #expect(actors("Officials in Granada and Tainan met.") == [])
        #expect(actors("Students at Columbia protested.") == [])
        #expect(actors("Officials in Fujian criticised Taiwan.") == ["TWN"])
        // A misspelt state is still read as the state.
        #expect(actors("Palauen fishermen sailed out.") == ["PLW"])
    }

    @Test func aLeaderIsNoMisspeltCapital() {
        #expect(actors("The United States does not recognise Maduro's government.") == ["USA", "nicolas-maduro"])
        #expect(actors("Officials in Majuro spoke.") == ["MHL"])
    }

    @Test func aNameAfterAnOfficeIsAPersonNotAMisspeltPlace() {
        // "Mauro" is one letter from Majuro, the Marshall Islands' capital.
        #expect(actors("Foreign Minister Mauro Vieira summoned the envoy.") == [])
        #expect(actors("President Mauro spoke.") == [])
        #expect(actors("Mr. Mauro spoke.") == [])
        // Elsewhere the misspelt capital is still read, and a misspelt leader after his office is still the leader.
        #expect(actors("Officials in Mauro said nothing.") == ["MHL"])
        #expect(actors("Prime Minister Kishdia arrived.") == ["fumio-kishida"])
    }

    @Test func aSurnameOneLetterFromALeaderIsSomeoneElse() {
        #expect(actors("John Johnston spoke.") == [])
        #expect(actors("Bill Clifton spoke.") == [])
    }

    @Test func anotherFullNameDoesNotBorrowAKnownSurname() {
        #expect(actors("Tim Morrison, a former aide, spoke.") == [])
        #expect(actors("Hu Chunhua praised Vietnam.", after: ["Hu Jintao spoke."]) == ["VNM"])
        #expect(actors("Jan Rutte criticised Russia.") == ["RUS"])
        // The person's own names, a title or a sentence's opening word before the surname keep the person.
        #expect(actors("Scott Morrison spoke.") == ["scott-morrison"])
        #expect(actors("Prime Minister Morrison spoke.").contains("scott-morrison"))
        #expect(actors("Later Morrison spoke.") == ["scott-morrison"])
        #expect(actors("Hu said so.", after: ["Hu Jintao spoke."]) == ["hu-jintao"])
        // A headline capitalises every word.
        #expect(actors("Beijing Rebukes Morrison Over Inquiry") == ["CHN", "scott-morrison"])
    }

    @Test func aLeadersGovernmentIsTheLeaders() {
        #expect(stances("The Trump administration imposed tariffs on China.") == ["USA>CHN-"])
        #expect(stances("The Biden administration sanctioned Russia.") == ["USA>RUS-"])
        #expect(stances("Kishida's government protested to Russia.") == ["JPN>RUS-"])
        // A surname that is an English word stays a word elsewhere.
        #expect(actors("The trump card was Japan's.") == ["JPN"])
    }

    @Test func seatsOfGovernmentAndOfficesNameTheirState() {
        #expect(stances("The Kremlin condemned Japan.") == ["RUS>JPN-"])
        #expect(stances("Whitehall criticised Iran.") == ["GBR>IRN-"])
        #expect(stances("Zhongnanhai rebuked Canberra.") == ["CHN>AUS-"])
        #expect(actors("The Chinese foreign ministry spokesman criticised Japan.") == ["chn-mfa", "JPN"])
        #expect(stances("The Indian foreign ministry spokesman criticised Pakistan.") == ["IND>PAK-"])
        #expect(stances("Venezuelan President Nicolas Maduro condemned Guyana.") == ["VEN>GUY-"])
    }
}

/// Issue 15, class 8, across sentences: once an article gives a surname to someone else in full, the surname alone
/// later is that person too.
@Suite struct StrangerSurnameTests {
    @Test func aSurnameGivenToAStrangerStaysTheStrangers() {
        let finder = MentionFinder(gazetteer: ExtractionHarness.extractor.gazetteer)
        func actors(_ sentences: [String]) -> [[String]] {
            finder.mentions(in: sentences.map { Tokenizer().tokens(of: $0) }, date: PartialDate(iso: "2019-11-01")).map { $0.map(\.actor) }
        }
        #expect(actors(["Tim Morrison, an aide, testified.", "Morrison said the call worried him."]) == [[], []])
        // With no stranger of that name, the surname alone is the known person.
        #expect(actors(["An aide testified.", "Morrison said the call worried him."]) == [[], ["scott-morrison"]])
        // The known person named in full keeps the surname.
        #expect(actors(["Scott Morrison and Tim Morrison spoke.", "Morrison said so."]) == [["scott-morrison"], ["scott-morrison"]])
    }
}
