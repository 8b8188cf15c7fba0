import ThreadlineCore
import ThreadlineStore

/// Keeps anonymous API answers from pointing at drafts: references to items the public cannot see are
/// removed, and milestones of a place the public cannot see are left out, as on the public pages.
struct PublicReferenceFilter: Sendable {
    let store: ThreadlineStore

    /// The items as the public may see them.
    func filter<Entity: ContentEntity>(_ items: [Entity]) async throws -> [Entity] {
        var wanted: [EntityKind: Set<String>] = [:]
        var objects: [[String: JSONValue]] = []
        for item in items {
            let object = try JSONValue.encoding(item).objectValue ?? [:]
            for field in Entity.schema.fields {
                switch field.type {
                case .reference(let kind):
                    if let id = object[field.key]?.stringValue { wanted[kind, default: []].insert(id) }
                case .references(let kind):
                    for id in object[field.key]?.arrayValue ?? [] {
                        if let id = id.stringValue { wanted[kind, default: []].insert(id) }
                    }
                default: continue
                }
            }
            objects.append(object)
        }
        var visible: [EntityKind: Set<String>] = [:]
        for (kind, ids) in wanted { visible[kind] = try await publishedIDs(of: kind, among: Array(ids)) }
        var result: [Entity] = []
        for var object in objects {
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
            object["author_id"] = .null
            result.append(try JSONValue.object(object).decode(Entity.self))
        }
        return result
    }

    private func publishedIDs(of kind: EntityKind, among ids: [String]) async throws -> Set<String> {
        func published<E: ContentEntity>(_ repository: any ContentRepository<E>) async throws -> Set<String> {
            let typed = ids.compactMap(EntityID<E>.init)
            return Set(try await repository.get(ids: typed).filter(\.isPublished).map(\.id.description))
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
        }
    }
}
