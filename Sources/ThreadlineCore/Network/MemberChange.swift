/// How one member present in both waves changed: its trust, value, ties and brokerage (later − earlier).
public struct MemberChange: Hashable, Sendable, Codable {
    /// The member's key, the same in both waves.
    public var key: String
    /// The member's figures in the earlier wave.
    public var earlier: MemberMetrics
    /// The member's figures in the later wave.
    public var later: MemberMetrics
    /// The change in the member's trust; `nil` when either wave has no trust score for it.
    public var trustChange: Double?
    /// The change in the member's value; `nil` when either wave has no value score for it.
    public var valueChange: Double?
    /// The change in the number of ties into the member.
    public var inDegreeChange: Int
    /// The change in the number of ties out of the member.
    public var outDegreeChange: Int
    /// The change in the member's normalised betweenness.
    public var betweennessChange: Double

    /// Compares one member's figures in two waves; `earlier.key` should equal `later.key`, and the later key is kept.
    public init(earlier: MemberMetrics, later: MemberMetrics) {
        key = later.key
        self.earlier = earlier
        self.later = later
        trustChange = Difference.of(earlier.trust, later.trust)
        valueChange = Difference.of(earlier.value, later.value)
        inDegreeChange = later.inDegree - earlier.inDegree
        outDegreeChange = later.outDegree - earlier.outDegree
        betweennessChange = later.betweenness - earlier.betweenness
    }
}
