/// At most `limit` callers inside at once; the rest wait their turn, first come first served.
public actor ConcurrencyGate {
    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// A gate admitting `limit` callers at a time.
    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `body` once a place is free, and frees it afterwards, whether `body` returns or throws.
    public func withPermit<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            leave()
            return result
        } catch {
            leave()
            throw error
        }
    }

    private func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        // The place is handed over by `leave`, which keeps `inside` as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            inside -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
