import Foundation
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

/// Turns route patterns into addresses a test can request, filling each `:parameter`.
///
/// With demo IDs the address names something that exists, so a route that looks its subject up before checking
/// permission cannot pass a refusal test by answering 404 for a missing one. Made-up values are a crawler's
/// guesses: a well-formed UUID nobody uses, or a word that is not an ID at all.
struct RouteAddresses: Sendable {
    /// How a parameter without a demo value is filled.
    enum Guess: Sendable, CaseIterable {
        /// A random, well-formed UUID (and 43 characters for link secrets, the length a real one has).
        case unusedID
        /// Text that cannot parse as an ID, a number or a secret.
        case nonsense
    }

    /// Demo IDs by the path segment in front of the parameter (`stories`, `codes`, `networks`…).
    var ids: [String: String] = [:]
    /// A demo place's slug, for `/…/places/:slug`.
    var placeSlug: String?
    /// How to fill what has no demo value.
    var guess: Guess = .unusedID

    /// Made-up values only.
    static func madeUp(_ guess: Guess) -> RouteAddresses { RouteAddresses(guess: guess) }

    /// The demo's IDs, read through the API as `editor` (one item of every collection the API serves) and from the
    /// store (codes, codings, surveys, waves, and `tokenOwner`'s API token).
    static func demo(
        hub: TestHub, client: any TestClientProtocol, routes: [RoutePattern], tokenOwner: User
    ) async throws -> RouteAddresses {
        var addresses = RouteAddresses()
        let bearer = try await hub.token(for: hub.editor)
        let collections = routes.filter { $0.method == .get && $0.components.count == 3 && $0.isAPI }
        for route in collections {
            let response = try await client.execute(
                uri: "\(route.path)?limit=1", method: .get, headers: headers(bearer: bearer))
            guard response.status == .ok, let json = try? response.json(),
                let id = json["items"]?.arrayValue?.first?["id"]?.stringValue
            else { continue }
            addresses.ids[route.components[2]] = id
        }
        let store = hub.store
        addresses.placeSlug = try await store.places.list(ContentQuery(status: .published)).items.first?.slug
        addresses.ids["codes"] = try await store.coding.codes().first?.id.description
        addresses.ids["codings"] = try await store.coding.codings(codes: nil).first?.id.description
        addresses.ids["cases"] = try await store.cases.cases().first?.id.description
        addresses.ids["attributes"] = try await store.cases.attributes().first?.id.description
        addresses.ids["surveys"] = try await store.maturity.surveys().first?.id.description
        addresses.ids["networks"] = try await store.networks.waves().first?.id.description
        addresses.ids["tokens"] = try await store.apiTokens.create(for: tokenOwner.id, name: "sweep", now: TestHub.now)
            .token.id.description
        // `/workspace/users/:id/places`: a real contributor, whose places an admin may set.
        addresses.ids["users"] = hub.contributor.id.description
        addresses.ids["clip-picker"] = addresses.ids["testimony"]
        addresses.ids["theory-overview"] = addresses.ids["theories"]
        // `/workspace/coding/:kind/:id`: a story is a source coders work on.
        addresses.ids["coding"] = "stories"
        addresses.ids[":kind"] = addresses.ids["stories"]
        addresses.ids["versions"] = "1"
        return addresses
    }

    /// The address of `route`, every parameter filled.
    func path(for route: RoutePattern) -> String {
        var previous = ""
        var filled: [String] = []
        for component in route.components {
            if component.hasPrefix(":") || component.hasPrefix("*") {
                filled.append(value(for: component, after: previous))
            } else {
                filled.append(component)
            }
            previous = component
        }
        return "/" + filled.joined(separator: "/")
    }

    private func value(for parameter: String, after previous: String) -> String {
        if parameter == ":slug", previous == "places", let placeSlug { return placeSlug }
        if parameter == ":token" {
            // A link secret is 43 base64url characters; the right length reaches the look-up, not a shortcut.
            return guess == .unusedID ? String(repeating: "x", count: 43) : "no-such-link"
        }
        if let id = ids[previous] { return id }
        switch guess {
        case .unusedID: return UUID().uuidString.lowercased()
        case .nonsense: return "no-such-%3Cthing%3E"
        }
    }
}
