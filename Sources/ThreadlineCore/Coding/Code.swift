public import Foundation

/// A code of the programme's codebook: a named idea that evaluators attach to passages of evidence.
///
/// Codes form a tree (a code may sit under a parent), as in NVivo's nodes and REFI-QDA's codebook, and may
/// point at the system enabler they evidence so that coded passages count towards it.
public struct Code: Hashable, Sendable, Codable, Identifiable {
    /// Its identifier's type; also its GUID in REFI-QDA exchange.
    public typealias ID = EntityID<Code>

    /// Its identifier.
    public var id: ID
    /// The code's parent, or `nil` for a top-level code.
    public var parentID: ID?
    /// Name, unique among its siblings.
    public var name: String
    /// What the code means and when to apply it.
    public var description: String
    /// Its colour as `#rrggbb`, used to mark its codings.
    public var colour: String
    /// The system enabler it evidences, if any.
    public var enablerID: Enabler.ID?
    /// The team's memo on the code.
    public var memo: String
    /// Its order among its siblings, from 0.
    public var position: Int
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date

    /// Creates a code.
    public init(
        id: ID, parentID: ID? = nil, name: String, description: String = "", colour: String = Code.defaultColour,
        enablerID: Enabler.ID? = nil, memo: String = "", position: Int = 0, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.parentID = parentID
        self.name = name
        self.description = description
        self.colour = colour
        self.enablerID = enablerID
        self.memo = memo
        self.position = position
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The colour a new code gets when none is chosen.
    public static let defaultColour = "#1f6fb2"

    /// The problems that stop the code being saved, each naming its field; empty when it may be saved.
    public func problems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append(FieldProblem(field: "name", message: "Give the code a name."))
        } else if trimmed.count > 200 {
            problems.append(FieldProblem(field: "name", message: "A code's name can be at most 200 characters."))
        }
        if !Self.isColour(colour) {
            problems.append(
                FieldProblem(field: "colour", message: "\"\(colour)\" is not a colour: write it as #rrggbb."))
        }
        if parentID == id {
            problems.append(FieldProblem(field: "parent_id", message: "A code cannot sit under itself."))
        }
        return problems
    }

    /// Whether `text` is a colour written `#rrggbb` (either case).
    public static func isColour(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 7, scalars[0] == "#" else { return false }
        return scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }

    enum CodingKeys: String, CodingKey {
        case id
        case parentID = "parent_id"
        case name
        case description
        case colour
        case enablerID = "enabler_id"
        case memo
        case position
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
