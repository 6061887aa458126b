import Testing
@testable import BilateralCore

@Suite struct PartialDateTests {
    @Test func parsesEachPrecision() {
        #expect(PartialDate(iso: "2016")?.precision == .year)
        #expect(PartialDate(iso: "2016-05")?.precision == .month)
        #expect(PartialDate(iso: "2016-05-06")?.iso == "2016-05-06")
        #expect(PartialDate(iso: "2016-02-30") == nil)
        #expect(PartialDate(iso: "May 2016") == nil)
    }

    @Test func acceptsAtTheGoldPrecision() throws {
        let month = try #require(PartialDate(iso: "2016-05"))
        #expect(month.accepts(try #require(PartialDate(iso: "2016-05-06"))))
        #expect(!month.accepts(try #require(PartialDate(iso: "2016"))))
        #expect(!month.accepts(try #require(PartialDate(iso: "2016-06-01"))))
    }

    @Test func ordersByFirstDay() throws {
        let dates = ["2016-05-06", "2013", "2016-05", "1945"].compactMap(PartialDate.init(iso:)).sorted()
        #expect(dates.map(\.iso) == ["1945", "2013", "2016-05", "2016-05-06"])
    }
}
