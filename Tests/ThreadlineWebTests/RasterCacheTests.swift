import Foundation
import Synchronization
import Testing

@testable import ThreadlineSite
@testable import ThreadlineWeb

@Suite("PNG cache")
struct RasterCacheTests {
    /// Counts conversions and the most that ran at once.
    final class Probe: Sendable {
        let state = Mutex((calls: 0, running: 0, peak: 0))

        func convert(_ svg: String) async throws -> Data {
            state.withLock {
                $0.calls += 1
                $0.running += 1
                $0.peak = max($0.peak, $0.running)
            }
            try await Task.sleep(for: .milliseconds(20))
            state.withLock { $0.running -= 1 }
            return Data(svg.utf8)
        }
    }

    @Test("an unchanged drawing is converted once; a changed one again; no more than two conversions run at once")
    func cachesAndLimits() async throws {
        let cache = RasterCache(capacity: 4, maximumRunning: 2)
        let probe = Probe()
        let first = try await cache.png(of: "<svg>a</svg>") { try await probe.convert($0) }
        let again = try await cache.png(of: "<svg>a</svg>") { try await probe.convert($0) }
        #expect(first == again)
        #expect(probe.state.withLock { $0.calls } == 1)
        _ = try await cache.png(of: "<svg>b</svg>") { try await probe.convert($0) }
        #expect(probe.state.withLock { $0.calls } == 2)

        try await withThrowingTaskGroup(of: Data.self) { group in
            for index in 0..<8 {
                group.addTask { try await cache.png(of: "<svg>\(index + 10)</svg>") { try await probe.convert($0) } }
            }
            for try await _ in group {}
        }
        #expect(probe.state.withLock { $0.calls } == 10)
        #expect(probe.state.withLock { $0.peak } <= 2)
        // The cache holds four: the oldest ("a") was let go and is converted again.
        _ = try await cache.png(of: "<svg>a</svg>") { try await probe.convert($0) }
        #expect(probe.state.withLock { $0.calls } == 11)
    }
}
