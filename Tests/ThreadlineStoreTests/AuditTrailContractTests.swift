import Foundation
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Audit trail")
struct AuditTrailContractTests {
    static let ana = AuditActor(userID: User.ID(UUID()), label: "ana@example.org")

    @Test("a content change records who made it and which fields changed", arguments: StoreEngine.all)
    func contentChange(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            var story = Sample.story("Kitchen tables")
            try await AuditActor.$current.withValue(Self.ana) {
                try await store.stories.create(story)
                story.title = "Kitchen tables and town halls"
                story.status = .published
                try await store.stories.update(story)
                try await store.stories.delete(story.id)
            }
            let page = try await store.audit.list(AuditQuery(entityKind: "story", entityID: story.id.description))
            #expect(page.total == 3)
            #expect(page.items.map(\.action) == [.deleted, .published, .created])
            #expect(page.items.allSatisfy { $0.actor == "ana@example.org" && $0.actorID == Self.ana.userID })
            let published = try #require(page.items.dropFirst().first)
            #expect(published.summary == "Published the story “Kitchen tables and town halls”.")
            #expect(published.changes.map(\.field) == ["status", "title"])
            let title = try #require(published.changes.first { $0.field == "title" })
            #expect(title.from == .string("Kitchen tables") && title.to == .string("Kitchen tables and town halls"))
            let created = try #require(page.items.last)
            #expect(created.changes.contains(AuditChange(field: "title", from: nil, to: .string("Kitchen tables"))))
            #expect(!created.changes.contains { $0.field == "updated_at" || $0.field == "created_at" })
        }
    }

    @Test(
        "a save that changes nothing records nothing; without an actor the system is named", arguments: StoreEngine.all)
    func unchangedSave(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Salford")
            try await store.places.create(place)
            try await store.places.update(place)
            let page = try await store.audit.list(AuditQuery(entityID: place.id.description))
            #expect(page.items.map(\.action) == [.created])
            #expect(page.items.first?.actor == "system")
        }
    }

    @Test("a change that fails records nothing, and a failed record fails the change", arguments: StoreEngine.all)
    func sameTransaction(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let first = Sample.story("Open doors")
            try await store.stories.create(first)
            var clash = Sample.story("Another door")
            clash.slug = first.slug
            await #expect(throws: StoreError.self) { try await store.stories.create(clash) }
            #expect(try await store.audit.list(AuditQuery()).total == 1)

            // Without the audit table the record cannot be written, so the change it belongs to must not be either.
            try await store.database.write { sql in try await sql.raw("DROP TABLE audit_events").run() }
            let orphan = Sample.story("Unrecorded")
            await #expect(throws: (any Error).self) { try await store.stories.create(orphan) }
            #expect(try await store.stories.get(orphan.id) == nil)
            await #expect(throws: (any Error).self) { try await store.stories.delete(first.id) }
            #expect(try await store.stories.get(first.id) != nil)
        }
    }

    @Test("consent changes are their own event with before and after", arguments: StoreEngine.all)
    func consentChange(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            var testimony = Testimony(id: Sample.id(), title: "Youth worker", createdAt: Sample.now)
            try await store.testimonies.create(testimony)
            testimony.consent = ConsentRecord(
                givenBy: "Speaker", givenOn: Sample.date("2023-05-01"), scope: .publicNamed)
            testimony.summary = "On trust."
            try await AuditActor.$current.withValue(Self.ana) { try await store.testimonies.update(testimony) }
            let consent = try await store.audit.list(AuditQuery(action: .consentChanged))
            #expect(consent.total == 1)
            let event = try #require(consent.items.first)
            #expect(event.entityID == testimony.id.description && event.actor == "ana@example.org")
            #expect(event.changes.allSatisfy { $0.field.hasPrefix("consent_") })
            let scope = try #require(event.changes.first { $0.field == "consent_scope" })
            #expect(scope.from == .string(ConsentScope.internalOnly.rawValue))
            #expect(scope.to == .string(ConsentScope.publicNamed.rawValue))
            let update = try await store.audit.list(AuditQuery(action: .updated, entityID: testimony.id.description))
            #expect(update.items.map { $0.changes.map(\.field) } == [["summary"]])
        }
    }

    @Test("signing in and out and failed sign-ins are recorded, never a password", arguments: StoreEngine.all)
    func signIns(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let user = Sample.user("ben@example.org", role: .admin)
            try await store.users.create(user, password: Sample.password)
            let (token, _) = try await store.sessions.create(for: user, now: Sample.now, lifetime: 3600)
            try await store.sessions.delete(token: token)
            try await store.loginThrottle.recordFailure(for: "BEN@example.org", now: Sample.now)
            _ = try await store.loginThrottle.admit("nobody@example.org", now: Sample.now)
            try await store.loginThrottle.signInFailed("nobody@example.org")
            try await store.users.setRole(user.id, role: .editor)
            try await store.users.setPassword(user.id, password: "another long enough password")
            let (_, secret) = try await store.apiTokens.create(for: user.id, name: "Reports script", now: Sample.now)

            let events = try await store.audit.list(AuditQuery()).items
            #expect(
                Array(events.map(\.action).reversed()) == [
                    .created, .signedIn, .signedOut, .signInFailed, .signInFailed, .roleChanged, .passwordChanged,
                    .tokenCreated,
                ])
            let signedIn = try #require(events.first { $0.action == .signedIn })
            #expect(signedIn.actor == "ben@example.org" && signedIn.actorID == user.id)
            let failures = events.filter { $0.action == .signInFailed }
            #expect(failures.map(\.entityID).sorted() == ["nobody@example.org", user.id.description].sorted())
            #expect(failures.allSatisfy { $0.actor == "anonymous" })
            // What is typed into the email box is kept only when it could be an address.
            try await store.loginThrottle.signInFailed("my secret passphrase typed in the wrong box")
            let typed = try #require(try await store.audit.list(AuditQuery()).items.first)
            #expect(typed.action == .signInFailed)
            #expect(!typed.summary.contains("passphrase") && !typed.entityID.contains("passphrase"), "\(typed)")
            let role = try #require(events.first { $0.action == .roleChanged })
            #expect(role.changes == [AuditChange(field: "role", from: .string("admin"), to: .string("editor"))])
            // Nothing secret anywhere in the trail.
            let everything = events.map { "\($0.summary) \($0.changes.map { "\($0)" })" }.joined()
            for secretText in [Sample.password, "another long enough password", secret, token, "password_hash"] {
                #expect(!everything.contains(secretText))
            }
        }
    }

    @Test("filters by actor, action, kind, entity and time, and pages newest first", arguments: StoreEngine.all)
    func filtersAndPaging(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let cara = AuditActor(userID: User.ID(UUID()), label: "cara_100%@example.org")
            var places: [Place] = []
            try await AuditActor.$current.withValue(Self.ana) {
                for number in 1...5 {
                    let place = Sample.place("Place \(number)")
                    try await store.places.create(place)
                    places.append(place)
                }
            }
            try await AuditActor.$current.withValue(cara) {
                try await store.stories.create(Sample.story("One"))
                try await store.stories.create(Sample.story("Two"))
            }
            #expect(try await store.audit.list(AuditQuery(actor: "CARA")).total == 2)
            #expect(try await store.audit.list(AuditQuery(actor: cara.userID?.description)).total == 2)
            // LIKE's wildcards in the filter are plain characters.
            #expect(try await store.audit.list(AuditQuery(actor: "100%@")).total == 2)
            #expect(try await store.audit.list(AuditQuery(actor: "_")).total == 2)
            #expect(try await store.audit.list(AuditQuery(actor: "%")).total == 2)
            #expect(try await store.audit.list(AuditQuery(actor: "' OR 1=1 --")).total == 0)
            #expect(try await store.audit.list(AuditQuery(entityKind: "place")).total == 5)
            #expect(try await store.audit.list(AuditQuery(action: .deleted)).total == 0)
            #expect(try await store.audit.list(AuditQuery(entityID: places[2].id.description)).total == 1)

            let first = try await store.audit.list(AuditQuery(entityKind: "place", limit: 2))
            let second = try await store.audit.list(AuditQuery(entityKind: "place", limit: 2, offset: 2))
            let last = try await store.audit.list(AuditQuery(entityKind: "place", limit: 2, offset: 4))
            #expect(first.total == 5 && first.items.count == 2 && last.items.count == 1)
            let order = (first.items + second.items + last.items).map(\.entityID)
            #expect(order == places.reversed().map(\.id.description))

            let now = Date()
            #expect(try await store.audit.list(AuditQuery(from: now.addingTimeInterval(3600))).total == 0)
            #expect(try await store.audit.list(AuditQuery(until: now.addingTimeInterval(-3600))).total == 0)
            #expect(
                try await store.audit.list(
                    AuditQuery(from: now.addingTimeInterval(-3600), until: now.addingTimeInterval(3600))
                ).total == 7)
        }
    }
}
