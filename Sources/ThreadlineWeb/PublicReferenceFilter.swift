import ThreadlineCore
import ThreadlineStore

/// Keeps anonymous API answers from pointing at drafts: references to items the public cannot see are
/// removed, and milestones of a place the public cannot see are left out, as on the public pages.
struct PublicReferenceFilter: Sendable {
    let store: ThreadlineStore
    /// The published IDs of each kind, kept until the content changes, so filtering costs no queries.
    let publishedIDs: ContentCache<Set<String>>

    init(store: ThreadlineStore) {
        self.store = store
        publishedIDs = ContentCache(store: store, capacity: EntityKind.allCases.count)
    }

    /// The items as the public may see them.
    func filter<Entity: ContentEntity>(_ items: [Entity]) async throws -> [Entity] {
        // The published IDs of every kind the schema refers to; cached, so usually no query at all.
        var visible: [EntityKind: Set<String>] = [:]
        for field in Entity.schema.fields {
            switch field.type {
            case .reference(let kind), .references(let kind):
                guard visible[kind] == nil else { continue }
                visible[kind] =
                    try await publishedIDs.value(kind.rawValue) { try await allPublishedIDs(of: kind) } ?? []
            default: continue
            }
        }
        let objects = try items.map { try JSONValue.encoding($0).objectValue ?? [:] }
        var result: [Entity] = []
        for (item, original) in zip(items, objects) {
            var object = original
            if Entity.kind == .milestone, let place = object["place_id"]?.stringValue,
                visible[.place]?.contains(place) != true
            {
                continue
            }
            for field in Entity.schema.fields {
                switch field.type {
                case .reference(let kind):
                    if let id = object[field.key]?.stringValue, visible[kind]?.contains(id) != true {
                        object[field.key] = .null
                    }
                case .references(let kind):
                    object[field.key] = .array(
                        (object[field.key]?.arrayValue ?? []).filter {
                            visible[kind]?.contains($0.stringValue ?? "") == true
                        }
                    )
                default: continue
                }
            }
            // Decoding again only when a reference was removed keeps the usual case cheap.
            var shown = object == original ? item : try JSONValue.object(object).decode(Entity.self)
            shown.authorID = nil
            result.append(shown)
        }
        return result
    }

    private func allPublishedIDs(of kind: EntityKind) async throws -> Set<String> {
        func published<E: ContentEntity>(_ repository: any ContentRepository<E>) async throws -> Set<String> {
            Set(try await repository.all(ContentQuery(status: .published)).map(\.id.description))
        }
        switch kind {
        case .enabler: return try await published(store.enablers)
        case .learningArea: return try await published(store.learningAreas)
        case .place: return try await published(store.places)
        case .milestone: return try await published(store.milestones)
        case .organisation: return try await published(store.organisations)
        case .story: return try await published(store.stories)
        case .caseStudy: return try await published(store.caseStudies)
        case .newsPost: return try await published(store.newsPosts)
        case .testimony: return try await published(store.testimonies)
        case .clip: return try await published(store.clips)
        }
    }
}
