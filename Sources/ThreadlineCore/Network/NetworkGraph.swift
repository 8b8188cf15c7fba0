/// One wave's members, the ties between them and who answered: everything the metrics are computed from.
///
/// Members are kept in the order given; the metrics report per-member figures in the same order.
public struct NetworkGraph: Hashable, Sendable, Codable {
    /// The organisations in the wave.
    public var members: [NetworkMember]
    /// The ties between them, at most one per ordered pair, never from a member to itself.
    public var ties: [NetworkTie]
    /// The keys of the members whose respondent answered the survey (through a link, or by an import that carried
    /// their ties); it gives the completion rate.
    public var respondents: Set<String>

    /// Creates a graph.
    public init(members: [NetworkMember], ties: [NetworkTie], respondents: Set<String>) {
        self.members = members
        self.ties = ties
        self.respondents = respondents
    }
}
