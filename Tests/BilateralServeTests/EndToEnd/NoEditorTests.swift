import Foundation
import Testing

extension ServeEndToEndTests {
    /// A remote user must not start programs on the server: the note editor (C-x on the note line) is off.
    @Suite struct NoEditor {
        @Test func theDashboardChildRunsWithoutAnEditor() throws {
            let server = try ServeFixture()
            defer { server.tearDown() }
            let client = try server.connect(sshArguments: [], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
            defer { client.stop(grace: 1) }
            try #require(TestEnvironment.eventually(within: 20) { server.childPIDs().count == 1 })
            let child = server.childPIDs()[0]
            var arguments: [String] = []
            // Between fork and exec the child still has the server's command line: read it after exec.
            try #require(TestEnvironment.eventually(within: 10) {
                let raw = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(child)/cmdline"))) ?? Data()
                arguments = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                return arguments.contains("browse")
            }, "the dashboard child never ran browse")
            #expect(arguments.contains("--no-editor"), "\(arguments)")
        }
    }
}
