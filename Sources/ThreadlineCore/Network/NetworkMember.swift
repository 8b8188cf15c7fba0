import Foundation

/// An organisation taking part in one wave of a partnership network survey.
///
/// Members are named by a ``key`` of the programme's choosing ("salford-cl", "ORG07"): the same key in two waves
/// means the same organisation, which is how the change between waves is matched.
public struct NetworkMember: Hashable, Sendable, Codable {
    /// The member's identifier within its wave, as in the `id` column of a members file.
    public var key: String
    /// The organisation's name, as respondents will recognise it.
    public var name: String
    /// The organisation's sector ("Public", "Voluntary and community", "Sport and leisure"): it colours the diagram.
    public var sector: String
    /// The kind of organisation within its sector ("Council", "Charity", "Leisure trust").
    public var type: String

    /// Creates a member.
    public init(key: String, name: String, sector: String, type: String) {
        self.key = key
        self.name = name
        self.sector = sector
        self.type = type
    }

    /// The longest key kept, in characters.
    public static let maximumKeyLength = 64
    /// The longest name, sector or type kept, in characters.
    public static let maximumTextLength = 200

    /// Whether `key` can name a member: no control characters (a line break would not survive a form post or a
    /// spreadsheet) and no spaces at its ends (they would be lost when the key is typed or read back from a file).
    public static func isUsableKey(_ key: String) -> Bool {
        key == key.trimmingCharacters(in: .whitespacesAndNewlines)
            && !key.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
