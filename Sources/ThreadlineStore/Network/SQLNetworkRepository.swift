public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `NetworkRepository`.
public struct SQLNetworkRepository: NetworkRepository {
    let database: Database

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    // MARK: Waves

    public func waves() async throws -> [NetworkWave] {
        try await database.read { sql in
            // Period text ("2024 H1") sorts in time order, so the newest wave comes first without parsing.
            try await sql.select().column("*").from("network_waves").orderBy("period", .descending)
                .orderBy("name").all(decoding: NetworkWaveRow.self).compactMap(\.wave)
        }
    }

    public func wave(_ id: NetworkWave.ID) async throws -> NetworkWave? {
        try await database.read { sql in try await Self.wave(id, on: sql) }
    }

    static func wave(_ id: NetworkWave.ID, on sql: any SQLDatabase) async throws -> NetworkWave? {
        try await sql.select().column("*").from("network_waves").where("id", .equal, id.description)
            .first(decoding: NetworkWaveRow.self)?.wave
    }

    public func wave(named name: String) async throws -> NetworkWave? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await database.read { sql in
            try await sql.select().column("*").from("network_waves").where("name", .equal, trimmed)
                .first(decoding: NetworkWaveRow.self)?.wave
        }
    }

    public func createWave(_ wave: NetworkWave) async throws {
        try await database.write { sql in
            var problems = wave.problems
            if let place = wave.placeID,
                try await sql.select().column("id").from("places").where("id", .equal, place.description).first()
                    == nil
            {
                problems.append(FieldProblem(field: "place_id", message: "Choose a place from the list."))
            }
            let name = wave.name.trimmingCharacters(in: .whitespacesAndNewlines)
            if !name.isEmpty,
                try await sql.select().column("id").from("network_waves").where("name", .equal, name).first() != nil
            {
                problems.append(
                    FieldProblem(
                        field: "name", message: "Another wave is called “\(name)”; give this one its own name."))
            }
            guard problems.isEmpty else { throw StoreError.conflict(problems) }
            try await sql.insert(into: "network_waves").model(NetworkWaveRow(wave), nilEncodingStrategy: .asNil).run()
            try await AuditLog.record(
                .created, kind: "network_wave", id: wave.id.description,
                summary: "Created the network survey wave “\(name)”.",
                changes: [
                    AuditChange(field: "name", from: nil, to: .string(name)),
                    AuditChange(field: "period", from: nil, to: .string(wave.period.description)),
                ], on: sql)
        }
    }

    public func deleteWave(_ id: NetworkWave.ID) async throws {
        try await database.write { sql in
            guard let stored = try await Self.wave(id, on: sql) else { throw StoreError.notFound("The wave \(id)") }
            try await AuditLog.record(
                .deleted, kind: "network_wave", id: id.description,
                summary: "Deleted the network survey wave “\(stored.name)” with its members and ties.", on: sql)
            // Children first: SQLite only cascades where foreign keys are switched on, and this keeps both engines
            // on the same path.
            for table in ["network_links", "network_ties", "network_members", "network_waves"] {
                try await sql.delete(from: table).where(
                    table == "network_waves" ? "id" : "wave_id", .equal, id.description
                )
                .run()
            }
        }
    }

    // MARK: Members and ties

    public func graph(of wave: NetworkWave.ID) async throws -> NetworkGraph {
        try await database.read { sql in try await Self.graph(of: wave, on: sql) }
    }

    static func graph(of wave: NetworkWave.ID, on sql: any SQLDatabase) async throws -> NetworkGraph {
        let members = try await memberRows(of: wave, on: sql)
        let rows = try await sql.select().column("*").from("network_ties").where("wave_id", .equal, wave.description)
            .all(decoding: NetworkTieRow.self)
        // Ties in member order, sorted here rather than by the engine, whose text collation differs between SQLite
        // and PostgreSQL: the same wave then gives the same order, and the same sums, on either.
        let positions = Dictionary(
            members.map { ($0.member_key, $0.position) }, uniquingKeysWith: { first, _ in first })
        let ties = rows.map(\.tie).sorted {
            (positions[$0.from] ?? 0, positions[$0.to] ?? 0) < (positions[$1.from] ?? 0, positions[$1.to] ?? 0)
        }
        return NetworkGraph(
            members: members.map(\.member), ties: ties,
            respondents: Set(members.filter { $0.responded_at != nil }.map(\.member_key)))
    }

    static func memberRows(of wave: NetworkWave.ID, on sql: any SQLDatabase) async throws -> [NetworkMemberRow] {
        try await sql.select().column("*").from("network_members").where("wave_id", .equal, wave.description)
            .orderBy("position").all(decoding: NetworkMemberRow.self)
    }

    public func memberStatuses(of wave: NetworkWave.ID) async throws -> [NetworkMemberStatus] {
        try await database.read { sql in
            let members = try await Self.memberRows(of: wave, on: sql)
            let links = try await sql.raw(
                """
                SELECT member_key, COUNT(*) AS n FROM network_links WHERE wave_id = \(bind: wave.description) \
                GROUP BY member_key
                """
            ).all()
            var counts: [String: Int] = [:]
            for row in links {
                counts[try row.decode(column: "member_key", as: String.self)] = try row.decode(
                    column: "n", as: Int.self)
            }
            return members.map { row in
                NetworkMemberStatus(
                    member: row.member, respondedAt: row.responded_at.map(Date.init(timeIntervalSince1970:)),
                    origin: row.response_origin.flatMap(NetworkMemberStatus.Origin.init(rawValue:)),
                    links: counts[row.member_key] ?? 0)
            }
        }
    }

    public func replaceMembersAndTies(of wave: NetworkWave.ID, with graph: NetworkGraph, now: Date) async throws {
        let problems = graph.problems
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
        try await database.write { sql in
            guard try await Self.wave(wave, on: sql) != nil else { throw StoreError.notFound("The wave \(wave)") }
            try await Self.lockWave(wave.description, on: sql)
            let answered =
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("network_members")
                .where("wave_id", .equal, wave.description).where("response_origin", .equal, "form")
                .first(decodingColumn: "n", as: Int.self) ?? 0
            if answered > 0 {
                throw StoreError.conflict([
                    FieldProblem(
                        field: "",
                        message: "\(answered) \(answered == 1 ? "member has" : "members have") answered this wave "
                            + "through the survey form; importing would replace their answers. Make a new wave for "
                            + "the imported data.")
                ])
            }
            let respondents = Set(graph.ties.map(\.from))
            try await sql.delete(from: "network_links").where("wave_id", .equal, wave.description).run()
            try await sql.delete(from: "network_ties").where("wave_id", .equal, wave.description).run()
            try await sql.delete(from: "network_members").where("wave_id", .equal, wave.description).run()
            for (position, member) in graph.members.enumerated() {
                let row = NetworkMemberRow(
                    member, wave: wave, position: position, respondedAt: respondents.contains(member.key) ? now : nil)
                try await sql.insert(into: "network_members").model(row, nilEncodingStrategy: .asNil).run()
            }
            try await Self.insert(graph.ties, wave: wave, on: sql)
            // One event with counts: an import can hold tens of thousands of ties.
            try await AuditLog.record(
                .imported, kind: "network_wave", id: wave.description,
                summary: "Imported \(graph.members.count) members and \(graph.ties.count) ties into a wave.",
                changes: [
                    AuditChange(field: "members", from: nil, to: .number(Double(graph.members.count))),
                    AuditChange(field: "ties", from: nil, to: .number(Double(graph.ties.count))),
                ], on: sql)
        }
    }

    static func insert(_ ties: [NetworkTie], wave: NetworkWave.ID, on sql: any SQLDatabase) async throws {
        // Many rows per statement: a 40,000-tie import is then a few hundred statements, not forty thousand.
        let batchSize = 100
        var start = 0
        while start < ties.count {
            let batch = ties[start..<min(start + batchSize, ties.count)]
            try await sql.insert(into: "network_ties").models(
                batch.map { NetworkTieRow($0, wave: wave) }, nilEncodingStrategy: .asNil
            ).run()
            start += batchSize
        }
    }

    // MARK: Links

    public func makeLinks(
        for wave: NetworkWave.ID, members: Set<String>?, now: Date
    ) async throws -> [(member: NetworkMember, secret: String)] {
        try await database.write { sql in
            guard try await Self.wave(wave, on: sql) != nil else { throw StoreError.notFound("The wave \(wave)") }
            let linked = Set(
                try await sql.select().column("member_key").from("network_links")
                    .where("wave_id", .equal, wave.description).all(decodingColumn: "member_key", as: String.self))
            var made: [(member: NetworkMember, secret: String)] = []
            for row in try await Self.memberRows(of: wave, on: sql) where row.responded_at == nil {
                if let members {
                    guard members.contains(row.member_key) else { continue }
                } else if linked.contains(row.member_key) {
                    continue
                }
                // One live link per member, so a link sent twice by mistake cannot answer twice.
                try await sql.delete(from: "network_links").where("wave_id", .equal, wave.description)
                    .where("member_key", .equal, row.member_key).run()
                let secret = SecretToken.generate()
                let link = NetworkLinkRow(
                    token_hash: SecretToken.hash(secret), wave_id: wave.description, member_key: row.member_key,
                    created_at: now.timeIntervalSince1970, used_at: nil, uses: 0)
                try await sql.insert(into: "network_links").model(link, nilEncodingStrategy: .asNil).run()
                made.append((row.member, secret))
            }
            if !made.isEmpty {
                try await AuditLog.record(
                    .created, kind: "network_wave", id: wave.description,
                    summary: "Made \(made.count) survey \(made.count == 1 ? "link" : "links").",
                    changes: [AuditChange(field: "links", from: nil, to: .number(Double(made.count)))], on: sql)
            }
            return made
        }
    }

    public func withdrawLinks(of wave: NetworkWave.ID) async throws -> Int {
        try await database.write { sql in
            guard try await Self.wave(wave, on: sql) != nil else { throw StoreError.notFound("The wave \(wave)") }
            let count =
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("network_links")
                .where("wave_id", .equal, wave.description).first(decodingColumn: "n", as: Int.self) ?? 0
            try await sql.delete(from: "network_links").where("wave_id", .equal, wave.description).run()
            try await AuditLog.record(
                .deleted, kind: "network_wave", id: wave.description,
                summary: "Withdrew \(count) survey \(count == 1 ? "link" : "links").",
                changes: [AuditChange(field: "links", from: .number(Double(count)), to: nil)], on: sql)
            return count
        }
    }

    public func member(
        forLink secret: String
    ) async throws -> (wave: NetworkWave, member: NetworkMember, answered: Bool)? {
        try await database.read { sql in
            guard let found = try await Self.linked(secret, on: sql) else { return nil }
            return (found.wave, found.member.member, found.member.responded_at != nil || found.link.uses > 0)
        }
    }

    static func linked(
        _ secret: String, on sql: any SQLDatabase
    ) async throws -> (link: NetworkLinkRow, wave: NetworkWave, member: NetworkMemberRow)? {
        guard
            let link = try await sql.select().column("*").from("network_links")
                .where("token_hash", .equal, SecretToken.hash(secret)).first(decoding: NetworkLinkRow.self),
            let waveID = NetworkWave.ID(link.wave_id), let wave = try await Self.wave(waveID, on: sql),
            let member = try await sql.select().column("*").from("network_members")
                .where("wave_id", .equal, link.wave_id).where("member_key", .equal, link.member_key)
                .first(decoding: NetworkMemberRow.self)
        else { return nil }
        return (link, wave, member)
    }

    /// Holds the wave's row until the transaction ends, on PostgreSQL, where writers in other processes run side by
    /// side: an import (which is refused once anyone has answered) and a form answer then take turns, so neither
    /// can slip between the other's check and its write. SQLite has one writer at a time already.
    private static func lockWave(_ id: String, on sql: any SQLDatabase) async throws {
        guard DatabaseEngine(of: sql) == .postgres else { return }
        try await sql.raw("SELECT id FROM network_waves WHERE id = \(bind: id) FOR UPDATE").run()
    }

    public func recordResponse(_ ties: [NetworkTie], link secret: String, now: Date) async throws {
        try await database.write { sql in
            guard let seen = try await Self.linked(secret, on: sql) else { throw NetworkLinkError.unknownLink }
            try await Self.lockWave(seen.wave.id.description, on: sql)
            // Read again under the lock: an import that committed while this waited has withdrawn the link.
            guard let found = try await Self.linked(secret, on: sql) else { throw NetworkLinkError.unknownLink }
            if found.wave.isClosed(at: now), let day = found.wave.closesOn { throw NetworkLinkError.closed(day) }
            if found.member.responded_at != nil || found.link.uses > 0 { throw NetworkLinkError.alreadyAnswered }
            let graph = try await Self.graph(of: found.wave.id, on: sql)
            let answers = ties.map { tie in
                var tie = tie
                tie.from = found.member.member_key
                return tie
            }
            // The member's answers are checked as part of the whole wave, so a tie to a stranger, to itself or twice
            // to the same member is caught by the same rules as an import.
            let check = NetworkGraph(members: graph.members, ties: answers, respondents: [])
            guard check.problems.isEmpty else { throw NetworkLinkError.invalidAnswers(check.problems) }
            // Claim the link by counting the use, then read the count back: on an engine that runs writers side by
            // side (PostgreSQL) the second claim waits for the first's row lock, counts 2 and is refused.
            try await sql.raw(
                """
                UPDATE network_links SET uses = uses + 1, used_at = \(bind: now.timeIntervalSince1970) \
                WHERE token_hash = \(bind: found.link.token_hash)
                """
            ).run()
            let uses =
                try await sql.select().column("uses").from("network_links")
                .where("token_hash", .equal, found.link.token_hash).first(decodingColumn: "uses", as: Int.self) ?? 0
            guard uses == 1 else { throw NetworkLinkError.alreadyAnswered }
            try await sql.update("network_members").set("responded_at", to: now.timeIntervalSince1970)
                .set("response_origin", to: NetworkMemberStatus.Origin.form.rawValue)
                .where("wave_id", .equal, found.link.wave_id).where("member_key", .equal, found.link.member_key)
                .run()
            try await Self.insert(answers, wave: found.wave.id, on: sql)
            try await AuditLog.record(
                .answered, kind: "network_wave", id: found.wave.id.description,
                summary: "A member answered the network survey wave “\(found.wave.name)” (\(answers.count) ties).",
                on: sql)
        }
    }
}
