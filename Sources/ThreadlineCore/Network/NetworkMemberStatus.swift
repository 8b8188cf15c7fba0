public import Foundation

/// Where a member of a wave stands: the organisation, whether its respondent has answered, how, and whether it has
/// a link waiting. The completion list of a wave is one of these per member.
public struct NetworkMemberStatus: Hashable, Sendable, Codable {
    /// How a member's answers reached Threadline.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// Through the member's link to the survey form.
        case form
        /// In a ties file imported for the wave.
        case `import`
    }

    /// The organisation.
    public var member: NetworkMember
    /// When its answers arrived, or `nil` while it has not answered.
    public var respondedAt: Date?
    /// How they arrived, or `nil` while it has not answered.
    public var origin: Origin?
    /// How many links to the form the member has (withdrawn links are deleted, so not counted).
    public var links: Int

    /// Creates a status.
    public init(member: NetworkMember, respondedAt: Date?, origin: Origin?, links: Int) {
        self.member = member
        self.respondedAt = respondedAt
        self.origin = origin
        self.links = links
    }

    /// Whether the member has answered.
    public var hasResponded: Bool { respondedAt != nil }
}
