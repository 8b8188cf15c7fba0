/// One member's figures in a wave: its ties, how much it brokers between others, how far it reaches and how the
/// members tied to it rate it.
///
/// The definitions follow ../shared/domain.md ("Formulas") and networkx's conventions as used by
/// ../shared/bench/network_anchor.py; ``NetworkMetrics`` documents each one.
public struct MemberMetrics: Hashable, Sendable, Codable {
    /// The member's key.
    public var key: String
    /// How many ties come into the member.
    public var inDegree: Int
    /// How many ties go out of the member.
    public var outDegree: Int
    /// How many other members it is tied to in either direction; a pair tied both ways counts once.
    public var undirectedDegree: Int
    /// Betweenness normalised as networkx's `betweenness_centrality(G, normalized=True)` for a directed graph:
    /// ``betweennessRaw`` ÷ ((n − 1)(n − 2)) when n > 2, the raw score otherwise.
    public var betweenness: Double
    /// The sum over ordered pairs of other members of the share of shortest paths between them that pass through
    /// this member (Brandes 2001; networkx `normalized=False`).
    public var betweennessRaw: Double
    /// The share of the other n − 1 members reachable by following ties outward in at most two steps
    /// (0 when n < 2).
    public var reach: Double
    /// The mean trust score of the ties into the member that have one (PARTNER trust), `nil` when none has.
    public var trust: Double?
    /// The mean value score of the ties into the member that have one (PARTNER value), `nil` when none has.
    public var value: Double?
    /// How many ties into the member carry a trust score.
    public var trustRatings: Int
    /// How many ties into the member carry a value score.
    public var valueRatings: Int
    /// Whether the member's key is among the graph's respondents.
    public var responded: Bool

    /// Creates a member's figures; ``NetworkMetrics`` makes these, this is for decoding and tests.
    public init(
        key: String, inDegree: Int, outDegree: Int, undirectedDegree: Int, betweenness: Double,
        betweennessRaw: Double, reach: Double, trust: Double?, value: Double?, trustRatings: Int,
        valueRatings: Int,
        responded: Bool
    ) {
        self.key = key
        self.inDegree = inDegree
        self.outDegree = outDegree
        self.undirectedDegree = undirectedDegree
        self.betweenness = betweenness
        self.betweennessRaw = betweennessRaw
        self.reach = reach
        self.trust = trust
        self.value = value
        self.trustRatings = trustRatings
        self.valueRatings = valueRatings
        self.responded = responded
    }
}
