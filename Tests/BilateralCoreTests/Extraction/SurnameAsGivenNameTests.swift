import Testing
@testable import BilateralCore

/// Issue 15 (precision, session 10, class 8): a known person's surname written as the first of two names ("Gabriel
/// Boric") is another person's given name, not the known person.
@Suite struct SurnameAsGivenNameTests {
    private func stances(_ text: String) -> [String] {
        ExtractionHarness.stances(text, date: "2017-06-01")
    }

    @Test func aSurnameBeforeAnotherNameIsSomeoneElse() {
        #expect(!stances("President Gabriel Boric thanked Peru for the talks.").contains("DEU>PER+"))
        // Look-alikes: the surname alone, the full name, and the surname before a weekday are the known person.
        #expect(stances("Gabriel thanked Peru for the talks.").contains("DEU>PER+"))
        #expect(stances("Sigmar Gabriel thanked Peru for the talks.").contains("DEU>PER+"))
        #expect(stances("Foreign Minister Gabriel on Monday thanked Peru for the talks.").contains("DEU>PER+"))
    }
}
