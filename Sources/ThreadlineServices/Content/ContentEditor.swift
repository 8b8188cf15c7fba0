import Foundation
public import ThreadlineCore
public import ThreadlineStore

/// Editing one kind of content, the same for every door that writes it (the workspace's forms and the JSON API):
/// who may change, publish or delete an item, whether an item may sit where it says (its place, a clip's
/// testimony, a section's report), whether it is valid, and the write itself. A door turns what it received into a
/// JSON object, calls here, and says the answer its own way (a form with problems beside fields, a JSON error).
public struct ContentEditor<Entity: ContentEntity>: Sendable {
    /// Where the items are stored.
    public let repository: any ContentRepository<Entity>
    /// Rules about the item an item belongs to (a clip's testimony, a section's report).
    public let parents: ParentItemRule
    /// The clock for timestamps.
    public let time: any TimeSource
    /// Where new items' IDs come from.
    public let ids: any IDGenerator

    /// Edits items of `repository`, asking `parents` about the items they belong to.
    public init(
        repository: any ContentRepository<Entity>, parents: ParentItemRule, time: any TimeSource,
        ids: any IDGenerator
    ) {
        self.repository = repository
        self.parents = parents
        self.time = time
        self.ids = ids
    }

    /// Why a change was not made; nothing is stored then.
    public enum Refusal: Error, Sendable, Equatable {
        /// The viewer may not do this at all (change this item, publish, delete it): the sentence says why.
        case forbidden(String)
    }

    /// What checking a changed or new item found.
    public struct Check: Sendable {
        /// The item, when the object could be read as one.
        public var item: Entity?
        /// What breaks the item's schema or its rules, by field.
        public var problems: [FieldProblem] = []
        /// Where the viewer may not put the item (another place, another place's testimony, someone else's report),
        /// on the field that says where; checked only when the object could be read.
        public var misplaced: [FieldProblem] = []

        /// Every problem, those of the schema and rules first.
        public var allProblems: [FieldProblem] { problems + misplaced }
    }

    /// The timestamp text items carry (ISO 8601).
    private static func timestamp(_ date: Date) -> JSONValue { .string(date.formatted(.iso8601)) }

    /// A new item's object: `fields` with a fresh ID, `author` and both timestamps now.
    public func newObject(_ fields: [String: JSONValue], author: User.ID) -> [String: JSONValue] {
        var object = fields
        let now = time.now()
        object["id"] = .string(ids.next(Entity.self).description)
        object["author_id"] = .string(author.description)
        object["created_at"] = Self.timestamp(now)
        object["updated_at"] = Self.timestamp(now)
        return object
    }

    /// Refuses unless `viewer` may change `item` at all (`AccessPolicy.canEdit`).
    public func requireEditable(_ item: Entity, by viewer: Viewer) throws {
        guard AccessPolicy.canEdit(item, as: viewer) else {
            throw Refusal.forbidden("Your role cannot change this \(Entity.kind.singularName).")
        }
    }

    /// `fields` with a URL name made from the title (or a place's name) when the form left it blank, as a newcomer
    /// expects of a form that asks for both; text the title cannot make a name from stays blank and is reported.
    public func fillingSlug(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        guard Entity.schema.field("slug") != nil, (fields["slug"]?.stringValue ?? "").nonBlank == nil,
            let source = (fields["title"] ?? fields["name"])?.stringValue
        else { return fields }
        let slug = Slug.make(from: source)
        guard !slug.isEmpty else { return fields }
        var filled = fields
        filled["slug"] = .string(slug)
        return filled
    }

    /// The stored `item` as an object with `fields` laid over it and `updated_at` now, once `viewer` may change it.
    public func changedObject(_ item: Entity, with fields: [String: JSONValue], by viewer: Viewer) throws
        -> [String: JSONValue]
    {
        try requireEditable(item, by: viewer)
        var object = try JSONValue.encoding(item).objectValue ?? [:]
        for (key, value) in fields { object[key] = value }
        object["updated_at"] = Self.timestamp(time.now())
        return object
    }

