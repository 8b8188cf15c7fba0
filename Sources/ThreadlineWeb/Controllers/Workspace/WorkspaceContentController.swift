import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace pages of one kind of content: list, create, edit with Markdown preview, publish,
/// unpublish and delete. Generic over the entity and its repository, so every kind behaves the same.
struct WorkspaceContentController<Entity: ContentEntity>: Sendable {
    /// The rules and the writes, shared with the API.
    let editor: ContentEditor<Entity>
    let references: ReferenceOptions
    let chrome: WorkspaceChrome
    let renderer: PageRenderer

    private var repository: any ContentRepository<Entity> { editor.repository }
    private var kind: EntityKind { Entity.kind }
    private var base: String { "/workspace/\(kind.pathSegment)" }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        let segment = kind.pathSegment
        group.get(RouterPath(segment)) { request, context in try await list(request, context) }
        group.get(RouterPath("\(segment)/new")) { request, context in try await newForm(request, context) }
        group.post(RouterPath("\(segment)/new")) { request, context in try await create(request, context) }
        group.get(RouterPath("\(segment)/:id")) { request, context in try await editForm(request, context) }
        group.post(RouterPath("\(segment)/:id")) { request, context in try await update(request, context) }
        group.post(RouterPath("\(segment)/:id/publish")) { request, context in
            try await setStatus(.published, request, context)
        }
        group.post(RouterPath("\(segment)/:id/unpublish")) { request, context in
            try await setStatus(.draft, request, context)
        }
        group.get(RouterPath("\(segment)/:id/delete")) { _, context in try await confirmDelete(context) }
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
            heading: kind.pluralName.capitalizedFirst, kindName: kind.singularName,
            newURL: kind == .document ? "\(base)/upload" : "\(base)/new", rows: rows,
            hasRows: !rows.isEmpty, notice: notice
        )
        return try await chrome.page(
            model, title: model.heading, section: kind.pathSegment, session: session)
    }

    /// What the last action did, said at the top of the page it leads to (`?notice=…`).
    private static func notices(_ key: String) -> String? {
        switch key {
        case "deleted": "Deleted."
        case "created": "Created as a draft: only the team sees it until it is published."
        case "saved": "Saved."
        case "published": "Published: it is on the public site now."
        case "unpublished": "Unpublished: it is a draft again, off the public site."
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

    private func editForm(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let item = try await existing(context)
        let object = try JSONValue.encoding(item).objectValue ?? [:]
        return try await formPage(
            values: FormCoding.values(from: object, fields: Entity.schema.fields), problems: [], previews: [],
            item: item, session: session, viewer: context.viewer, heading: "Edit \(kind.singularName)",
            notice: request.uri.queryParameters.get("notice").flatMap(Self.notices)
        )
    }

    // MARK: Actions

    private func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        var fields = editor.fillingSlug(FormCoding.object(from: form, fields: Entity.schema.fields))
        fields["status"] = .string(PublicationStatus.draft.rawValue)
        let object = editor.newObject(fields, author: session.user.id)
        return try await save(object: object, form: form, original: nil, session: session, context: context)
    }

    private func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let item = try await existing(context)
        let form = try await FormData.read(from: request, context: context)
        try CSRFProtection.verify(form, session: session)
        let object = try await refusingForbidden {
            try editor.changedObject(
                item, with: editor.fillingSlug(FormCoding.object(from: form, fields: Entity.schema.fields)),
                by: context.viewer)
        }
        return try await save(object: object, form: form, original: item, session: session, context: context)
    }

    /// Checks the whole object, shows every problem beside its field (keeping what was typed), or stores it.
    private func save(
        object: [String: JSONValue], form: FormData, original: Entity?, session: Session, context: AppRequestContext
    ) async throws -> Response {
        let heading = original == nil ? "New \(kind.singularName)" : "Edit \(kind.singularName)"
        let check = try await editor.check(
            object, original: original, viewer: context.viewer, unreadable: { "The form could not be read: \($0)" })
        let wantsPreview = form["intent"] == "preview"
        guard !wantsPreview, check.allProblems.isEmpty, let item = check.item else {
            return try await formPage(
                values: form.values, problems: check.allProblems, previews: wantsPreview ? previews(object) : [],
                item: original, session: session, viewer: context.viewer, heading: heading
            ).response(from: context)
        }
        do {
            try await editor.save(item, replacing: original)
        } catch StoreError.conflict(let conflicts) {
            return try await formPage(
                values: form.values, problems: conflicts, previews: [], item: original, session: session,
                viewer: context.viewer, heading: heading
            ).response(from: context)
        }
        let notice = original == nil ? "created" : "saved"
        return Response(status: .seeOther, headers: [.location: "\(base)/\(item.id)?notice=\(notice)"])
    }

    private func setStatus(_ status: PublicationStatus, _ request: Request, _ context: AppRequestContext) async throws
        -> Response
    {
        let (session, _) = try await context.verifiedForm(request)
        let item = try await existing(context)
        let result: Result<Entity, ValidationError>
        do {
            result = try await refusingForbidden { try await editor.setStatus(status, of: item, by: context.viewer) }
        } catch StoreError.conflict(let problems) {
            // Said on the item's form (a report with draft sections, say), with nothing changed.
            var page = try await storedItemForm(try await existing(context), problems: problems, session, context)
            page.status = .conflict
            return try page.response(from: context)
        }
        switch result {
        case .success(let item):
            let notice = status == .published ? "published" : "unpublished"
            return Response(status: .seeOther, headers: [.location: "\(base)/\(item.id)?notice=\(notice)"])
        case .failure(let error):
            return try await storedItemForm(item, problems: error.problems, session, context).response(from: context)
        }
    }

    /// The page that asks before deleting, saying what goes with the item; its form works without scripts.
    private func confirmDelete(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let item = try await existing(context)
        let references: Int
        do {
            references = try await editor.referencesBeforeDeleting(item, by: context.viewer)
        } catch ContentEditor<Entity>.Refusal.forbidden(let reason) {
            throw HTTPError(.forbidden, message: reason)
        }
        let model = DeleteConfirmViewModel(
            kindName: kind.singularName, itemTitle: item.displayTitle, itemURL: "\(base)/\(item.id)",
            action: "\(base)/\(item.id)/delete", csrfToken: session.csrfToken,
            codingsText: "Any codings of its text go with it.",
            referencesText: references == 0
                ? nil
                : "\(references) other item\(references == 1 ? " refers" : "s refer") to it: they lose the link, "
                    + "and what cannot stand without it (a place's figures, say) goes with it. Look at them first.")
        return try await chrome.page(
            model, title: "Delete the \(kind.singularName) “\(item.displayTitle)”?", section: kind.pathSegment,
            session: session)
    }

    private func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        let item = try await existing(context)
        do {
            try await editor.delete(item, by: context.viewer)
        } catch ContentEditor<Entity>.Refusal.forbidden(let reason) {
            throw HTTPError(.forbidden, message: reason)
        }
        return Response(status: .seeOther, headers: [.location: "\(base)?notice=deleted"])
    }

    /// The edit form of a stored item with `problems` beside its fields.
    private func storedItemForm(
        _ item: Entity, problems: [FieldProblem], _ session: Session, _ context: AppRequestContext
    ) async throws -> HTMLPage {
        let values = FormCoding.values(
            from: try JSONValue.encoding(item).objectValue ?? [:], fields: Entity.schema.fields)
        return try await formPage(
            values: values, problems: problems, previews: [], item: item, session: session, viewer: context.viewer,
            heading: "Edit \(kind.singularName)")
    }

    /// Runs `body`, answering a refusal with 403 and the workspace's error page.
    private func refusingForbidden<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch is ContentEditor<Entity>.Refusal {
            throw HTTPError(.forbidden)
        }
    }

    // MARK: Helpers

    private func existing(_ context: AppRequestContext) async throws -> Entity {
        guard let id = Entity.ID(context.slug(parameter: "id")), let item = try await repository.get(id) else {
            throw HTTPError(.notFound)
        }
        return item
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
        session: Session, viewer: Viewer, heading: String, notice: String? = nil
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
            if AccessPolicy.canPublish(as: viewer), AccessPolicy.canBePublished(kind) {
                actions.append(
                    item.isPublished
                        ? ItemActionView(label: "Unpublish", action: "\(base)/\(item.id)/unpublish", isDanger: false)
                        : ItemActionView(label: "Publish", action: "\(base)/\(item.id)/publish", isDanger: false)
                )
            }
            if AccessPolicy.canDelete(item, as: viewer) {
                actions.append(
                    ItemActionView(
                        label: "Delete…", action: "\(base)/\(item.id)/delete", isDanger: true,
                        confirm: "Asks first, and says what goes with it.", isLink: true)
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
            documentURLs: (item as? Document).map {
                DocumentLinks(
                    codingURL: "/workspace/coding/document/\($0.id)",
                    originalURL: $0.fileSHA256 == nil ? nil : "\(base)/\($0.id)/original", fileName: $0.fileName ?? "")
            },
            manageURL: kind == .report ? item.map { "\(base)/\($0.id)/manage" } : nil,
            livePreviewURL: kind == .reportSection ? "/workspace/report-preview" : nil,
            placeNotice: Entity.self is any PlaceLinked.Type
                && AccessPolicy.placeRefusal(for: nil, as: viewer) == .noPlaces
                ? PlaceRefusal.noPlaces.message : nil,
            notice: notice
        )
        let title = problems.isEmpty ? heading : "Error: \(heading)"
        var page = try await chrome.page(
            model, title: title, section: kind.pathSegment, session: session)
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
