import Foundation
import ThreadlineStore

/// The PNGs made from SVG drawings, keyed by the SHA-256 of the drawing, and a limit on conversions running at
/// once: each conversion is a process, and a burst of requests must not start one per request.
///
/// Keying by the drawing itself means a PNG can never outlive a change to its SVG; the oldest entries go first once
/// the cache is full.
public actor RasterCache {
    private var entries: [String: Data] = [:]
    private var order: [String] = []
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let capacity: Int
    private let maximumRunning: Int

    public init(capacity: Int = 64, maximumRunning: Int = 2) {
        self.capacity = capacity
        self.maximumRunning = maximumRunning
    }

    /// The PNG of `svg`, made by `convert` unless an identical drawing was converted before.
    public func png(of svg: String, convert: @Sendable (String) async throws -> Data) async throws -> Data {
        let key = SecretToken.hash(svg)
        if let cached = entries[key] { return cached }
        await acquire()
        defer { release() }
        // Another request may have made it while this one waited its turn.
        if let cached = entries[key] { return cached }
        let png = try await convert(svg)
        entries[key] = png
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
        return png
    }

    private func acquire() async {
        if running < maximumRunning {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            // The slot passes straight to the next waiter, so `running` stays the same.
            waiting.removeFirst().resume()
        }
    }
}
