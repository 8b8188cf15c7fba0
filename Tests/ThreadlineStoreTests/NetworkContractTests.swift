import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Partnership network surveys")
struct NetworkContractTests {
    /// Salford and a wave of its partners for 2024 H1 closing on 31 March 2024.
    func setUp(_ store: ThreadlineStore) async throws -> (Place, NetworkWave) {
        let place = Sample.place("Salford")
        try await store.places.create(place)
        let wave = NetworkWave(
            id: Sample.id(), name: "Salford 2024", placeID: place.id, period: try #require(SixMonthPeriod("2024 H1")),
            closesOn: PartialDate("2024-03-31"), createdAt: Sample.now)
        try await store.networks.createWave(wave)
        return (place, wave)
    }

    let members = [
        NetworkMember(key: "scl", name: "Salford Community Leisure", sector: "Sport and leisure", type: "Trust"),
        NetworkMember(key: "sys", name: "Salford Youth Service", sector: "Public", type: "Council service"),
        NetworkMember(key: "vcs", name: "Salford CVS", sector: "Voluntary", type: "Charity"),
    ]

    func tie(_ from: String, _ to: String, trust: Int = 3) -> NetworkTie {
        NetworkTie(
            from: from, to: to, frequency: 2, reliability: trust, mission: trust, openness: trust, power: 2,
            involvement: 2, resources: nil)
    }

