import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("User repository")
struct UserRepositoryContractTests {
    @Test("creates a user, stores the email lower-cased and finds it in any case", arguments: StoreEngine.all)
    func createAndGet(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("Ana.Smith@Example.ORG", role: .contributor)
            try await store.users.create(user, password: Sample.password)
            var stored = user
            stored.email = "ana.smith@example.org"
            #expect(try await store.users.get(user.id) == stored)
            #expect(try await store.users.get(email: "ana.smith@example.org") == stored)
            #expect(try await store.users.get(email: "ANA.SMITH@EXAMPLE.ORG") == stored)
            #expect(try await store.users.get(email: "someone@example.org") == nil)
            #expect(try await store.users.get(Sample.id()) == nil)
        }
    }

    @Test("an email already taken, in any case, is a conflict naming email", arguments: StoreEngine.all)
    func duplicateEmail(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let first = Sample.user("ana@example.org")
            try await store.users.create(first, password: Sample.password)
            let second = Sample.user("ANA@Example.org", role: .admin)
            let problems = await conflictProblems {
                try await store.users.create(second, password: "another good password")
            }
            #expect(problems.map(\.field) == ["email"])
            #expect(try await store.users.get(second.id) == nil)
            #expect(try await store.users.all().map(\.id) == [first.id])
            #expect(
                try await store.users.authenticate(email: "ana@example.org", password: "another good password") == nil)
        }
    }

    @Test("a bad email or password is refused with every problem", arguments: StoreEngine.all)
    func validation(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let error = await #expect(throws: ValidationError.self) {
                try await store.users.create(Sample.user("not-an-email"), password: "short")
            }
            #expect(Set(error?.problems.map(\.field) ?? []) == ["email", "password"])
            #expect(try await store.users.all() == [])
        }
    }

    @Test("authenticates the right password only", arguments: StoreEngine.all)
    func authenticate(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            #expect(
                try await store.users.authenticate(email: "ana@example.org", password: Sample.password)?.id == user.id)
            #expect(
                try await store.users.authenticate(email: "ANA@example.org", password: Sample.password)?.id == user.id)
            #expect(
                try await store.users.authenticate(email: "ana@example.org", password: Sample.password.uppercased())
                    == nil)
            #expect(try await store.users.authenticate(email: "ana@example.org", password: "") == nil)
            #expect(try await store.users.authenticate(email: "bob@example.org", password: Sample.password) == nil)
        }
    }

    @Test("the password is not stored in the clear", arguments: StoreEngine.all)
    func passwordHashed(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await store.users.create(Sample.user("ana@example.org"), password: Sample.password)
            let values = try await storedText(in: "users", of: store)
            #expect(!values.isEmpty)
            #expect(!values.contains { $0.contains(Sample.password) })
        }
    }

    @Test("a new password replaces the old one and ends every session", arguments: StoreEngine.all)
    func setPassword(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            let other = Sample.user("bob@example.org")
            try await store.users.create(user, password: Sample.password)
            try await store.users.create(other, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            let (otherToken, _) = try await store.sessions.create(for: other, now: Sample.now, lifetime: 3600)

            try await store.users.setPassword(user.id, password: "a brand new passphrase")

            #expect(try await store.users.authenticate(email: user.email, password: Sample.password) == nil)
            #expect(
                try await store.users.authenticate(email: user.email, password: "a brand new passphrase")?.id == user.id
            )
            #expect(try await store.sessions.resolve(token: token, now: Sample.now) == nil)
            #expect(try await store.sessions.resolve(token: otherToken, now: Sample.now)?.user.id == other.id)
        }
    }

    @Test("setting a bad password, or one for nobody, fails and changes nothing", arguments: StoreEngine.all)
    func setPasswordFailures(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ana@example.org")
            try await store.users.create(user, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            await #expect(throws: ValidationError.self) {
                try await store.users.setPassword(user.id, password: "short")
            }
            await expectNotFound { try await store.users.setPassword(Sample.id(), password: "long enough password") }
            #expect(try await store.users.authenticate(email: user.email, password: Sample.password)?.id == user.id)
            #expect(try await store.sessions.resolve(token: token, now: Sample.now) != nil)
        }
    }

    @Test("roles change, users list by email, and deleting a user ends their sessions", arguments: StoreEngine.all)
    func roleListingDeletion(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let zed = Sample.user("zed@example.org", role: .contributor)
            let amy = Sample.user("amy@example.org", role: .admin)
            try await store.users.create(zed, password: Sample.password)
            try await store.users.create(amy, password: Sample.password)
            #expect(try await store.users.all().map(\.email) == ["amy@example.org", "zed@example.org"])

            try await store.users.setRole(zed.id, role: .editor)
            #expect(try await store.users.get(zed.id)?.role == .editor)

            let (token, _) = try await store.sessions.create(for: zed, now: Sample.now, lifetime: 3600)
            let (_, secret) = try await store.apiTokens.create(for: zed.id, name: "script", now: Sample.now)
            try await store.users.delete(zed.id)
            #expect(try await store.users.get(zed.id) == nil)
            #expect(try await store.sessions.resolve(token: token, now: Sample.now) == nil)
            #expect(try await store.apiTokens.authenticate(secret: secret, now: Sample.now) == nil)
            #expect(try await store.users.all().map(\.id) == [amy.id])
        }
    }
}
