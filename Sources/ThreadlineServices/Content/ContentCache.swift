import Foundation
import Synchronization
import ThreadlineStore

/// Keeps values derived from the content (rendered public pages, sets of published IDs) in memory until the
/// content changes.
///
/// Public pages look the same to every reader, so rendering each once per change is enough. A write in this
/// process empties the cache at once (`Database.contentChangeCount`); a write by another Threadline process sharing
/// the database is noticed through the stored content version, read at most once per `recheckInterval`.
/// Only pages that exist are kept, and at most `capacity` of them, so unknown addresses cannot fill memory.
public final class ContentCache<Value: Sendable>: Sendable {
    private struct State {
        var pages: [String: Value] = [:]
        var commitCount = -1
        var contentVersion = -1
        var checkedAt = ContinuousClock.Instant.now
    }

    private let state = Mutex(State())
    private let store: ThreadlineStore
    private let recheckInterval: Duration
    private let capacity: Int

    public init(store: ThreadlineStore, recheckInterval: Duration = .seconds(1), capacity: Int = 2_000) {
        self.store = store
        self.recheckInterval = recheckInterval
        self.capacity = capacity
    }

    /// The value at `key`, made by `render` when it is not cached or the content has changed; `nil` (not kept)
    /// when `render` finds nothing.
    public func value(_ key: String, render: () async throws -> Value?) async throws -> Value? {
        let commits = store.database.contentChangeCount
        let now = ContinuousClock.Instant.now
        let (cached, needsVersion) = state.withLock { state -> (Value?, Bool) in
            if state.commitCount != commits {
                state.pages.removeAll(keepingCapacity: true)
                state.commitCount = commits
            }
            return (state.pages[key], now - state.checkedAt >= recheckInterval || state.contentVersion < 0)
        }
        if needsVersion {
            let version = try await store.contentVersion()
            let changed = state.withLock { state -> Bool in
                state.checkedAt = now
                guard state.contentVersion != version else { return false }
                state.contentVersion = version
                state.pages.removeAll(keepingCapacity: true)
                return true
            }
            if !changed, let cached { return cached }
        } else if let cached {
            return cached
        }
        let version = state.withLock { $0.contentVersion }
        guard let html = try await render() else { return nil }
        state.withLock { state in
            // A page rendered while the content changed must not be kept as if it were current.
            guard commits == store.database.contentChangeCount, state.commitCount == commits,
                state.contentVersion == version
            else { return }
            if state.pages.count >= capacity { state.pages.removeAll(keepingCapacity: true) }
            state.pages[key] = html
        }
        return html
    }
}

/// The cache of rendered public pages.
public typealias PublicPageCache = ContentCache<String>

extension ContentCache where Value == String {
    /// The page at `key`, rendered by `render` when it is not cached or the content has changed.
    public func page(_ key: String, render: () async throws -> String?) async throws -> String? {
        try await value(key, render: render)
    }
}
