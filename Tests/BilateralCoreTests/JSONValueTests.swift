import Testing
@testable import BilateralCore

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndEscapes() {
        let value = JSONValue.object([("b", .int(1)), ("a", .string("say \"hi\"\n\u{1B}")), ("s", .number(4))])
        #expect(value.serialized() == #"{"b":1,"a":"say \"hi\"\n\u001b","s":4.0}"#)
    }
}