    /// `object` with the publication status it asks for, once `viewer` may make that change: publishing and
    /// unpublishing are an editor's decision, and a contributor's request for either is refused, not ignored. A
    /// missing status keeps `previous`'s (a draft for a new item); publishing for the first time stamps the day.
    public func applyingStatus(to object: [String: JSONValue], previous: Entity?, by viewer: Viewer) throws
        -> [String: JSONValue]
    {
        var object = object
        let requested = object["status"]?.stringValue.flatMap(PublicationStatus.init(rawValue:))
        if object["status"] == nil || object["status"] == .null {
            object["status"] = .string((previous?.status ?? .draft).rawValue)
        }
        let target = requested ?? previous?.status ?? .draft
        if target == .published { try Self.requirePublishable() }
        if target != (previous?.status ?? .draft), !AccessPolicy.canPublish(as: viewer) {
            throw Refusal.forbidden("Only editors and admins can publish or unpublish.")
        }
        if target == .published, previous?.publishedAt == nil, requested != nil {
            object["published_at"] = Self.timestamp(time.now())
        }
        return object
    }

    /// Refuses to publish a kind that only the team ever sees (`AccessPolicy.canBePublished`).
    private static func requirePublishable() throws {
        guard AccessPolicy.canBePublished(Entity.kind) else {
            throw Refusal.forbidden(
                "A \(Entity.kind.singularName) is the team's evidence: it is coded in the workspace and never published."
            )
        }
    }

    /// Reads `object` as an item and checks all of it: its schema, its rules across fields, and whether `viewer`
    /// may put it where it says (`original` is the stored item an edit replaces, `nil` for a new one).
    /// `unreadable` says, for the door, why an object that passes the schema could not be read as an item.
    public func check(
        _ object: [String: JSONValue], original: Entity?, viewer: Viewer, unreadable: (any Error) -> String
    ) async throws -> Check {
        var check = Check(problems: Entity.schema.problems(in: object))
        guard check.problems.isEmpty else { return check }
        let item: Entity
        do {
            item = try JSONValue.object(object).decode(Entity.self)
        } catch {
            check.problems.append(FieldProblem(field: "", message: unreadable(error)))
            return check
        }
        check.item = item
        check.problems += item.crossFieldProblems()
        let allowed =
            original.map { AccessPolicy.canSave(item, over: $0, as: viewer) }
            ?? AccessPolicy.canCreate(item, as: viewer)
        if !allowed {
            let refusal = AccessPolicy.placeRefusal(of: item, as: viewer) ?? .otherPlace
            check.misplaced.append(FieldProblem(field: "place_id", message: refusal.message))
        }
        if let parentProblem = try await parents.problem(item, original: original, viewer: viewer) {
            check.misplaced.append(parentProblem)
        }
        return check
    }

    /// Stores a checked item: creates it, or replaces `original`. A conflict (a slug taken, a reference to nothing)
    /// is thrown by the store as `StoreError.conflict`, naming fields.
    public func save(_ item: Entity, replacing original: Entity?) async throws {
        if original == nil {
            try await repository.create(item)
        } else {
            try await repository.update(item)
        }
    }

    /// Publishes or unpublishes `item` for `viewer`: publishing checks the item again (a draft saved under older
    /// rules must not go out broken) and answers its problems instead of storing; returns the stored item, or the
    /// problems. The store may still refuse with `StoreError.conflict` (a report whose sections are drafts).
    public func setStatus(_ status: PublicationStatus, of item: Entity, by viewer: Viewer) async throws
        -> Result<Entity, ValidationError>
    {
        guard AccessPolicy.canPublish(as: viewer) else {
            throw Refusal.forbidden("Only editors and admins can publish or unpublish.")
        }
        if status == .published { try Self.requirePublishable() }
        if status == .published {
            let problems = item.validationProblems()
            guard problems.isEmpty else { return .failure(ValidationError(problems)) }
        }
        var item = item
        let now = time.now()
        item.status = status
        item.updatedAt = now
        if status == .published, item.publishedAt == nil { item.publishedAt = now }
        try await repository.update(item)
        return .success(item)
    }

    /// How many other items refer to `item`, for the page that asks before deleting it, once `viewer` may delete it
    /// (refused with the same reason as the delete itself otherwise).
    public func referencesBeforeDeleting(_ item: Entity, by viewer: Viewer) async throws -> Int {
        if let refusal = try await repository.deletionRefusal(item, as: viewer) {
            throw Refusal.forbidden(refusal)
        }
        return try await repository.referenceCount(to: item.id)
    }

    /// Deletes `item` if `viewer` may (`AccessPolicy.deletionRefusal`, counting references only when the rule
    /// needs them).
    public func delete(_ item: Entity, by viewer: Viewer) async throws {
        if let refusal = try await repository.deletionRefusal(item, as: viewer) {
            throw Refusal.forbidden(refusal)
        }
        try await repository.delete(item.id)
    }
}
