import ThreadlineCore

extension NetworkMetricsReport {
    /// The keys of ``json``, described for the help of the command that prints it; kept beside the code that
    /// writes the document so the two cannot drift apart.
    public static let jsonKeysHelp = """
        wave: name, place (null for the whole programme), period. \
        network: members, ties, answered, completion_rate, density, reciprocity, in_centralization, \
        out_centralization, undirected_centralization, mean_reach, mean_trust, mean_value, trust_percent, \
        value_percent. \
        members (in the wave's member order): key, name, sector, type, responded, in_degree, out_degree, \
        undirected_degree, betweenness, betweenness_raw, reach, trust, value, trust_ratings, value_ratings. \
        change (null unless comparing): earlier_wave, member_count_change, tie_count_change, density_change, \
        reciprocity_change, in_centralization_change, out_centralization_change, \
        undirected_centralization_change, mean_trust_change, mean_value_change, mean_reach_change, \
        completion_rate_change, members_joined, members_left (keys), ties_gained, ties_lost, ties_kept \
        ({from, to}), member_changes (key, trust_change, value_change, in_degree_change, out_degree_change, \
        betweenness_change) and sentences. \
        A figure that has no value (a centralization of a one-member wave, a trust with no ratings) is null.
        """

    /// The report for a script: one JSON document with keys in byte order and two-space indents, ending with a
    /// newline; ``jsonKeysHelp`` lists its keys. Figures are full-precision numbers; missing ones are `null`.
    public var json: String {
        String(decoding: CanonicalJSONWriter().bytes(for: jsonValue), as: UTF8.self) + "\n"
    }

    /// The document ``json`` writes.
    var jsonValue: JSONValue {
        .object([
            "wave": .object([
                "name": .string(waveName),
                "place": placeName.map(JSONValue.string) ?? .null,
                "period": .string(period.description),
            ]),
            "network": networkValue,
            "members": .array(zip(graph.members, metrics.members).map { Self.memberValue($0, $1) }),
            "change": comparison.map { Self.changeValue(earlierWaveName: $0.earlierWaveName, change: $0.change) }
                ?? .null,
        ])
    }

    /// The network's own figures.
    private var networkValue: JSONValue {
        .object([
            "members": Self.number(metrics.memberCount),
            "ties": Self.number(metrics.tieCount),
            "answered": Self.number(metrics.respondentCount),
            "completion_rate": Self.number(metrics.completionRate),
            "density": Self.number(metrics.density),
            "reciprocity": Self.number(metrics.reciprocity),
            "in_centralization": Self.number(metrics.inCentralization),
            "out_centralization": Self.number(metrics.outCentralization),
            "undirected_centralization": Self.number(metrics.undirectedCentralization),
            "mean_reach": Self.number(metrics.meanReach),
            "mean_trust": Self.number(metrics.meanTrust),
            "mean_value": Self.number(metrics.meanValue),
            "trust_percent": Self.number(metrics.trustPercent),
            "value_percent": Self.number(metrics.valuePercent),
        ])
    }

    /// One member: who it is, then its figures.
    private static func memberValue(_ member: NetworkMember, _ figures: MemberMetrics) -> JSONValue {
        .object([
            "key": .string(member.key),
            "name": .string(member.name),
            "sector": .string(member.sector),
            "type": .string(member.type),
            "responded": .bool(figures.responded),
            "in_degree": number(figures.inDegree),
            "out_degree": number(figures.outDegree),
            "undirected_degree": number(figures.undirectedDegree),
            "betweenness": number(figures.betweenness),
            "betweenness_raw": number(figures.betweennessRaw),
            "reach": number(figures.reach),
            "trust": number(figures.trust),
            "value": number(figures.value),
            "trust_ratings": number(figures.trustRatings),
            "value_ratings": number(figures.valueRatings),
        ])
    }

    /// The change from the earlier wave: every difference (later − earlier), who joined and left, the ties gained,
    /// lost and kept, each shared member's change, and the sentences the text report prints.
    private static func changeValue(earlierWaveName: String, change: NetworkChange) -> JSONValue {
        func pairs(_ pairs: [TiePair]) -> JSONValue {
            .array(pairs.map { .object(["from": .string($0.from), "to": .string($0.to)]) })
        }
        let memberChanges = change.memberChanges.map { member -> JSONValue in
            .object([
                "key": .string(member.key),
                "trust_change": number(member.trustChange),
                "value_change": number(member.valueChange),
                "in_degree_change": number(member.inDegreeChange),
                "out_degree_change": number(member.outDegreeChange),
                "betweenness_change": number(member.betweennessChange),
            ])
        }
        return .object([
            "earlier_wave": .string(earlierWaveName),
            "member_count_change": number(change.memberCountChange),
            "tie_count_change": number(change.tieCountChange),
            "density_change": number(change.densityChange),
            "reciprocity_change": number(change.reciprocityChange),
            "in_centralization_change": number(change.inCentralizationChange),
            "out_centralization_change": number(change.outCentralizationChange),
            "undirected_centralization_change": number(change.undirectedCentralizationChange),
            "mean_trust_change": number(change.meanTrustChange),
            "mean_value_change": number(change.meanValueChange),
            "mean_reach_change": number(change.meanReachChange),
            "completion_rate_change": number(change.completionRateChange),
            "members_joined": .array(change.membersJoined.map(JSONValue.string)),
            "members_left": .array(change.membersLeft.map(JSONValue.string)),
            "ties_gained": pairs(change.tiesGained),
            "ties_lost": pairs(change.tiesLost),
            "ties_kept": pairs(change.tiesKept),
            "member_changes": .array(memberChanges),
            "sentences": .array(change.sentences().map(JSONValue.string)),
        ])
    }

    /// A count as a JSON number.
    private static func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// A figure as a JSON number, or `null` when it has no value.
    private static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
}
