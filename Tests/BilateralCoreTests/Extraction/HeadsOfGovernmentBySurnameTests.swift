import Testing
@testable import BilateralCore

/// Gazetteer data (session 14): heads of government and ministers whose states no earlier entry covered by person,
/// each named once in full and then by surname, as news copy does. Own sentences; a surname one letter from a
/// known person's stays its own person.
@Suite struct HeadsOfGovernmentBySurnameTests {
    private func stances(_ text: String) -> [String] { ExtractionHarness.stances(text) }

    @Test func aSurnameAloneNamesItsStateInTheYearsOfTheRole() {
        #expect(stances("In 2018 Zoran Zaev met Boyko Borissov in Sofia.") == ["BGR>MKD+", "MKD>BGR+"])
        #expect(stances("In 2010 Mujica met Kirchner in Olivos.").contains("URY>ARG+"))
        #expect(stances("In 2019 Mahathir criticised Singapore over the airspace.") == ["MYS>SGP-"])
        #expect(stances("In 2023 Varadkar condemned Israel.") == ["IRL>ISR-"])
    }

    @Test func petkovIsBulgariasPrimeMinisterNotAMisspeltPeskov() {
        #expect(stances("In January 2022 Petkov visited Skopje.") == ["BGR>MKD+"])
    }
}
