public import Foundation

/// One wave of a partnership network survey: the organisations working together in a place (or across the whole
/// programme) and how they saw each other in one period.
///
/// A programme runs waves again and again (a baseline, then a year on) so that the change in trust and value between
/// partners can be followed; members keep their key from wave to wave so the waves can be compared.
public struct NetworkWave: Hashable, Sendable, Codable, Identifiable {
    /// The wave's identifier.
    public typealias ID = EntityID<NetworkWave>

    /// The wave's identifier.
    public var id: ID
    /// The wave's name, unique in the programme ("Salford 2023"): the command line finds a wave by it.
    public var name: String
    /// The place whose partners are surveyed, or `nil` for the programme as a whole.
    public var placeID: Place.ID?
    /// The half-year the wave describes.
    public var period: SixMonthPeriod
    /// The last day (UTC) on which answers are accepted through a link, or `nil` when it never closes.
    public var closesOn: PartialDate?
    /// When the wave was made.
    public var createdAt: Date
    /// Who made it, when a workspace user did.
    public var createdBy: User.ID?

    /// Creates a wave.
    public init(
        id: ID, name: String, placeID: Place.ID?, period: SixMonthPeriod, closesOn: PartialDate? = nil,
        createdAt: Date, createdBy: User.ID? = nil
    ) {
        self.id = id
        self.name = name
        self.placeID = placeID
        self.period = period
        self.closesOn = closesOn
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    /// The longest name kept, in characters.
    public static let maximumNameLength = 100

    /// Whether the wave has closed by `now`: it closes at the end of its closing day, in UTC.
    public func isClosed(at now: Date) -> Bool {
        guard let closesOn else { return false }
        return PartialDate(dayOf: now).description > closesOn.description
    }

    /// Every problem with the wave's own fields (a blank or overlong name, a closing day that is not a full date);
    /// empty when it may be stored. Whether the name is taken and the place exists are the store's to check.
    public var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append(FieldProblem(field: "name", message: "Give the wave a name."))
        } else if trimmed.count > Self.maximumNameLength {
            problems.append(
                FieldProblem(field: "name", message: "Keep the name to \(Self.maximumNameLength) characters."))
        }
        if let closesOn, closesOn.day == nil {
            problems.append(FieldProblem(field: "closes_on", message: "Give the closing day as a full date."))
        }
        return problems
    }
}
