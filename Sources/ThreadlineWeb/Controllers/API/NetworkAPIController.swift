import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// The API's partnership networks, for signed-in scripts (an API token): list the waves, read a wave's members and
/// ties, read its metrics (and the change since another wave), and replace its members and ties — what the
/// workspace's import does. Network answers name organisations, so nothing here is public.
struct NetworkAPIController {
    let networks: any NetworkRepository
    let time: any TimeSource

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("networks") { _, context in try await list(context) }
        group.get("networks/:id") { _, context in try await one(context) }
        group.get("networks/:id/metrics") { request, context in try await metrics(request, context) }
        group.put("networks/:id/graph") { request, context in try await replace(request, context) }
    }

    /// A wave as the API shows it.
    struct WaveBody: Encodable {
        var id: String
        var name: String
        var placeID: String?
        var period: String
        var closesOn: String?
        var members: Int
        var answered: Int

        enum CodingKeys: String, CodingKey {
            case id, name, period, members, answered
            case placeID = "place_id"
            case closesOn = "closes_on"
        }
    }

    /// One member and whether it has answered.
    struct MemberBody: Encodable {
        var key: String
        var name: String
        var sector: String
        var type: String
        var answered: Bool
        var answeredVia: String?

        enum CodingKeys: String, CodingKey {
            case key, name, sector, type, answered
            case answeredVia = "answered_via"
        }
    }

    /// A wave with its members and ties.
    struct WaveDetailBody: Encodable {
        var wave: WaveBody
        var members: [MemberBody]
        var ties: [NetworkTie]
    }

    /// The body of `PUT …/graph`: the members and ties that replace the wave's.
    struct GraphBody: Decodable {
        var members: [NetworkMember]
        var ties: [NetworkTie]
    }

    /// A wave's metrics, and the change since `compare` when asked.
    struct MetricsBody: Encodable {
        var wave: WaveBody
        var metrics: NetworkMetrics
        var change: ChangeBody?
    }

    /// The change between two waves, from the earlier to the later (by period): the figures and the same sentences
    /// the workspace shows.
    struct ChangeBody: Encodable {
        var earlierWave: WaveBody
        var laterWave: WaveBody
        var change: NetworkChange
        var sentences: [String]
    }

    private func requireUser(_ context: AppRequestContext) throws {
        guard context.user != nil, AccessPolicy.canReadNetworks(as: context.viewer) else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
    }

    private func wave(_ id: String) async throws -> NetworkWave {
        guard let id = NetworkWave.ID(id), let wave = try await networks.wave(id) else {
            throw APIError.notFound("The wave")
        }
        return wave
    }

    private func body(_ wave: NetworkWave) async throws -> WaveBody {
        let statuses = try await networks.memberStatuses(of: wave.id)
        return WaveBody(
            id: wave.id.description, name: wave.name, placeID: wave.placeID?.description,
            period: wave.period.description, closesOn: wave.closesOn?.description, members: statuses.count,
            answered: statuses.filter(\.hasResponded).count)
    }

    private func list(_ context: AppRequestContext) async throws -> Response {
        try requireUser(context)
        var items: [WaveBody] = []
        for wave in try await networks.waves() { items.append(try await body(wave)) }
        return try Self.json(["items": items])
    }

    private func one(_ context: AppRequestContext) async throws -> Response {
        try requireUser(context)
        let wave = try await wave(context.slug(parameter: "id"))
        let statuses = try await networks.memberStatuses(of: wave.id)
        let graph = try await networks.graph(of: wave.id)
        return try Self.json(
            WaveDetailBody(
                wave: try await body(wave),
                members: statuses.map {
                    MemberBody(
                        key: $0.member.key, name: $0.member.name, sector: $0.member.sector, type: $0.member.type,
                        answered: $0.hasResponded, answeredVia: $0.origin?.rawValue)
                }, ties: graph.ties))
    }

    private func metrics(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUser(context)
        let wave = try await wave(context.slug(parameter: "id"))
        let graph = try await networks.graph(of: wave.id)
        let metrics = try NetworkResultsController.metrics(graph)
        var change: ChangeBody?
        if let compare = request.uri.queryParameters.get("compare") {
            guard let otherID = NetworkWave.ID(compare), let other = try await networks.wave(otherID) else {
                throw APIError.validation([FieldProblem(field: "compare", message: "There is no wave with this ID.")])
            }
            let otherGraph = try await networks.graph(of: other.id)
            var pair = [(wave, graph, metrics), (other, otherGraph, try NetworkResultsController.metrics(otherGraph))]
            pair.sort { NetworkResultsController.isEarlier($0.0, than: $1.0) }
            let difference = NetworkChange(
                from: pair[0].2, to: pair[1].2, earlierGraph: pair[0].1, laterGraph: pair[1].1)
            change = ChangeBody(
                earlierWave: try await body(pair[0].0), laterWave: try await body(pair[1].0), change: difference,
                sentences: difference.sentences())
        }
        return try Self.json(MetricsBody(wave: try await body(wave), metrics: metrics, change: change))
    }

    private func replace(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUser(context)
        guard AccessPolicy.canManageNetworks(as: context.viewer) else {
            throw APIError(.forbidden, code: "forbidden", message: "Only editors and admins may import network data.")
        }
        let wave = try await wave(context.slug(parameter: "id"))
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: APIJSON.maximumBodySize * 16)
        } catch {
            throw APIError(.contentTooLarge, code: "too_large", message: "The body is too large.")
        }
        let graph: GraphBody
        do {
            graph = try JSONDecoder().decode(GraphBody.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw APIError(.badRequest, code: "invalid_json", message: Self.describe(error))
        } catch {
            throw APIError(.badRequest, code: "invalid_json", message: "The body is not valid JSON.")
        }
        do {
            try await networks.replaceMembersAndTies(
                of: wave.id, with: NetworkGraph(members: graph.members, ties: graph.ties, respondents: []),
                now: time.now())
        } catch StoreError.conflict(let problems) {
            throw APIError.validation(problems)
        }
        return try Self.json(try await body(wave))
    }

    /// What is wrong with a body, naming the path to the field: "members[2].name is missing."
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }
                .description
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing."
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let at = path(context.codingPath)
            return at.isEmpty ? "The body is not valid JSON." : "\(at) has the wrong type or value."
        @unknown default:
            return "The body is not valid JSON."
        }
    }

    /// JSON with snake_case keys (as every other API answer), sorted, for stable output.
    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(value)
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
