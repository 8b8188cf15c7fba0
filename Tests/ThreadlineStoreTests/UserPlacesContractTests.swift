import Foundation
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore

/// The rows of `user_places`, counted, so that cascades are seen in the table itself.
private func grantCount(_ store: ThreadlineStore) async throws -> Int {
    try await store.database.read { sql in
        try await sql.raw("SELECT COUNT(*) AS n FROM user_places").first(decodingColumn: "n", as: Int.self) ?? -1
    }
}

@Suite("User places")
struct UserPlacesContractTests {
    @Test("a user's places are stored, replaced whole and emptied", arguments: StoreEngine.all)
    func setAndReplace(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let salford = Sample.place("Salford")
            let stockport = Sample.place("Stockport")
            try await store.places.create(salford)
            try await store.places.create(stockport)
            let ana = Sample.user("ana@example.org", role: .contributor)
            let bob = Sample.user("bob@example.org", role: .contributor)
            try await store.users.create(ana, password: Sample.password)
            try await store.users.create(bob, password: Sample.password)
            #expect(try await store.users.places(of: ana.id).isEmpty)

            try await store.users.setPlaces([salford.id, stockport.id], of: ana.id)
            try await store.users.setPlaces([stockport.id], of: bob.id)
            #expect(try await store.users.places(of: ana.id) == [salford.id, stockport.id])
            try await store.users.setPlaces([salford.id], of: ana.id)
            #expect(try await store.users.places(of: ana.id) == [salford.id])
            #expect(try await store.users.places(of: bob.id) == [stockport.id], "another user's places stay")
            try await store.users.setPlaces([], of: ana.id)
            #expect(try await store.users.places(of: ana.id).isEmpty)
        }
    }

    @Test(
        "an unknown place is named on places and changes nothing; an unknown user is not found",
        arguments: StoreEngine.all)
    func refusals(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let salford = Sample.place("Salford")
            try await store.places.create(salford)
            let ana = Sample.user("ana@example.org", role: .contributor)
            try await store.users.create(ana, password: Sample.password)
            try await store.users.setPlaces([salford.id], of: ana.id)
            let nowhere: Place.ID = Sample.id()
            do {
                try await store.users.setPlaces([salford.id, nowhere], of: ana.id)
                Issue.record("An unknown place was accepted")
            } catch let error as ValidationError {
                #expect(error.problems.map(\.field) == ["places"])
                #expect(error.problems.first?.message.contains(nowhere.description) == true)
            }
            #expect(try await store.users.places(of: ana.id) == [salford.id])
            await expectNotFound { try await store.users.setPlaces([salford.id], of: Sample.id()) }
        }
    }

    @Test("deleting the user or the place removes the grant", arguments: StoreEngine.all)
    func cascades(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let salford = Sample.place("Salford")
            let stockport = Sample.place("Stockport")
            try await store.places.create(salford)
            try await store.places.create(stockport)
            let ana = Sample.user("ana@example.org", role: .contributor)
            let bob = Sample.user("bob@example.org", role: .contributor)
            try await store.users.create(ana, password: Sample.password)
            try await store.users.create(bob, password: Sample.password)
            try await store.users.setPlaces([salford.id, stockport.id], of: ana.id)
            try await store.users.setPlaces([salford.id], of: bob.id)
            #expect(try await grantCount(store) == 3)

            try await store.places.delete(stockport.id)
            #expect(try await store.users.places(of: ana.id) == [salford.id])
            #expect(try await grantCount(store) == 2)
            try await store.users.delete(ana.id)
            #expect(try await grantCount(store) == 1)
            #expect(try await store.users.places(of: bob.id) == [salford.id])
        }
    }
}
