import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// The workspace pages of one kind of content: list, create, edit with Markdown preview, publish,
/// unpublish and delete. Generic over the entity and its repository, so every kind behaves the same.
struct WorkspaceContentController<Entity: ContentEntity>: Sendable {
    let repository: any ContentRepository<Entity>
    /// Rules about the item an item belongs to (a clip's testimony, a section's report).
    let parents: ParentItemRule
    let references: ReferenceOptions
    let chrome: WorkspaceChrome
    let renderer: PageRenderer
    let time: any TimeSource
    let ids: any IDGenerator

    private var kind: EntityKind { Entity.kind }
    private var base: String { "/workspace/\(kind.pathSegment)" }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        let segment = kind.pathSegment
        group.get(RouterPath(segment)) { request, context in try await list(request, context) }
        group.get(RouterPath("\(segment)/new")) { request, context in try await newForm(request, context) }
        group.post(RouterPath("\(segment)/new")) { request, context in try await create(request, context) }
        group.get(RouterPath("\(segment)/:id")) { _, context in try await editForm(context) }
        group.post(RouterPath("\(segment)/:id")) { request, context in try await update(request, context) }
        group.post(RouterPath("\(segment)/:id/publish")) { request, context in
            try await setStatus(.published, request, context)
        }
        group.post(RouterPath("\(segment)/:id/unpublish")) { request, context in
            try await setStatus(.draft, request, context)
        }
        group.post(RouterPath("\(segment)/:id/delete")) { request, context in try await delete(request, context) }
    }

    // MARK: Pages

    private func list(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let items = try await repository.all()
        let rows = items.map { item in
            ListRowView(
                title: item.displayTitle.nonBlank ?? "(untitled)", editURL: "\(base)/\(item.id)",
                status: item.status == .published ? "Published" : "Draft", isDraft: item.status == .draft,
                updated: DateText.display(item.updatedAt),
                publicURL: item.isPublished && kind.hasPublicPage ? SiteURL.of(item) : nil
            )
        }
        let notice = request.uri.queryParameters.get("notice").flatMap(Self.notices)
        let model = EntityListViewModel(
            heading: kind.pluralName.capitalizedFirst, kindName: kind.singularName, newURL: "\(base)/new", rows: rows,
            hasRows: !rows.isEmpty, notice: notice
        )
        return try await chrome.page(
            .workspaceList, model, title: model.heading, section: kind.pathSegment, session: session)
    }

    private static func notices(_ key: String) -> String? {
        switch key {
        case "deleted": "Deleted."
        default: nil
        }
    }

    /// The empty form; fields named in the query string start filled in (a new section of a given report).
    private func newForm(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        var values: [String: [String]] = [:]
        for field in Entity.schema.fields {
            if let value = request.uri.queryParameters.get(field.key) { values[field.key] = [value] }
        }
        return try await formPage(
            values: values, problems: [], previews: [], item: nil, session: session, viewer: context.viewer,
            heading: "New \(kind.singularName)"
        )
    }

    private func editForm(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let item = try await existing(context)
        let object = try JSONValue.encoding(item).objectValue ?? [:]
        return try await formPage(
            values: FormCoding.values(from: object, fields: Entity.schema.fields), problems: [], previews: [],
            item: item, session: session, viewer: context.viewer, heading: "Edit \(kind.singularName)"
        )
    }

    // MARK: Actions

    private func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        let now = time.now()
        var object = FormCoding.object(from: form, fields: Entity.schema.fields)
        object["id"] = .string(ids.next(Entity.self).description)
        object["status"] = .string(PublicationStatus.draft.rawValue)
        object["author_id"] = .string(session.user.id.description)
        object["created_at"] = .string(DateText.timestamp(now))
        object["updated_at"] = .string(DateText.timestamp(now))
        return try await save(object: object, form: form, original: nil, session: session, context: context)
    }

    private func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let item = try await existing(context)
        let form = try await FormData.read(from: request, context: context)
        try CSRFProtection.verify(form, session: session)
        guard AccessPolicy.canEdit(item, as: context.viewer) else { throw HTTPError(.forbidden) }
        var object = try JSONValue.encoding(item).objectValue ?? [:]
        for (key, value) in FormCoding.object(from: form, fields: Entity.schema.fields) { object[key] = value }
        object["updated_at"] = .string(DateText.timestamp(time.now()))
        return try await save(object: object, form: form, original: item, session: session, context: context)
    }

    /// Checks the whole object, shows every problem beside its field (keeping what was typed), or stores it.
    private func save(
        object: [String: JSONValue], form: FormData, original: Entity?, session: Session, context: AppRequestContext
    ) async throws -> Response {
        let heading = original == nil ? "New \(kind.singularName)" : "Edit \(kind.singularName)"
        var problems = Entity.schema.problems(in: object)
        var item: Entity?
        if problems.isEmpty {
            do {
                let decoded = try JSONValue.object(object).decode(Entity.self)
                problems += decoded.crossFieldProblems()
                problems += placeProblems(decoded, original: original, viewer: context.viewer)
                if let parentProblem = try await parents.problem(
                    decoded, original: original, viewer: context.viewer)
                {
                    problems.append(parentProblem)
                }
                item = decoded
            } catch {
                problems.append(FieldProblem(field: "", message: "The form could not be read: \(error)"))
            }
        }
        let wantsPreview = form["intent"] == "preview"
        if wantsPreview || !problems.isEmpty || item == nil {
            return try await formPage(
                values: form.values, problems: problems, previews: wantsPreview ? previews(object) : [], item: original,
                session: session, viewer: context.viewer, heading: heading
            ).response(from: context)
        }
        guard let item else { throw HTTPError(.internalServerError) }
        do {
            if original == nil {
                try await repository.create(item)
            } else {
                try await repository.update(item)
            }
        } catch StoreError.conflict(let conflicts) {
            return try await formPage(
                values: form.values, problems: conflicts, previews: [], item: original, session: session,
                viewer: context.viewer, heading: heading
            ).response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "\(base)/\(item.id)?saved=1"])
    }

    private func setStatus(_ status: PublicationStatus, _ request: Request, _ context: AppRequestContext) async throws
        -> Response
    {
        let (session, _) = try await context.verifiedForm(request)
        guard AccessPolicy.canPublish(as: context.viewer) else { throw HTTPError(.forbidden) }
        var item = try await existing(context)
        if status == .published {
            // Publishing checks the item again: a draft saved under older rules must not go out broken.
            let problems = item.validationProblems()
            guard problems.isEmpty else {
                let values = FormCoding.values(
                    from: try JSONValue.encoding(item).objectValue ?? [:], fields: Entity.schema.fields)
                return try await self.formPage(
                    values: values, problems: problems, previews: [], item: item, session: session,
                    viewer: context.viewer, heading: "Edit \(kind.singularName)"
                ).response(from: context)
            }
        }
        let now = time.now()
        item.status = status
        item.updatedAt = now
        if status == .published, item.publishedAt == nil { item.publishedAt = now }
        do {
            try await repository.update(item)
        } catch StoreError.conflict(let problems) {
            // Said on the item's form (a report with draft sections, say), with nothing changed.
            let stored = try await existing(context)
            let values = FormCoding.values(
                from: try JSONValue.encoding(stored).objectValue ?? [:], fields: Entity.schema.fields)
            var page = try await self.formPage(
                values: values, problems: problems, previews: [], item: stored, session: session,
                viewer: context.viewer, heading: "Edit \(kind.singularName)")
            page.status = .conflict
            return try page.response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "\(base)/\(item.id)?saved=1"])
    }

    private func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        let item = try await existing(context)
        if let refusal = try await repository.deletionRefusal(item, as: context.viewer) {
            throw HTTPError(.forbidden, message: refusal)
        }
        try await repository.delete(item.id)
        return Response(status: .seeOther, headers: [.location: "\(base)?notice=deleted"])
    }

    // MARK: Helpers

    private func existing(_ context: AppRequestContext) async throws -> Entity {
        guard let id = Entity.ID(context.slug(parameter: "id")), let item = try await repository.get(id) else {
            throw HTTPError(.notFound)
        }
        return item
    }

    /// The problem, beside the place field, when `viewer` may not put `item` where it says: a contributor's item
    /// must stay in one of their places (an edit may not move it elsewhere). Nothing is stored then.
    private func placeProblems(_ item: Entity, original: Entity?, viewer: Viewer) -> [FieldProblem] {
        let allowed =
            original.map { AccessPolicy.canSave(item, over: $0, as: viewer) }
            ?? AccessPolicy.canCreate(item, as: viewer)
        guard !allowed else { return [] }
        let refusal = AccessPolicy.placeRefusal(of: item, as: viewer) ?? .otherPlace
        return [FieldProblem(field: "place_id", message: refusal.message)]
    }

    /// The places offered for a place field: every place to editors and admins, only their own to a contributor
    /// (programme-wide items stay possible where the field allows none).
    private func placeOptions(_ options: [(id: String, label: String)], viewer: Viewer) -> [(id: String, label: String)]
    {
        guard let role = viewer.role, role < .editor else { return options }
        return options.filter { option in Place.ID(option.id).map { viewer.places.contains($0) } ?? false }
    }

    private func previews(_ object: [String: JSONValue]) -> [PreviewView] {
        Entity.schema.fields.compactMap { field in
            guard case .markdown = field.type, let text = object[field.key]?.stringValue, !text.isEmpty else {
                return nil
            }
            return PreviewView(label: field.label, html: renderer.html(text, idPrefix: "preview-\(field.key)"))
        }
    }

    private func formPage(
        values: [String: [String]], problems: [FieldProblem], previews: [PreviewView], item: Entity?,
        session: Session, viewer: Viewer, heading: String
    ) async throws -> HTMLPage {
        var fields: [FormFieldView] = []
        for spec in Entity.schema.fields {
            let current = values[spec.key] ?? []
            var view = FormFieldView(spec: spec, values: current, problems: problems)
            switch spec.type {
            case .choice(let choices):
                view.options = choices.enumerated().map { index, choice in
                    OptionView(
                        value: choice.value, label: choice.label, isSelected: choice.value == view.value,
                        id: "\(spec.key)-\(index)"
                    )
                }
            case .reference(let target):
                var choices = try await references.options(for: target).filter { $0.id != item?.id.description }
                if target == .place, Entity.self is any PlaceLinked.Type {
                    choices = placeOptions(choices, viewer: viewer)
                }
                view.options =
                    [OptionView(value: "", label: "— none —", isSelected: view.value.isEmpty, id: "\(spec.key)-none")]
                    + choices.enumerated().map { index, option in
                        OptionView(
                            value: option.id, label: option.label, isSelected: option.id == view.value,
                            id: "\(spec.key)-\(index)"
                        )
                    }
            case .references(let target):
                view.options = try await references.options(for: target).enumerated().map { index, option in
                    OptionView(
                        value: option.id, label: option.label, isSelected: current.contains(option.id),
                        id: "\(spec.key)-\(index)"
                    )
                }
            default:
                break
            }
            view.hasOptions = !view.options.isEmpty
            fields.append(view)
        }
        let known = Set(Entity.schema.fields.map(\.key))
        let problemViews = problems.map {
            ProblemView(
                fieldID: known.contains($0.field) ? "field-\($0.field)" : "main",
                message: $0.field.isEmpty || !known.contains($0.field)
                    ? $0.message : "\(Entity.schema.field($0.field)?.label ?? $0.field): \($0.message)")
        }
        var actions: [ItemActionView] = []
        if let item {
            if AccessPolicy.canPublish(as: viewer) {
                actions.append(
                    item.isPublished
                        ? ItemActionView(label: "Unpublish", action: "\(base)/\(item.id)/unpublish", isDanger: false)
                        : ItemActionView(label: "Publish", action: "\(base)/\(item.id)/publish", isDanger: false)
                )
            }
            if AccessPolicy.canDelete(item, as: viewer) {
                actions.append(
                    ItemActionView(
                        label: "Delete", action: "\(base)/\(item.id)/delete", isDanger: true,
                        confirm: "Delete this \(kind.singularName)? This cannot be undone.")
                )
            }
        }
        let model = EntityFormViewModel(
            heading: heading, action: item.map { "\(base)/\($0.id)" } ?? "\(base)/new", csrfToken: session.csrfToken,
            fields: fields, problems: problemViews, hasProblems: !problemViews.isEmpty, previews: previews,
            hasPreviews: !previews.isEmpty,
            status: item.map { $0.isPublished ? "Published" : "Draft" },
            publicURL: item.flatMap { $0.isPublished && kind.hasPublicPage ? SiteURL.of($0) : nil },
            listURL: base, listName: kind.pluralName.capitalizedFirst, actions: actions, hasActions: !actions.isEmpty,
            mediaURL: kind == .testimony ? item.map { "\(base)/\($0.id)/media" } : nil,
            manageURL: kind == .report ? item.map { "\(base)/\($0.id)/manage" } : nil,
            livePreviewURL: kind == .reportSection ? "/workspace/report-preview" : nil,
            placeNotice: Entity.self is any PlaceLinked.Type
                && AccessPolicy.placeRefusal(for: nil, as: viewer) == .noPlaces
                ? PlaceRefusal.noPlaces.message : nil
        )
        let title = problems.isEmpty ? heading : "Error: \(heading)"
        var page = try await chrome.page(
            .workspaceForm, model, title: title, section: kind.pathSegment, session: session)
        // A form shown again with problems is answered 422, so scripts and tests can tell it from success.
        page.status = problems.isEmpty ? .ok : .unprocessableContent
        return page
    }
}

extension HTMLPage {
    func response(from context: AppRequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
