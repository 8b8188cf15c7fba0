import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Login throttle")
struct LoginThrottleContractTests {
    @Test("the first five failures cost nothing; after that the wait grows", arguments: StoreEngine.all)
    func growingWait(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let throttle = store.loginThrottle
            let email = "ana@example.org"
            #expect(try await throttle.waitTime(for: email, now: Sample.now) == 0)
            for _ in 1...4 {
                try await throttle.recordFailure(for: email, now: Sample.now)
                #expect(try await throttle.waitTime(for: email, now: Sample.now) == 0)
            }
            var previous: TimeInterval = 0
            for failure in 5...9 {
                try await throttle.recordFailure(for: email, now: Sample.now)
                let wait = try await throttle.waitTime(for: email, now: Sample.now)
                #expect(wait > previous, "after \(failure) failures")
                previous = wait
            }
        }
    }

    @Test("the wait counts from the last failure and runs out", arguments: StoreEngine.all)
    func waitRunsOut(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let throttle = store.loginThrottle
            for _ in 1...7 { try await throttle.recordFailure(for: "ana@example.org", now: Sample.now) }
            let wait = try await throttle.waitTime(for: "ana@example.org", now: Sample.now)
            #expect(wait > 0)
            let halfway = try await throttle.waitTime(
                for: "ana@example.org", now: Sample.now.addingTimeInterval(wait / 2))
            #expect(halfway == wait / 2)
            #expect(try await throttle.waitTime(for: "ana@example.org", now: Sample.now.addingTimeInterval(wait)) == 0)
        }
    }

    @Test("failures are counted per email, in any case", arguments: StoreEngine.all)
    func perEmail(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let throttle = store.loginThrottle
            for _ in 1...6 { try await throttle.recordFailure(for: "Ana@Example.org", now: Sample.now) }
            #expect(try await throttle.waitTime(for: "ana@example.org", now: Sample.now) > 0)
            #expect(try await throttle.waitTime(for: "ANA@EXAMPLE.ORG", now: Sample.now) > 0)
            #expect(try await throttle.waitTime(for: "bob@example.org", now: Sample.now) == 0)
        }
    }

    @Test("a reset forgets the failures", arguments: StoreEngine.all)
    func reset(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let throttle = store.loginThrottle
            for _ in 1...8 { try await throttle.recordFailure(for: "ana@example.org", now: Sample.now) }
            #expect(try await throttle.waitTime(for: "ana@example.org", now: Sample.now) > 0)
            try await throttle.reset(for: "ANA@example.org")
            #expect(try await throttle.waitTime(for: "ana@example.org", now: Sample.now) == 0)
            // After a reset the free attempts are free again.
            try await throttle.recordFailure(for: "ana@example.org", now: Sample.now)
            #expect(try await throttle.waitTime(for: "ana@example.org", now: Sample.now) == 0)
        }
    }

    @Test("the wait doubles and stops at fifteen minutes")
    func waitSchedule() {
        #expect((0..<SQLLoginThrottle.freeAttempts).allSatisfy { SQLLoginThrottle.wait(afterFailures: $0) == 0 })
        let waits = (5...14).map { SQLLoginThrottle.wait(afterFailures: $0) }
        for (earlier, later) in zip(waits, waits.dropFirst()) { #expect(later == min(earlier * 2, 900)) }
        #expect(SQLLoginThrottle.wait(afterFailures: 1_000) == SQLLoginThrottle.maximumWait)
        #expect(SQLLoginThrottle.maximumWait == 900)
    }
}
