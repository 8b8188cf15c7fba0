import ThreadlineCore
import ThreadlineStore

/// A clip has no place of its own: it is a range of one testimony, so it belongs to the testimony's place. A
/// contributor may clip only testimony of a place they work in, through the clip picker, the clip form or the API.
enum ClipPlaceRule {
    /// The problem, on the testimony field, when `item` is a clip whose testimony lies outside `viewer`'s places;
    /// `nil` for every other kind, for editors and admins, and for a testimony that does not exist (the store
    /// refuses that reference itself).
    static func problem<Entity: ContentEntity>(
        _ item: Entity, testimonies: any ContentRepository<Testimony>, viewer: Viewer
    ) async throws -> FieldProblem? {
        guard let clip = item as? Clip, let role = viewer.role, role < .editor,
            let testimonyID = clip.testimonyID, let testimony = try await testimonies.get(testimonyID),
            let refusal = AccessPolicy.placeRefusal(for: testimony.placeID, as: viewer)
        else { return nil }
        return FieldProblem(field: "testimony_id", message: "This testimony is another place's. \(refusal.message)")
    }
}