    @Test("waves are named uniquely, need a real place, and list newest period first", arguments: StoreEngine.all)
    func waves(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, wave) = try await setUp(store)
            #expect(try await store.networks.wave(wave.id) == wave)
            #expect(try await store.networks.wave(named: " Salford 2024 ") == wave)
            let twin = NetworkWave(
                id: Sample.id(), name: "Salford 2024", placeID: Sample.id(),
                period: try #require(SixMonthPeriod("2025 H1")), createdAt: Sample.now)
            let problems = await conflictProblems { try await store.networks.createWave(twin) }
            #expect(problems.map(\.field) == ["place_id", "name"])
            let programme = NetworkWave(
                id: Sample.id(), name: "Whole programme", placeID: nil, period: try #require(SixMonthPeriod("2025 H1")),
                createdAt: Sample.now)
            try await store.networks.createWave(programme)
            #expect(try await store.networks.waves().map(\.name) == ["Whole programme", "Salford 2024"])
            let blank = NetworkWave(
                id: Sample.id(), name: " ", placeID: nil, period: programme.period, createdAt: Sample.now)
            #expect(await conflictProblems { try await store.networks.createWave(blank) }.map(\.field) == ["name"])
        }
    }

    @Test("an import replaces members and ties at once; importers count as answered", arguments: StoreEngine.all)
    func importGraph(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, wave) = try await setUp(store)
            let graph = NetworkGraph(
                members: members, ties: [tie("scl", "sys"), tie("sys", "scl", trust: 4)], respondents: [])
            try await store.networks.replaceMembersAndTies(of: wave.id, with: graph, now: Sample.now)
            let stored = try await store.networks.graph(of: wave.id)
            #expect(stored.members == members)
            #expect(Set(stored.ties) == Set(graph.ties))
            #expect(stored.respondents == ["scl", "sys"])
            let statuses = try await store.networks.memberStatuses(of: wave.id)
            #expect(statuses.map(\.origin) == [.import, .import, nil])

            // A bad graph changes nothing, and every problem is named.
            let bad = NetworkGraph(
                members: members,
                ties: [
                    tie("scl", "nobody"), tie("vcs", "vcs"), tie("sys", "vcs"), tie("sys", "vcs"),
                    NetworkTie(from: "vcs", to: "scl", reliability: 5),
                ], respondents: [])
            let problems = await conflictProblems {
                try await store.networks.replaceMembersAndTies(of: wave.id, with: bad, now: Sample.now)
            }
            #expect(problems.map(\.field) == ["ties[0].to", "ties[1].to", "ties[3]", "ties[4].reliability"])
            #expect(try await store.networks.graph(of: wave.id) == stored)

            // Importing the same file again gives the same wave.
            try await store.networks.replaceMembersAndTies(of: wave.id, with: graph, now: Sample.now)
            #expect(try await store.networks.graph(of: wave.id) == stored)
        }
    }

    @Test("a member's link records its ties once, inside the wave's dates", arguments: StoreEngine.all)
    func links(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, wave) = try await setUp(store)
            try await store.networks.replaceMembersAndTies(
                of: wave.id, with: NetworkGraph(members: members, ties: [], respondents: []), now: Sample.now)
            let links = try await store.networks.makeLinks(for: wave.id, members: nil, now: Sample.now)
            #expect(links.map(\.member.key) == ["scl", "sys", "vcs"])
            #expect(Set(links.map(\.secret)).count == 3)
            let scl = links[0].secret
            let opened = try #require(try await store.networks.member(forLink: scl))
            #expect(opened.member.key == "scl" && opened.wave.id == wave.id && !opened.answered)
            #expect(try await store.networks.member(forLink: "not-a-link") == nil)

            // Answers off the scale or about a stranger are refused and nothing is kept.
            await #expect(throws: NetworkLinkError.self) {
                try await store.networks.recordResponse(
                    [NetworkTie(from: "x", to: "sys", power: 9)], link: scl, now: Sample.now)
            }
            await #expect(throws: NetworkLinkError.self) {
                try await store.networks.recordResponse([tie("x", "ghost")], link: scl, now: Sample.now)
            }
            #expect(try await store.networks.graph(of: wave.id).ties.isEmpty)

            // `from` is always the link's member, whatever the form said.
            try await store.networks.recordResponse([tie("vcs", "sys")], link: scl, now: Sample.now)
            #expect(try await store.networks.graph(of: wave.id).ties == [tie("scl", "sys")])
            await #expect(throws: NetworkLinkError.alreadyAnswered) {
                try await store.networks.recordResponse([], link: scl, now: Sample.now)
            }
            // Nobody named is an answer too.
            try await store.networks.recordResponse([], link: links[1].secret, now: Sample.now)
            #expect(try await store.networks.graph(of: wave.id).respondents == ["scl", "sys"])

            // The wave closes at the end of its closing day.
            let late = Date(timeIntervalSince1970: 1_712_000_000)  // 1 April 2024
            await #expect(throws: NetworkLinkError.closed(try #require(PartialDate("2024-03-31")))) {
                try await store.networks.recordResponse([], link: links[2].secret, now: late)
            }

            // Making links again leaves links already sent alone; a member's own new link replaces its old one, and
            // a member who has answered gets none.
            #expect(try await store.networks.makeLinks(for: wave.id, members: nil, now: Sample.now).isEmpty)
            #expect(try await store.networks.member(forLink: links[2].secret) != nil)
            let again = try await store.networks.makeLinks(for: wave.id, members: ["vcs", "scl"], now: Sample.now)
            #expect(again.map(\.member.key) == ["vcs"])
            #expect(try await store.networks.member(forLink: links[2].secret) == nil)
            let statuses = try await store.networks.memberStatuses(of: wave.id)
            #expect(statuses.map(\.links) == [1, 1, 1])
            #expect(statuses.map(\.origin) == [.form, .form, nil])

            // Once anyone answered through the form, an import would lose answers: refused.
            let problems = await conflictProblems {
                try await store.networks.replaceMembersAndTies(
                    of: wave.id, with: NetworkGraph(members: members, ties: [], respondents: []), now: Sample.now)
            }
            #expect(problems.first?.message.hasPrefix("2 members have answered this wave") == true)

            #expect(try await store.networks.withdrawLinks(of: wave.id) == 3)
            #expect(try await store.networks.member(forLink: again[0].secret) == nil)
        }
    }

    @Test("deleting a wave or its place takes members, ties and links with it", arguments: StoreEngine.all)
    func deletion(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (place, wave) = try await setUp(store)
            let graph = NetworkGraph(members: members, ties: [tie("scl", "sys")], respondents: [])
            try await store.networks.replaceMembersAndTies(of: wave.id, with: graph, now: Sample.now)
            _ = try await store.networks.makeLinks(for: wave.id, members: nil, now: Sample.now)
            try await store.networks.deleteWave(wave.id)
            #expect(try await store.networks.wave(wave.id) == nil)
            #expect(try await store.networks.graph(of: wave.id).members.isEmpty)

            let second = NetworkWave(
                id: Sample.id(), name: "Salford 2025", placeID: place.id, period: wave.period, createdAt: Sample.now)
            try await store.networks.createWave(second)
            try await store.networks.replaceMembersAndTies(of: second.id, with: graph, now: Sample.now)
            try await store.places.delete(place.id)
            #expect(try await store.networks.waves().isEmpty)
        }
    }

    @Test("a 5,000-tie wave is stored and read back whole", arguments: StoreEngine.all)
    func largeWave(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, wave) = try await setUp(store)
            let many = (0..<100).map { NetworkMember(key: "m\($0)", name: "Member \($0)", sector: "S", type: "T") }
            var ties: [NetworkTie] = []
            for from in 0..<100 {
                for step in 1...50 { ties.append(tie("m\(from)", "m\((from + step) % 100)", trust: 1 + step % 4)) }
            }
            try await store.networks.replaceMembersAndTies(
                of: wave.id, with: NetworkGraph(members: many, ties: ties, respondents: []), now: Sample.now)
            let stored = try await store.networks.graph(of: wave.id)
            #expect(stored.ties.count == 5_000)
            #expect(Set(stored.ties) == Set(ties))
            #expect(stored.respondents.count == 100)
        }
    }
}

@Suite("Partnership network surveys: what a place's deletion would take")
struct NetworkPlaceReferenceTests {
    @Test("a place's waves count as work that refers to it", arguments: StoreEngine.all)
    func referenceCount(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let place = Sample.place("Salford")
            try await store.places.create(place)
            #expect(try await store.places.referenceCount(to: place.id) == 0)
            try await store.networks.createWave(
                NetworkWave(
                    id: Sample.id(), name: "Salford 2024", placeID: place.id,
                    period: try #require(SixMonthPeriod("2024 H1")), createdAt: Sample.now))
            #expect(try await store.places.referenceCount(to: place.id) == 1)
        }
    }
}
