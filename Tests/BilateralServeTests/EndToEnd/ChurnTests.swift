import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension ServeEndToEndTests {
    /// Many sessions coming and going leave nothing behind.
    @Suite struct Churn {
        static let cycles = 200
        static let batch = 10

        @Test func twoHundredConnectAndDisconnectCyclesLeaveNoChildrenAndNoDescriptors() throws {
            let server = try ServeFixture(options: ["--rate-limit", "0"])
            defer { server.tearDown() }
            var started = 0

            /// Opens `count` sessions at once, waits until every dashboard runs, then drops the clients.
            func cycle(_ count: Int) throws {
                var clients: [ChildProcess] = []
                defer { clients.forEach { $0.stop(grace: 2) } }
                for index in 0..<count {
                    clients.append(try server.connect("c\(index)"))
                }
                started += count
                let expected = started
                try #require(
                    TestEnvironment.eventually(within: 60) { server.logCount("session start") >= expected },
                    "only \(server.logCount("session start")) of \(expected) sessions started")
            }

            try cycle(1)
            #expect(TestEnvironment.eventually(within: 5) { server.childPIDs().isEmpty })
            let baseline = server.openDescriptorCount()
            for _ in 0..<(Self.cycles / Self.batch) {
                try cycle(Self.batch)
            }
            let total = Self.cycles + 1
            #expect(TestEnvironment.eventually(within: 15) { server.logCount("session end") == total },
                    "\(server.logCount("session end")) of \(total) sessions ended")
            #expect(TestEnvironment.eventually(within: 5) { server.childPIDs().isEmpty }, "children left: \(server.childPIDs())")
            let settled = TestEnvironment.eventually(within: 5) { server.openDescriptorCount() <= baseline }
            #expect(settled, "descriptors grew from \(baseline) to \(server.openDescriptorCount())")
        }
    }
}
