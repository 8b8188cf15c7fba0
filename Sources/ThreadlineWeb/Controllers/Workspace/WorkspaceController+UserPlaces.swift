import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The admin's side of per-place permissions: which places each contributor works in (`AccessPolicy` limits a
/// contributor's changes to them), set with a form of checkboxes on the users page.
extension WorkspaceController {
    /// Replaces a user's places with the boxes ticked; an unknown place is named and nothing changes.
    func setUserPlaces(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageUsers(as: context.viewer) else { throw HTTPError(.forbidden) }
        guard let id = User.ID(context.slug(parameter: "id")), let user = try await users.get(id) else {
            throw HTTPError(.notFound)
        }
        var chosen = Set<Place.ID>()
        for text in form.all("place") where !text.isEmpty {
            guard let place = Place.ID(text) else {
                return try await users(context, notice: nil, error: "places: \"\(text)\" is not a place.", form: nil)
            }
            chosen.insert(place)
        }
        do {
            try await users.setPlaces(chosen, of: user.id)
        } catch let error as ValidationError {
            return try await users(
                context, notice: nil, error: error.problems.map { "\($0.field): \($0.message)" }.joined(separator: " "),
                form: nil)
        }
        let who = user.displayName.nonBlank ?? user.email
        let notice =
            chosen.isEmpty
            ? "\(who) now has no places, so they cannot change content tied to a place."
            : "Saved the places of \(who)."
        return try await users(context, notice: notice, error: nil, form: nil)
    }

    /// How the users list shows someone's places.
    static func placesText(_ assigned: Set<Place.ID>, of user: User, among places: [Place]) -> String {
        guard user.role == .contributor else { return "All places (\(user.role.rawValue))" }
        let names = places.filter { assigned.contains($0.id) }.map { $0.name.nonBlank ?? $0.slug }
        return names.isEmpty ? "None yet" : names.joined(separator: ", ")
    }

    /// A contributor's checkboxes, one per place, ticked where assigned.
    static func placesForm(for user: User, assigned: Set<Place.ID>, among places: [Place])
        -> UsersViewModel.PlacesForm
    {
        let options = places.map { place in
            OptionView(
                value: place.id.description, label: place.name.nonBlank ?? place.slug,
                isSelected: assigned.contains(place.id), id: "user-\(user.id)-place-\(place.id)")
        }
        return UsersViewModel.PlacesForm(
            action: "/workspace/users/\(user.id)/places", label: user.displayName.nonBlank ?? user.email,
            options: options, hasOptions: !options.isEmpty)
    }
}
