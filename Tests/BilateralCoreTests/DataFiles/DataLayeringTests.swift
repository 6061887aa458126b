import Foundation
import Testing
@testable import BilateralCore

@Suite struct DataLayeringTests {
    func merged(_ base: String, _ user: String) throws -> String {
        let value = DataLayering.merge(try JSONSerialization.jsonObject(with: Data(base.utf8)),
                                       try JSONSerialization.jsonObject(with: Data(user.utf8)))
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func entriesMergeByTheirFirstIdentityKey() throws {
        #expect(try merged(#"{"a":[{"id":"x","v":1},{"id":"y","v":2}]}"#, #"{"a":[{"id":"y","v":3},{"id":"z","v":4}]}"#)
            == #"{"a":[{"id":"x","v":1},{"id":"y","v":3},{"id":"z","v":4}]}"#)
        #expect(try merged(#"{"c":[{"code":"02","n":"a"}]}"#, #"{"c":[{"code":"02","n":"b"}]}"#) == #"{"c":[{"code":"02","n":"b"}]}"#)
        // A list-valued identity (a relationship's pair) compares as a whole.
        #expect(try merged(#"{"r":[{"pair":["A","B"],"v":1}]}"#, #"{"r":[{"pair":["A","B"],"v":2},{"pair":["B","A"],"v":3}]}"#)
            == #"{"r":[{"pair":["A","B"],"v":2},{"pair":["B","A"],"v":3}]}"#)
    }

    @Test func wordListsGainNewWordsOnly() throws {
        #expect(try merged(#"{"w":["a","b"]}"#, #"{"w":["b","c"]}"#) == #"{"w":["a","b","c"]}"#)
    }

    @Test func objectsMergeKeyByKeyAndScalarsAreReplaced() throws {
        #expect(try merged(#"{"o":{"k":1,"l":["x"]},"s":1}"#, #"{"o":{"l":["y"]},"s":"two","n":null}"#)
            == #"{"n":null,"o":{"k":1,"l":["x","y"]},"s":"two"}"#)
    }
}
