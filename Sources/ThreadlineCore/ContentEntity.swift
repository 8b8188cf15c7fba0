public import Foundation

/// A piece of programme content: a value with a typed ID, editable fields described by a schema, and metadata.
///
/// Entities encode to flat JSON objects whose keys are the schema's keys plus `id`, `status`, `author_id`,
/// `created_at`, `updated_at` and `published_at`; that one shape is the API body, the export record and the SQL row.
public protocol ContentEntity: Codable, Sendable, Equatable, Identifiable where ID == EntityID<Self> {
    /// The kind of entity.
    static var kind: EntityKind { get }
    /// Its editable fields.
    static var schema: EntitySchema { get }
    /// Its identifier.
    var id: ID { get }
    /// Draft or published.
    var status: PublicationStatus { get set }
    /// The user who created it; `nil` for imported content.
    var authorID: User.ID? { get set }
    /// When it was created.
    var createdAt: Date { get set }
    /// When it was last changed.
    var updatedAt: Date { get set }
    /// When it was first published; kept through unpublishing so a republished post keeps its date.
    var publishedAt: Date? { get set }
    /// The name shown in lists and links.
    var displayTitle: String { get }
    /// The URL name of its public page, for kinds that have one.
    var publicSlug: String? { get }
    /// Problems the schema cannot see (rules across fields). Empty by default.
    func crossFieldProblems() -> [FieldProblem]
    /// This value as it should be stored over `stored`, the version it replaces: the place for bookkeeping that
    /// follows from what changed (a duration typed by hand is marked as such). Unchanged by default.
    func reconciled(with stored: Self) -> Self
}

extension ContentEntity {
    public func crossFieldProblems() -> [FieldProblem] { [] }

    public func reconciled(with stored: Self) -> Self { self }

    /// Every problem with this value: schema checks on its fields, then cross-field rules.
    public func validationProblems() -> [FieldProblem] {
        guard let object = try? JSONValue.encoding(self).objectValue else {
            return [FieldProblem(field: "", message: "The \(Self.kind.singularName) could not be encoded.")]
        }
        return Self.schema.problems(in: object) + crossFieldProblems()
    }

    /// Throws a `ValidationError` listing every problem, if there are any.
    public func validate() throws(ValidationError) {
        try ValidationError.check(validationProblems())
    }

    /// Whether the item is published.
    public var isPublished: Bool { status == .published }

    /// The place this item belongs to, if its kind has one (used for filtering).
    public var placeReference: Place.ID? {
        (self as? any PlaceLinked)?.placeID
    }

    /// The enabler this item is linked to, if its kind has one (used for filtering).
    public var enablerReference: Enabler.ID? {
        (self as? any EnablerLinked)?.enablerID
    }
}

/// Content that may belong to one place.
public protocol PlaceLinked {
    /// The place, if any.
    var placeID: Place.ID? { get }
}

/// Content that may be linked to one system enabler.
public protocol EnablerLinked {
    /// The enabler, if any.
    var enablerID: Enabler.ID? { get }
}
