extension AccessPolicy {
    /// Whether `viewer` may create or change content of kind `kind` whose place is `place` (`nil`: programme-wide).
    ///
    /// Editors and admins work everywhere. A contributor works only in their own places: Salford's contributor
    /// cannot touch Stockport. Programme-wide items stay open to every contributor who has places; a contributor
    /// with no places yet may change no place-linked content at all, since nobody has said where they work. Kinds
    /// that are not place-linked are not limited here.
    public static func canWork<Entity: ContentEntity>(
        inPlace place: Place.ID?, of kind: Entity.Type, as viewer: Viewer
    ) -> Bool {
        guard Entity.self is any PlaceLinked.Type else { return viewer.role != nil }
        return placeRefusal(for: place, as: viewer) == nil
    }

    /// Why `viewer` may not put place-linked content in `place`, or `nil` when they may.
    public static func placeRefusal(for place: Place.ID?, as viewer: Viewer) -> PlaceRefusal? {
        switch viewer {
        case .anonymous:
            return .signedOut
        case .user(_, let role, let places):
            if role >= .editor { return nil }
            if places.isEmpty { return .noPlaces }
            guard let place else { return nil }
            return places.contains(place) ? nil : .otherPlace
        }
    }

    /// Why `viewer` may not create or save `item`, or `nil` when its place is one they may work in. Pages use it
    /// to name the problem beside the place field.
    public static func placeRefusal<Entity: ContentEntity>(of item: Entity, as viewer: Viewer) -> PlaceRefusal? {
        guard Entity.self is any PlaceLinked.Type else { return nil }
        return placeRefusal(for: item.placeReference, as: viewer)
    }
}
