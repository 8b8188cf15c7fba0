/// What changed between two waves of the same partnership network: the network's figures, who joined and left,
/// which ties were kept, gained and lost, and how each member present in both waves moved.
///
/// Members are matched by key and ties by their ordered pair of keys. Every difference is later − earlier, and is
/// `nil` where either wave has no value for the figure (see ``NetworkMetrics`` for when that happens).
public struct NetworkChange: Hashable, Sendable, Codable {
    /// The earlier wave's figures.
    public var earlier: NetworkMetrics
    /// The later wave's figures.
    public var later: NetworkMetrics
    /// The change in the number of members.
    public var memberCountChange: Int
    /// The change in the number of ties.
    public var tieCountChange: Int
    /// The change in density.
    public var densityChange: Double
    /// The change in reciprocity.
    public var reciprocityChange: Double?
    /// The change in in-degree centralization.
    public var inCentralizationChange: Double?
    /// The change in out-degree centralization.
    public var outCentralizationChange: Double?
    /// The change in undirected degree centralization.
    public var undirectedCentralizationChange: Double?
    /// The change in the network's mean trust.
    public var meanTrustChange: Double?
    /// The change in the network's mean value.
    public var meanValueChange: Double?
    /// The change in the members' mean two-step reach.
    public var meanReachChange: Double?
    /// The change in the completion rate.
    public var completionRateChange: Double?
    /// The keys of the members in the later wave only, in the later graph's order.
    public var membersJoined: [String]
    /// The keys of the members in the earlier wave only, in the earlier graph's order.
    public var membersLeft: [String]
    /// The ties in both waves, in the later graph's order.
    public var tiesKept: [TiePair]
    /// The ties in the later wave only, in the later graph's order.
    public var tiesGained: [TiePair]
    /// The ties in the earlier wave only, in the earlier graph's order.
    public var tiesLost: [TiePair]
    /// The change of each member present in both waves, in the later graph's order.
    public var memberChanges: [MemberChange]
    /// Each member's name by key (the later wave's name wins), so sentences can name organisations. Not coded: it
    /// is for the sentences, and a JSON key strategy would rewrite its keys.
    var namesByKey: [String: String] = [:]

    enum CodingKeys: String, CodingKey {
        case earlier, later, memberCountChange, tieCountChange, densityChange, reciprocityChange,
            inCentralizationChange, outCentralizationChange, undirectedCentralizationChange, meanTrustChange,
            meanValueChange, meanReachChange, completionRateChange, membersJoined, membersLeft, tiesKept, tiesGained,
            tiesLost, memberChanges
    }

    /// Compares two waves; `earlier` and `later` must be the metrics of `earlierGraph` and `laterGraph`.
    public init(
        from earlier: NetworkMetrics, to later: NetworkMetrics, earlierGraph: NetworkGraph,
        laterGraph: NetworkGraph
    ) {
        self.earlier = earlier
        self.later = later
        memberCountChange = later.memberCount - earlier.memberCount
        tieCountChange = later.tieCount - earlier.tieCount
        densityChange = later.density - earlier.density
        reciprocityChange = Difference.of(earlier.reciprocity, later.reciprocity)
        inCentralizationChange = Difference.of(earlier.inCentralization, later.inCentralization)
        outCentralizationChange = Difference.of(earlier.outCentralization, later.outCentralization)
        undirectedCentralizationChange = Difference.of(
            earlier.undirectedCentralization, later.undirectedCentralization)
        meanTrustChange = Difference.of(earlier.meanTrust, later.meanTrust)
        meanValueChange = Difference.of(earlier.meanValue, later.meanValue)
        meanReachChange = Difference.of(earlier.meanReach, later.meanReach)
        completionRateChange = Difference.of(earlier.completionRate, later.completionRate)

        var earlierMembers: [String: MemberMetrics] = [:]
        for member in earlier.members where earlierMembers[member.key] == nil {
            earlierMembers[member.key] = member
        }
        let laterKeys = Set(later.members.map(\.key))
        var joined: [String] = []
        var changes: [MemberChange] = []
        var seenLater: Set<String> = []
        for member in later.members where seenLater.insert(member.key).inserted {
            if let before = earlierMembers[member.key] {
                changes.append(MemberChange(earlier: before, later: member))
            } else {
                joined.append(member.key)
            }
        }
        var seenEarlier: Set<String> = []
        membersLeft = earlier.members.map(\.key).filter {
            !laterKeys.contains($0) && seenEarlier.insert($0).inserted
        }
        membersJoined = joined
        memberChanges = changes

        let earlierPairs = earlierGraph.ties.map { TiePair(from: $0.from, to: $0.to) }
        let laterPairs = laterGraph.ties.map { TiePair(from: $0.from, to: $0.to) }
        let earlierSet = Set(earlierPairs)
        let laterSet = Set(laterPairs)
        // The graphs were checked by NetworkMetrics, but a repeated pair is still only reported once here.
        var seenPairs: Set<TiePair> = []
        let laterUnique = laterPairs.filter { seenPairs.insert($0).inserted }
        seenPairs = []
        tiesKept = laterUnique.filter { earlierSet.contains($0) }
        tiesGained = laterUnique.filter { !earlierSet.contains($0) }
        tiesLost = earlierPairs.filter { !laterSet.contains($0) && seenPairs.insert($0).inserted }

        var names: [String: String] = [:]
        for member in earlierGraph.members + laterGraph.members { names[member.key] = member.name }
        namesByKey = names
    }
}
