import Foundation
import ThreadlineCore
import ThreadlineStore

/// Finds the waves and places that `threadline network` commands name, failing with sentences that say what to
/// type instead, so each command reads as its own steps.
enum NetworkLookup {
    /// The wave called `name`, or a failure that points at `threadline network waves`.
    static func wave(named name: String, in store: ThreadlineStore) async throws -> NetworkWave {
        guard let wave = try await store.networks.wave(named: name) else {
            throw CommandFailure(
                "There is no wave “\(name)”; see `threadline network waves` for the waves there are.")
        }
        return wave
    }

    /// The place whose URL name (slug) is `text` or, failing that, whose name is `text` ignoring case.
    ///
    /// Unknown text fails with the places there are, since the command line has no other way to list them.
    static func place(_ text: String, in store: ThreadlineStore) async throws -> Place {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let place = try await store.places.get(slug: trimmed) { return place }
        let places = try await store.places.all()
        let byName = places.filter { $0.name.compare(trimmed, options: .caseInsensitive) == .orderedSame }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw CommandFailure(
                "More than one place is called “\(trimmed)”; give its URL name instead: "
                    + byName.map(\.slug).joined(separator: ", ") + ".")
        }
        guard !places.isEmpty else {
            throw CommandFailure(
                "There is no place “\(trimmed)”: the hub has no places yet. Add them in the workspace (Places), "
                    + "or leave out --place for a wave of the whole programme.")
        }
        let known = places.sorted { $0.slug < $1.slug }.map { "\($0.slug) (\($0.name))" }
        throw CommandFailure(
            "There is no place “\(trimmed)”. Give a place's URL name (the last part of its /places/… address) "
                + "or its name; the places are: \(known.joined(separator: ", ")).")
    }

    /// The name of the place with `id`, or `nil` for a wave of the whole programme.
    static func placeName(_ id: Place.ID?, in store: ThreadlineStore) async throws -> String? {
        guard let id else { return nil }
        return try await store.places.get(id)?.name
    }

    /// Runs `body`, turning the store's refusals into the store's own sentences as a command failure.
    static func reportingStoreErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch StoreError.conflict(let problems) {
            // A problem with no field is about the whole request; "field: " before it would read as a slip.
            throw CommandFailure(
                problems.map { $0.field.isEmpty ? $0.message : $0.description }.joined(separator: "\n"))
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
