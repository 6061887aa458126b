import Foundation
import Testing
@testable import BilateralCore

@Suite struct StoreFileTests {
    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws {
        let fixture = try StoreFixture()
        let garbage = Data("these are the user's notes, not a database\n".utf8) + Data(repeating: 0x7F, count: 5000)
        try garbage.write(to: URL(fileURLWithPath: fixture.storePath))
        #expect(throws: StoreError.self) { try CorpusStore(path: fixture.storePath, roots: [fixture.corpus]) }
        do {
            _ = try CorpusStore(path: fixture.storePath, roots: [fixture.corpus])
        } catch {
            #expect(error.description.contains("not a bilateral store"))
            #expect(!error.description.contains("\n"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.storePath)) == garbage)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let fixture = try StoreFixture()
        let other = try CorpusStore(path: fixture.storePath, roots: [fixture.corpus])
        try other.write { db in
            try db.execute(sql: "DROP TABLE bilateral_meta")
        }
        #expect(throws: StoreError.self) { try CorpusStore(path: fixture.storePath, roots: [fixture.corpus]) }
        #expect(FileManager.default.fileExists(atPath: fixture.storePath))
    }

    @Test func aDamagedDatabaseIsRefused() throws {
        let fixture = try StoreFixture()
        try fixture.writeArticles()
        _ = try fixture.open()
        // Overwrite the middle of the file: the header stays, the pages do not.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fixture.storePath))
        try handle.seek(toOffset: 0)
        try handle.write(contentsOf: Data(repeating: 0xAB, count: 200))
        try handle.close()
        #expect(throws: StoreError.self) { try CorpusStore(path: fixture.storePath, roots: [fixture.corpus]) }
    }

    @Test func theCorpusIdentityIsTheSetOfItsRoots() {
        let a = StoreLocation.path(for: ["/x/news", "/y/more"], in: "/s")
        #expect(a == StoreLocation.path(for: ["/y/more/", "/x/news", "/x/news"], in: "/s"))
        #expect(a != StoreLocation.path(for: ["/x/news"], in: "/s"))
        #expect(a.hasPrefix("/s/news-") && a.hasSuffix(".sqlite"))
        #expect(StoreLocation.directory(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/bilateral")
        #expect(StoreLocation.directory(environment: ["HOME": "/h"]) == "/h/.local/share/bilateral")
    }
}
