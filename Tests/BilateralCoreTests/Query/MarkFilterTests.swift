import Testing
@testable import BilateralCore

/// `is:unread`, `is:read`, `is:bookmarked`, `has:note`: the user's marks in the filter language.
@Suite struct MarkFilterTests {
    /// a0 read and bookmarked, a2 read with a note, a5 bookmarked only.
    private let marks: [String: ArticleMarks] = [
        "fixture/a0.txt": ArticleMarks(read: true, bookmarked: true),
        "fixture/a2.txt": ArticleMarks(read: true, note: "check the date"),
        "fixture/a5.txt": ArticleMarks(bookmarked: true),
    ]

    private func keep(_ filter: String) throws -> FilteredModel {
        try Filter.parse(filter).apply(to: QueryFixture.model, marks: marks)
    }

    @Test func eachMarkKeepsTheArticlesThatHaveIt() throws {
        #expect(try keep("is:unread").articles == [1, 3, 4, 5])
        #expect(try keep("is:read").articles == [0, 2])
        #expect(try keep("is:bookmarked").articles == [0, 5])
        #expect(try keep("has:note").articles == [2])
        #expect(try keep("!is:read").articles == [1, 3, 4, 5])
        #expect(try keep("is:bookmarked | has:note").articles == [0, 2, 5])
        #expect(try keep("is:bookmarked is:unread").articles == [5])
    }

    @Test func theArticlesEventsAndStancesGoWithIt() throws {
        let noted = try keep("has:note")
        #expect(noted.stances == [4, 5])
        #expect(noted.events == [2, 3])
        // With a stance field: the read articles' stances that Japan (or Abe, acting for it) holds.
        #expect(try keep("is:read holder:JPN").stances == [0, 5])
    }

    @Test func withoutMarksEveryArticleIsUnread() throws {
        #expect(try Filter.parse("is:unread").apply(to: QueryFixture.model, marks: [:]).articles == Array(0..<6))
        #expect(try Filter.parse("is:bookmarked").apply(to: QueryFixture.model, marks: [:]).articles == [])
    }

    @Test func theModelsOwnMarksAreReadWhenNoneAreGiven() throws {
        var model = QueryFixture.model
        model.marks = marks
        #expect(try Filter.parse("is:bookmarked").apply(to: model).articles == [0, 5])
    }

    @Test func changedMarksChangeTheResultOfTheSameTerm() throws {
        // The term cache keys on the term alone; marks must never be answered from it.
        let filter = try Filter.parse("is:bookmarked")
        let index = FilterIndex(model: QueryFixture.model)
        #expect(filter.apply(to: QueryFixture.model, index: index, marks: marks).articles == [0, 5])
        var changed = marks
        changed["fixture/a5.txt"] = nil
        #expect(filter.apply(to: QueryFixture.model, index: index, marks: changed).articles == [0])
    }

    @Test func badValuesAreErrorsAtTheValue() {
        #expect(throws: FilterError.self) { try Filter.parse("is:starred") }
        #expect(throws: FilterError.self) { try Filter.parse("has:bookmark") }
        #expect(throws: FilterError.self) { try Filter.parse("is:") }
        do {
            _ = try Filter.parse("kuril is:unraed")
            Issue.record("is:unraed parsed")
        } catch {
            #expect(error.column == 9)
            #expect(error.message.contains("unread"))
        }
    }

    @Test func onlyMarkTermsReadTheMarks() throws {
        #expect(try Filter.parse("kuril !has:note").readsMarks)
        #expect(try !Filter.parse("kuril actor:RUS").readsMarks)
        #expect(try Filter.parse("is:bookmark").readsMarks)
    }
}
