import Foundation
import Testing
import ThroughputSupport

@Suite("Thread CPU clock")
struct ThreadCPUClockTests {
    @Test("advances while the thread works")
    func advancesWithWork() throws {
        let start = try #require(ThreadCPUClock.seconds())
        var accumulator: UInt64 = 0
        for value in 0..<20_000_000 {
            accumulator = accumulator &* 31 &+ UInt64(value)
        }
        let end = try #require(ThreadCPUClock.seconds())
        #expect(accumulator != 42)  // keeps the loop from being removed
        #expect(end > start)
    }

    @Test("barely advances while the thread sleeps, unlike the wall clock")
    func ignoresSleep() throws {
        let start = try #require(ThreadCPUClock.seconds())
        Thread.sleep(forTimeInterval: 0.3)
        let end = try #require(ThreadCPUClock.seconds())
        #expect(end - start < 0.1)
    }
}
