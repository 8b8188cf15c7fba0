import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Session repository")
struct SessionRepositoryContractTests {
    @Test("a created session resolves to its user until it expires", arguments: StoreEngine.all)
    func createResolveExpire(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, session) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            #expect(!token.isEmpty)
            #expect(!session.csrfToken.isEmpty)
            #expect(session.csrfToken != token)
            #expect(session.expiresAt == Sample.now.addingTimeInterval(3600))

            let resolved = try await store.sessions.resolve(token: token, now: Sample.now)
            #expect(resolved == session)
            #expect(
                try await store.sessions.resolve(token: token, now: Sample.now.addingTimeInterval(3599))?.user.id
                    == user.id)
            #expect(try await store.sessions.resolve(token: token, now: Sample.now.addingTimeInterval(3600)) == nil)
            #expect(try await store.sessions.resolve(token: token, now: Sample.now.addingTimeInterval(7200)) == nil)
        }
    }

    @Test("each session has its own secret and CSRF token", arguments: StoreEngine.all)
    func distinctSessions(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let first = try await store.sessions.create(for: user, now: Sample.now, lifetime: 60)
            let second = try await store.sessions.create(for: user, now: Sample.now, lifetime: 60)
            #expect(first.token != second.token)
            #expect(first.session.csrfToken != second.session.csrfToken)
            #expect(
                try await store.sessions.resolve(token: first.token, now: Sample.now)?.csrfToken
                    == first.session.csrfToken)
            #expect(
                try await store.sessions.resolve(token: second.token, now: Sample.now)?.csrfToken
                    == second.session.csrfToken)
        }
    }

    @Test("unknown secrets resolve to nothing", arguments: StoreEngine.all)
    func unknownToken(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 60)
            #expect(try await store.sessions.resolve(token: "", now: Sample.now) == nil)
            #expect(try await store.sessions.resolve(token: token + "x", now: Sample.now) == nil)
            #expect(try await store.sessions.resolve(token: SecretToken.hash(token), now: Sample.now) == nil)
        }
    }

    @Test("a deleted session no longer resolves, and others are untouched", arguments: StoreEngine.all)
    func deleteSession(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            let (other, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            try await store.sessions.delete(token: token)
            #expect(try await store.sessions.resolve(token: token, now: Sample.now) == nil)
            #expect(try await store.sessions.resolve(token: other, now: Sample.now) != nil)
            try await store.sessions.delete(token: "never-issued")
        }
    }

    @Test("removing expired sessions keeps the live ones", arguments: StoreEngine.all)
    func deleteExpired(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (short, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 60)
            let (long, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            try await store.sessions.deleteExpired(now: Sample.now.addingTimeInterval(120))
            // Asked about an earlier instant, the short session would still be live — had it been kept.
            #expect(try await store.sessions.resolve(token: short, now: Sample.now) == nil)
            #expect(try await store.sessions.resolve(token: long, now: Sample.now) != nil)
        }
    }

    @Test("the session secret is not stored in the clear", arguments: StoreEngine.all)
    func secretHashed(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 60)
            let values = try await storedText(in: "sessions", of: store)
            #expect(!values.isEmpty)
            #expect(!values.contains { $0.contains(token) })
        }
    }
}
