import Foundation
import ThreadlineCore

/// A `network_waves` row.
struct NetworkWaveRow: Codable, Sendable {
    var id: String
    var name: String
    var place_id: String?
    var period: String
    var closes_on: String?
    var created_at: Double
    var created_by: String?

    init(_ wave: NetworkWave) {
        id = wave.id.description
        name = wave.name.trimmingCharacters(in: .whitespacesAndNewlines)
        place_id = wave.placeID?.description
        period = wave.period.description
        closes_on = wave.closesOn?.description
        created_at = wave.createdAt.timeIntervalSince1970
        created_by = wave.createdBy?.description
    }

    var wave: NetworkWave? {
        guard let id = NetworkWave.ID(id), let period = SixMonthPeriod(period) else { return nil }
        return NetworkWave(
            id: id, name: name, placeID: place_id.flatMap(Place.ID.init), period: period,
            closesOn: closes_on.flatMap(PartialDate.init), createdAt: Date(timeIntervalSince1970: created_at),
            createdBy: created_by.flatMap(User.ID.init))
    }
}

/// A `network_members` row. The member's type is stored as `kind`, a word no SQL engine reserves.
struct NetworkMemberRow: Codable, Sendable {
    var wave_id: String
    var member_key: String
    var position: Int
    var name: String
    var sector: String
    var kind: String
    var responded_at: Double?
    var response_origin: String?

    init(_ member: NetworkMember, wave: NetworkWave.ID, position: Int, respondedAt: Date?) {
        wave_id = wave.description
        member_key = member.key
        self.position = position
        name = member.name.trimmingCharacters(in: .whitespacesAndNewlines)
        sector = member.sector.trimmingCharacters(in: .whitespacesAndNewlines)
        kind = member.type.trimmingCharacters(in: .whitespacesAndNewlines)
        responded_at = respondedAt?.timeIntervalSince1970
        response_origin = respondedAt == nil ? nil : NetworkMemberStatus.Origin.import.rawValue
    }

    var member: NetworkMember { NetworkMember(key: member_key, name: name, sector: sector, type: kind) }
}

/// A `network_ties` row.
struct NetworkTieRow: Codable, Sendable {
    var wave_id: String
    var from_key: String
    var to_key: String
    var frequency: Int?
    var reliability: Int?
    var mission: Int?
    var openness: Int?
    var power: Int?
    var involvement: Int?
    var resources: Int?

    init(_ tie: NetworkTie, wave: NetworkWave.ID) {
        wave_id = wave.description
        from_key = tie.from
        to_key = tie.to
        frequency = tie.frequency
        reliability = tie.reliability
        mission = tie.mission
        openness = tie.openness
        power = tie.power
        involvement = tie.involvement
        resources = tie.resources
    }

    var tie: NetworkTie {
        NetworkTie(
            from: from_key, to: to_key, frequency: frequency, reliability: reliability, mission: mission,
            openness: openness, power: power, involvement: involvement, resources: resources)
    }
}

/// A `network_links` row; the secret itself is never stored.
struct NetworkLinkRow: Codable, Sendable {
    var token_hash: String
    var wave_id: String
    var member_key: String
    var created_at: Double
    var used_at: Double?
    var uses: Int
}
