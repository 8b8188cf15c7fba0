import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("API token repository")
struct APITokenRepositoryContractTests {
    @Test("a new token's secret authenticates its user", arguments: StoreEngine.all)
    func createAndAuthenticate(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, secret) = try await store.apiTokens.create(
                for: user.id, name: "  reporting script ", now: Sample.now)
            #expect(secret.hasPrefix("tl_"))
            #expect(secret.count > 40)
            #expect(token.userID == user.id)
            #expect(token.name == "reporting script")
            #expect(token.createdAt == Sample.now)
            #expect(try await store.apiTokens.authenticate(secret: secret, now: Sample.now)?.id == user.id)
            #expect(try await store.apiTokens.authenticate(secret: secret + "x", now: Sample.now) == nil)
            #expect(try await store.apiTokens.authenticate(secret: "", now: Sample.now) == nil)
            var used = token
            used.lastUsedAt = Sample.now
            #expect(try await store.apiTokens.list(for: user.id) == [used])
        }
    }

    @Test("the secret is not stored in the clear", arguments: StoreEngine.all)
    func secretNotStored(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (_, secret) = try await store.apiTokens.create(for: user.id, name: "script", now: Sample.now)
            let body = String(secret.dropFirst("tl_".count))
            let values = try await storedText(in: "api_tokens", of: store)
            #expect(values.contains("script"), "the query must see the token's row")
            for value in values {
                #expect(value != secret)
                #expect(!value.contains(body))
            }
        }
    }

    @Test("tokens list newest first, per user", arguments: StoreEngine.all)
    func listing(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let ana = Sample.user("ana@example.org")
            let bob = Sample.user("bob@example.org")
            try await store.users.create(ana, password: Sample.password)
            try await store.users.create(bob, password: Sample.password)
            let (older, _) = try await store.apiTokens.create(for: ana.id, name: "older", now: Sample.now)
            let (newer, _) = try await store.apiTokens.create(
                for: ana.id, name: "newer", now: Sample.now.addingTimeInterval(60))
            let (bobs, _) = try await store.apiTokens.create(for: bob.id, name: "bob's", now: Sample.now)
            #expect(try await store.apiTokens.list(for: ana.id) == [newer, older])
            #expect(try await store.apiTokens.list(for: bob.id) == [bobs])
        }
    }

    @Test("a deleted token no longer authenticates; only its owner may delete it", arguments: StoreEngine.all)
    func deletion(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let ana = Sample.user("ana@example.org")
            let bob = Sample.user("bob@example.org")
            try await store.users.create(ana, password: Sample.password)
            try await store.users.create(bob, password: Sample.password)
            let (token, secret) = try await store.apiTokens.create(for: ana.id, name: "script", now: Sample.now)
            let (_, other) = try await store.apiTokens.create(for: ana.id, name: "other", now: Sample.now)

            await expectNotFound { try await store.apiTokens.delete(token.id, of: bob.id) }
            #expect(try await store.apiTokens.authenticate(secret: secret, now: Sample.now)?.id == ana.id)

            try await store.apiTokens.delete(token.id, of: ana.id)
            #expect(try await store.apiTokens.authenticate(secret: secret, now: Sample.now) == nil)
            #expect(try await store.apiTokens.authenticate(secret: other, now: Sample.now)?.id == ana.id)
            #expect(try await store.apiTokens.list(for: ana.id).map(\.name) == ["other"])
            await expectNotFound { try await store.apiTokens.delete(token.id, of: ana.id) }
        }
    }

    @Test("a token needs a name of 1–100 characters", arguments: StoreEngine.all)
    func naming(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            for name in ["", "   ", String(repeating: "n", count: 101)] {
                let error = await #expect(throws: ValidationError.self) {
                    _ = try await store.apiTokens.create(for: user.id, name: name, now: Sample.now)
                }
                #expect(error?.problems.map(\.field) == ["name"])
            }
            #expect(try await store.apiTokens.list(for: user.id) == [])
        }
    }

    @Test("using a token records when it was last used", arguments: StoreEngine.all)
    func lastUsed(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, secret) = try await store.apiTokens.create(for: user.id, name: "script", now: Sample.now)
            #expect(token.lastUsedAt == nil)
            let later = Sample.now.addingTimeInterval(600)
            #expect(try await store.apiTokens.authenticate(secret: secret, now: later)?.id == user.id)
            #expect(try await store.apiTokens.list(for: user.id).first?.lastUsedAt == later)
        }
    }
}
