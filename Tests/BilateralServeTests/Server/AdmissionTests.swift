import NIOConcurrencyHelpers
import NIOCore
import Testing
@testable import BilateralServe

@Suite struct AdmissionTests {
    @Test func rateLimiterAllowsSoManyPerMinuteAndForgetsOldOnes() {
        let limiter = ConnectionRateLimiter(perMinute: 3)
        let start = NIODeadline.now()
        #expect((0..<3).allSatisfy { _ in limiter.allow("192.0.2.1", now: start) })
        #expect(!limiter.allow("192.0.2.1", now: start))
        #expect(limiter.allow("192.0.2.2", now: start))
        #expect(limiter.allow("192.0.2.1", now: start + .seconds(61)))
    }

    @Test func rateLimitOfZeroAllowsEverything() {
        let limiter = ConnectionRateLimiter(perMinute: 0)
        #expect((0..<1000).allSatisfy { _ in limiter.allow("192.0.2.1") })
    }

    @Test func sessionBookAdmitsUpToItsLimitAndFreesPlaces() {
        let book = SessionBook(limit: 2)
        let first = book.admit {}
        let second = book.admit {}
        #expect(first != nil && second != nil)
        #expect(book.admit {} == nil)
        if let first { book.leave(first) }
        #expect(book.admit {} != nil)
    }

    @Test func endingAllCallsEveryEnderAndRefusesNewSessions() {
        let book = SessionBook(limit: 4)
        let ended = NIOLockedValueBox(0)
        _ = book.admit { ended.withLockedValue { $0 += 1 } }
        _ = book.admit { ended.withLockedValue { $0 += 1 } }
        book.endAll()
        #expect(ended.withLockedValue { $0 } == 2)
        #expect(book.admit {} == nil)
    }

    @Test func onlyTermLangAndLocaleVariablesAreAccepted() {
        #expect(SessionHandler.acceptsEnvironment("TERM"))
        #expect(SessionHandler.acceptsEnvironment("LANG"))
        #expect(SessionHandler.acceptsEnvironment("LC_ALL"))
        #expect(!SessionHandler.acceptsEnvironment("LD_PRELOAD"))
        #expect(!SessionHandler.acceptsEnvironment("PATH"))
    }

    @Test func onlyInstalledUTF8LocalesReachTheDashboard() {
        #expect(SessionHandler.usableUTF8Locale("C.UTF-8"))
        #expect(!SessionHandler.usableUTF8Locale("C"))
        #expect(!SessionHandler.usableUTF8Locale("xx_NOWHERE.UTF-8"))
    }
}
