import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The JSON API of one kind of content under `/api/v1/{kind}`: list (paged and filtered), get, create,
/// replace (PUT), change (PATCH) and delete. Anonymous callers see published items only; writing needs an
/// API token (or a workspace session) and follows the same `AccessPolicy` as the workspace.
struct APIContentController<Entity: ContentEntity>: Sendable {
    /// The rules and the writes, shared with the workspace.
    let editor: ContentEditor<Entity>
    let publicFilter: PublicReferenceFilter

    private var repository: any ContentRepository<Entity> { editor.repository }

    private var segment: String { Entity.kind.pathSegment }

    /// The largest page the API returns.
    static var maximumLimit: Int { 100 }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(RouterPath(segment)) { request, context in try await list(request, context) }
        group.post(RouterPath(segment)) { request, context in try await create(request, context) }
        group.get(RouterPath("\(segment)/:id")) { _, context in try await get(context) }
        group.put(RouterPath("\(segment)/:id")) { request, context in
            try await change(request, context, replacing: true)
        }
        group.patch(RouterPath("\(segment)/:id")) { request, context in
            try await change(request, context, replacing: false)
        }
        group.delete(RouterPath("\(segment)/:id")) { _, context in try await delete(context) }
    }

    struct ListBody: Encodable {
        var items: [Entity]
        var total: Int
        var limit: Int
        var offset: Int
    }

    private func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        var problems: [FieldProblem] = []
        func integer(_ name: String, default value: Int, range: ClosedRange<Int>) -> Int {
            guard let text = parameters.get(name) else { return value }
            guard let number = Int(text), range.contains(number) else {
                problems.append(
                    FieldProblem(
                        field: name, message: "Must be a whole number from \(range.lowerBound) to \(range.upperBound).")
                )
                return value
            }
            return number
        }
        let limit = integer("limit", default: 50, range: 1...Self.maximumLimit)
        let offset = integer("offset", default: 0, range: 0...1_000_000_000)
        var status: PublicationStatus? = nil
        if let text = parameters.get("status") {
            status = PublicationStatus(rawValue: text)
            if status == nil { problems.append(FieldProblem(field: "status", message: "Must be draft or published.")) }
        }
        let place = try reference("place", in: parameters, as: Place.self, problems: &problems)
        let enabler = try reference("enabler", in: parameters, as: Enabler.self, problems: &problems)
        guard problems.isEmpty else { throw APIError.validation(problems) }
        if context.user == nil {
            // The public sees published items only, whatever it asks for.
            if status == .draft {
                return try APIJSON.response(ListBody(items: [], total: 0, limit: limit, offset: offset))
            }
            status = .published
        }
        if context.user == nil, PublicReferenceFilter.mayLeaveOut(Entity.kind) {
            // The public filter leaves some published items out (hidden testimony and its clips, evidence links to
            // them, milestones of draft places): filter first, then page, so neither the total nor an empty page
            // gives them away.
            let visible = try await redacted(
                try await repository.all(ContentQuery(status: .published, placeID: place, enablerID: enabler)),
                for: context)
            let items = Array(visible.dropFirst(offset).prefix(limit))
            return try APIJSON.response(ListBody(items: items, total: visible.count, limit: limit, offset: offset))
        }
        let page = try await repository.list(
            ContentQuery(status: status, placeID: place, enablerID: enabler, limit: limit, offset: offset))
        let items = try await redacted(page.items.filter { AccessPolicy.canView($0, as: context.viewer) }, for: context)
        return try APIJSON.response(ListBody(items: items, total: page.total, limit: limit, offset: offset))
    }

    private func reference<T>(
        _ name: String, in parameters: Hummingbird.Parameters, as: T.Type, problems: inout [FieldProblem]
    ) throws
        -> EntityID<T>?
    {
        guard let text = parameters.get(name) else { return nil }
        guard let id = EntityID<T>(text) else {
            problems.append(FieldProblem(field: name, message: "\"\(text)\" is not an ID."))
            return nil
        }
        return id
    }

    /// What the public may see of items: no author, and no references to drafts (see `PublicReferenceFilter`).
    private func redacted(_ items: [Entity], for context: AppRequestContext) async throws -> [Entity] {
        guard context.user == nil else { return items }
        return try await publicFilter.filter(items)
    }

    private func get(_ context: AppRequestContext) async throws -> Response {
        let item = try await visibleItem(context)
        guard let shown = try await redacted([item], for: context).first else {
            throw APIError.notFound("The \(Entity.kind.singularName)")
        }
        return try APIJSON.response(shown)
    }

    private func visibleItem(_ context: AppRequestContext) async throws -> Entity {
        guard let id = Entity.ID(context.slug(parameter: "id")), let item = try await repository.get(id),
            AccessPolicy.canView(item, as: context.viewer)
        else { throw APIError.notFound("The \(Entity.kind.singularName)") }
        return item
    }

    private func requireUser(_ context: AppRequestContext) throws -> User {
        guard let user = context.user else {
            throw APIError(
                .unauthorized, code: "unauthorized", message: "Send an API token: Authorization: Bearer TOKEN.")
        }
        return user
    }

    private static var writableKeys: Set<String> { Set(Entity.schema.fields.map(\.key) + ["status"]) }

    private func checkKeys(_ body: [String: JSONValue]) throws {
        let unknown = body.keys.filter {
            !Self.writableKeys.contains($0) && !Entity.schema.systemKeys.contains($0)
                && !["id", "author_id", "created_at", "updated_at", "published_at"].contains($0)
        }
        guard unknown.isEmpty else {
            throw APIError.validation(unknown.sorted().map { FieldProblem(field: $0, message: "Unknown field.") })
        }
    }

    private func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let user = try requireUser(context)
        let body = try await APIJSON.object(from: request)
        try checkKeys(body)
        var fields: [String: JSONValue] = [:]
        for key in Self.writableKeys { fields[key] = body[key] ?? .null }
        let object = try await refused {
            try editor.applyingStatus(
                to: editor.newObject(fields, author: user.id), previous: nil, by: context.viewer)
        }
        let item = try await checked(object, original: nil, context: context)
        try await editor.save(item, replacing: nil)
        var response = try APIJSON.response(item, status: .created)
        response.headers[.location] = "/api/v1/\(segment)/\(item.id)"
        return response
    }

    private func change(_ request: Request, _ context: AppRequestContext, replacing: Bool) async throws -> Response {
        _ = try requireUser(context)
        let existing = try await visibleItem(context)
        try await refused { try editor.requireEditable(existing, by: context.viewer) }
        let object = try await refused {
            let body = try await APIJSON.object(from: request)
            try checkKeys(body)
            var fields: [String: JSONValue] = [:]
            for key in Self.writableKeys where key != "status" {
                if let value = body[key] {
                    fields[key] = value
                } else if replacing {
                    fields[key] = .null
                }
            }
            if let status = body["status"] { fields["status"] = status }
            let changed = try editor.changedObject(existing, with: fields, by: context.viewer)
            return try editor.applyingStatus(to: changed, previous: existing, by: context.viewer)
        }
        let item = try await checked(object, original: existing, context: context)
        try await editor.save(item, replacing: existing)
        return try APIJSON.response(item)
    }

    /// The item `object` describes, once it is valid (422 naming every problem otherwise) and the viewer may put it
    /// where it says (403 naming the field otherwise: another place, another place's testimony, someone else's
    /// report). Required fields left out stay missing and are reported; optional ones take their empty value.
    private func checked(_ object: [String: JSONValue], original: Entity?, context: AppRequestContext) async throws
        -> Entity
    {
        let check = try await editor.check(
            Entity.schema.fillingEmptyValues(object), original: original, viewer: context.viewer,
            unreadable: { _ in "The body could not be read as a \(Entity.kind.singularName)." })
        guard check.problems.isEmpty, let item = check.item else { throw APIError.validation(check.problems) }
        if let misplaced = check.misplaced.first {
            throw APIError(.forbidden, code: "forbidden", message: misplaced.message, fields: [misplaced])
        }
        return item
    }

    /// Runs `body`, answering a refusal with 403 and its reason.
    private func refused<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch ContentEditor<Entity>.Refusal.forbidden(let reason) {
            throw APIError(.forbidden, code: "forbidden", message: reason)
        }
    }

    private func delete(_ context: AppRequestContext) async throws -> Response {
        _ = try requireUser(context)
        let existing = try await visibleItem(context)
        try await refused { try await editor.delete(existing, by: context.viewer) }
        return Response(status: .noContent)
    }
}
