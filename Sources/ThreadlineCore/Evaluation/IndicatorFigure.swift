public import Foundation

/// One place's figure for one indicator in one six-month period of Counts and Measures.
public struct IndicatorFigure: ContentEntity, PlaceLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<IndicatorFigure>

    /// Its identifier.
    public var id: ID
    /// Place.
    public var placeID: Place.ID?
    /// Indicator.
    public var indicatorID: Indicator.ID?
    /// The six-month period, canonical text such as "2024 H1".
    public var period: String
    /// The figure, in the indicator's unit.
    public var value: Double?
    /// A note on the figure.
    public var note: String
    /// Draft or published.
    public var status: PublicationStatus
    /// The user who created it; `nil` for imported content.
    public var authorID: User.ID?
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// When it was first published.
    public var publishedAt: Date?

    /// Creates a IndicatorFigure; fields left out start empty.
    public init(
        id: ID,
        placeID: Place.ID? = nil,
        indicatorID: Indicator.ID? = nil,
        period: String = "",
        value: Double? = nil,
        note: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.placeID = placeID
        self.indicatorID = indicatorID
        self.period = period
        self.value = value
        self.note = note
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case placeID = "place_id"
        case indicatorID = "indicator_id"
        case period
        case value
        case note
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.indicatorFigure

    public static let schema = EntitySchema(
        kind: .indicatorFigure,
        fields: [
            FieldSpec("place_id", "Place", .reference(.place), required: true),
            FieldSpec("indicator_id", "Indicator", .reference(.indicator), required: true),
            FieldSpec(
                "period", "Period", .choice(SixMonthPeriod.formChoices), required: true),
            FieldSpec("value", "Figure", .decimal, required: true),
            FieldSpec(
                "note", "Note", .text, maximumLength: 400, hint: "Anything a reader should know about this figure."),
        ]
    )

    public var displayTitle: String { period + (value.map { ": " + MeasureNumberText.exact($0) } ?? "") }

    public var publicSlug: String? { nil }
}
