public import Foundation
import ThreadlineCore
public import ThreadlineStore

/// Two waves of a partnership network survey in Salford, a year apart, so the network pages have something to show
/// on `threadline demo`.
///
/// The ties follow a fixed rule (no randomness, so the demo is the same every time): the leisure trust and the youth
/// service are at the centre, and in the second wave more ties are returned and trust between them rises, which is
/// the story the programme's learning tells about sustaining collaboration.
public enum DemoNetworks {
    /// The organisations surveyed: key, name, sector, type.
    public static let members = [
        NetworkMember(
            key: "scl", name: "Salford Community Leisure", sector: "Sport and leisure", type: "Leisure trust"),
        NetworkMember(key: "sys", name: "Salford Youth Service", sector: "Public", type: "Council service"),
        NetworkMember(key: "ph", name: "Council public health team", sector: "Public", type: "Council service"),
        NetworkMember(
            key: "cvs", name: "Community and voluntary services", sector: "Voluntary", type: "Infrastructure"),
        NetworkMember(key: "hub", name: "Neighbourhood community hub", sector: "Voluntary", type: "Charity"),
        NetworkMember(key: "club", name: "Youth football club", sector: "Sport and leisure", type: "Club"),
        NetworkMember(key: "gp", name: "Primary care network", sector: "Health", type: "NHS"),
        NetworkMember(key: "housing", name: "Housing association", sector: "Housing", type: "Registered provider"),
    ]

    /// Adds the two waves when Salford exists and no wave does; does nothing otherwise.
    public static func install(store: ThreadlineStore, now: Date) async throws {
        guard try await store.networks.waves().isEmpty,
            let salford = try await store.places.all().first(where: { $0.slug == "salford" }),
            let first = SixMonthPeriod(year: 2022, half: 1), let second = SixMonthPeriod(year: 2023, half: 1)
        else { return }
        for (index, period) in [first, second].enumerated() {
            let wave = NetworkWave(
                id: NetworkWave.ID(Self.uuid(index)), name: "Salford \(period.year)", placeID: salford.id,
                period: period, createdAt: now)
            try await store.networks.createWave(wave)
            let graph = NetworkGraph(members: members, ties: ties(wave: index), respondents: [])
            try await store.networks.replaceMembersAndTies(of: wave.id, with: graph, now: now)
        }
    }

    /// A fixed identifier per wave, so demo addresses stay the same from run to run.
    public static func uuid(_ index: Int) -> UUID {
        UUID(uuidString: "7e1a0000-0000-4000-8000-00000000000\(index + 1)") ?? UUID()
    }

    /// Wave 0: the two central organisations tie to most others but rarely to each other; wave 1: they do, ties
    /// are more often returned and trust is higher. The housing association answers in neither wave.
    public static func ties(wave: Int) -> [NetworkTie] {
        var ties: [NetworkTie] = []
        let answering = members.filter { $0.key != "housing" }
        for (fromIndex, from) in answering.enumerated() {
            for (toIndex, to) in members.enumerated() where to.key != from.key {
                let central = ["scl", "sys"].contains(to.key) || ["scl", "sys"].contains(from.key)
                let pair = (fromIndex * 3 + toIndex * 5 + wave) % 7
                let betweenCentral = Set([from.key, to.key]) == ["scl", "sys"]
                let tied = betweenCentral ? (wave == 1 || from.key == "scl") : central ? pair < 5 : pair < 2 + wave
                guard tied else { continue }
                let trust = min(4, 2 + (pair + wave) % 2 + (betweenCentral && wave == 1 ? 1 : 0))
                ties.append(
                    NetworkTie(
                        from: from.key, to: to.key, frequency: 1 + (pair + fromIndex) % 4, reliability: trust,
                        mission: min(4, trust + pair % 2), openness: trust, power: 1 + (toIndex + wave) % 4,
                        involvement: 1 + (pair + 1) % 4, resources: pair % 3 == 0 ? nil : 1 + pair % 4))
            }
        }
        return ties
    }
}
