import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace pages of cases: the table of cases and their attribute values, one case with its evidence,
/// defining attributes, and the attribute sheet. Every rule is `CaseBook`'s; these handlers read forms and pages.
struct CaseWorkspaceController {
    let book: CaseBook
    let sources: CodingSourceCatalog.Repositories
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("cases") { request, context in
            try await casesPage(request, context, problems: [], sheet: nil).response(from: context)
        }
        group.get("cases.csv") { _, context in try await sheetFile(context) }
        group.post("cases") { request, context in try await createCase(request, context) }
        group.post("cases/attributes") { request, context in try await defineAttribute(request, context) }
        group.post("cases/sheet") { request, context in try await readSheet(request, context) }
        group.get("cases/attributes/:id") { _, context in
            try await attributePage(context, problems: [], form: nil).response(from: context)
        }
        group.post("cases/attributes/:id") { request, context in try await changeAttribute(request, context) }
        group.post("cases/attributes/:id/delete") { request, context in try await deleteAttribute(request, context) }
        group.get("cases/:id") { request, context in
            try await casePage(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("cases/:id") { request, context in try await saveCase(request, context) }
        group.post("cases/:id/delete") { request, context in try await deleteCase(request, context) }
        group.post("cases/:id/sources") { request, context in try await addSource(request, context) }
        group.post("cases/:id/sources/:membership/delete") { request, context in
            try await removeSource(request, context)
        }
    }

    // MARK: Pages

    /// What a case form held when it was refused, so it is shown again as typed.
    struct CaseForm {
        var name = ""
        var kind = CaseKind.person.rawValue
        var description = ""
        var values: [String: String] = [:]
        var fieldProblems: [String: String] = [:]
    }

    private func casesPage(
        _ request: Request, _ context: AppRequestContext, problems: [String],
        sheet: (text: String, problems: [String])?, caseForm: CaseForm? = nil,
        attributeForm: (name: String, kind: String, choices: String)? = nil
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let attributes = try await book.cases.attributes()
        let cases = try await book.cases.cases()
        let memberships = try await book.cases.memberships()
        let choice = CaseFilterChoice(attributes: attributes, cases: cases)
        let filterText = FormData.query(of: request).get("filter") ?? ""
        var shown = cases
        var caption = "Cases, with their attribute values and how many sources belong to each"
        var isFiltered = false
        // The table filters by attribute values only; a single case is a click away.
        if case .filter(let filter, let description) = choice.filter(from: filterText), filter.caseIDs.isEmpty {
            shown = filter.matches(cases)
            caption = "Cases where \(description)"
            isFiltered = true
        }
        let counts = Dictionary(grouping: memberships, by: \.caseID).mapValues { Set($0.map(\.source)).count }
        var notice: String?
        switch FormData.query(of: request).get("notice") {
        case "created": notice = "The case was added."
        case "defined": notice = "The attribute was defined."
        case "deleted": notice = "The case was removed; its sources stay."
        case "attribute-deleted": notice = "The attribute was removed with its values."
        case "sheet":
            // Only numbers come from the address, so no one can put words in the notice.
            let created = FormData.query(of: request).get("created").flatMap { Int($0) } ?? 0
            let updated = FormData.query(of: request).get("updated").flatMap { Int($0) } ?? 0
            notice = "The sheet was read: \(created) \(created == 1 ? "case" : "cases") added, \(updated) updated."
        default: notice = nil
        }
        let form = caseForm ?? CaseForm()
        let model = CasesViewModel(
            csrfToken: session.csrfToken, notice: notice, problems: problems, sheetProblems: sheet?.problems ?? [],
            sheetText: sheet?.text ?? "", canDefine: AccessPolicy.canManageCases(as: context.viewer),
            attributes: attributes.map {
                CaseAttributeRowView(
                    name: $0.name, kind: $0.kind.label, choices: $0.choices.joined(separator: ", "),
                    editURL: "/workspace/cases/attributes/\($0.id)")
            },
            columns: attributes.map(\.name),
            rows: shown.map { item in
                CaseRowView(
                    name: item.name, url: "/workspace/cases/\(item.id)", kind: item.kind.label,
                    cells: attributes.map { item.values[$0.id] ?? "—" }, sourceCount: counts[item.id] ?? 0)
            },
            caption: caption,
            filterOptions: Array(
                choice.options(selected: filterText).dropFirst().filter {
                    $0.value.hasPrefix("attribute:")
                }), isFiltered: isFiltered, newCaseName: form.name, newCaseDescription: form.description,
            kindOptions: Self.kindOptions(selected: form.kind),
            valueFields: Self.valueFields(attributes, values: form.values, problems: form.fieldProblems),
            attributeName: attributeForm?.name ?? "",
            attributeKindOptions: Self.attributeKindOptions(selected: attributeForm?.kind ?? "text"),
            attributeChoices: attributeForm?.choices ?? "")
        var page = try await chrome.page(model, title: "Cases", section: "codes", session: session)
        if !problems.isEmpty || !(sheet?.problems.isEmpty ?? true) { page.status = .unprocessableContent }
        return page
    }

    private func casePage(
        _ request: Request, _ context: AppRequestContext, problems: [String], form: CaseForm?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let item = try await researchCase(context)
        let attributes = try await book.cases.attributes()
        let catalog = try await CodingSourceCatalog.load(from: sources)
        var members: [CaseMemberView] = []
        for membership in try await book.cases.memberships(case: item.id) {
            var part = "the whole source"
            if let range = membership.range {
                let excerpt =
                    try await book.coding.codableText(of: membership.source)?
                    .excerpt(start: range.lowerBound, end: range.upperBound) ?? ""
                part = "the stretch “\(excerpt.count > 160 ? String(excerpt.prefix(159)) + "…" : excerpt)”"
            }
            members.append(
                CaseMemberView(
                    sourceTitle: catalog.title(of: membership.source),
                    url: CodingSourceCatalog.codingPageURL(of: membership.source)
                        + (membership.range.map { "?view=all&from=\($0.lowerBound)&to=\($0.upperBound)#passage" }
                            ?? ""),
                    part: part, removeAction: "/workspace/cases/\(item.id)/sources/\(membership.id)/delete"))
        }
        let sourceOptions = catalog.entries.keys.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }.map {
            OptionView(value: $0.key, label: "\(catalog.title(of: $0)) (\($0.kind.singularName))", isSelected: false)
        }
        let values =
            form
            ?? CaseForm(
                name: item.name, kind: item.kind.rawValue, description: item.description,
                values: Dictionary(
                    item.values.map { ($0.key.description, $0.value) }, uniquingKeysWith: { first, _ in first }))
        var notice: String?
        switch FormData.query(of: request).get("notice") {
        case "saved": notice = "The case was saved."
        case "added": notice = "The source was added to the case."
        case "removed": notice = "The source was taken out of the case."
        default: notice = nil
        }
        let within = "cases=case:\(item.id)"
        let model = CaseViewModel(
            csrfToken: session.csrfToken, name: item.name, action: "/workspace/cases/\(item.id)",
            deleteAction: "/workspace/cases/\(item.id)/delete", addSourceAction: "/workspace/cases/\(item.id)/sources",
            notice: notice, problems: problems, formName: values.name, formDescription: values.description,
            kindOptions: Self.kindOptions(selected: values.kind),
            valueFields: Self.valueFields(attributes, values: values.values, problems: values.fieldProblems),
            members: members, sourceOptions: sourceOptions, wordsURL: "/workspace/words?\(within)",
            queryURL: "/workspace/queries?\(within)", canRemove: AccessPolicy.canManageCases(as: context.viewer))
        var page = try await chrome.page(model, title: "Case: \(item.name)", section: "codes", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func attributePage(
        _ context: AppRequestContext, problems: [String], form: (name: String, kind: String, choices: String)?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canManageCases(as: context.viewer) else { throw HTTPError(.forbidden) }
        let attribute = try await attribute(context)
        let valueCount = try await book.cases.cases().filter { $0.values[attribute.id] != nil }.count
        let values =
            form ?? (attribute.name, attribute.kind.rawValue, attribute.choices.joined(separator: "\n"))
        let model = CaseAttributeViewModel(
            csrfToken: session.csrfToken, name: attribute.name, action: "/workspace/cases/attributes/\(attribute.id)",
            deleteAction: "/workspace/cases/attributes/\(attribute.id)/delete", problems: problems,
            formName: values.name, kindOptions: Self.attributeKindOptions(selected: values.kind),
            choices: values.choices, valueCount: valueCount)
        var page = try await chrome.page(
            model, title: "Attribute: \(attribute.name)", section: "codes", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func sheetFile(_ context: AppRequestContext) async throws -> Response {
        _ = try context.requireSession()
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"cases.csv\"",
                .cacheControl: "private, no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: try await book.sheet())))
    }

    // MARK: Writes

    private func createCase(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let caseForm = Self.caseForm(form)
        do {
            let item = try await book.saveCase(
                id: nil, name: caseForm.name, kind: CaseKind(rawValue: caseForm.kind) ?? .person,
                description: caseForm.description, valueTexts: Self.valueTexts(caseForm), as: context.viewer,
                ids: ids, now: time.now())
            return Response(status: .seeOther, headers: [.location: "/workspace/cases/\(item.id)?notice=saved"])
        } catch let error as ValidationError {
            var refused = caseForm
            refused.fieldProblems = Self.fieldProblems(error)
            return try await casesPage(
                request, context, problems: error.problems.map(\.message), sheet: nil, caseForm: refused
            ).response(from: context)
        } catch StoreError.conflict(let problems) {
            return try await casesPage(
                request, context, problems: problems.map(\.message), sheet: nil, caseForm: caseForm
            ).response(from: context)
        }
    }

    private func saveCase(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let item = try await researchCase(context)
        let caseForm = Self.caseForm(form)
        do {
            _ = try await book.saveCase(
                id: item.id, name: caseForm.name, kind: CaseKind(rawValue: caseForm.kind) ?? item.kind,
                description: caseForm.description, valueTexts: Self.valueTexts(caseForm), as: context.viewer,
                ids: ids, now: time.now())
            return Response(status: .seeOther, headers: [.location: "/workspace/cases/\(item.id)?notice=saved"])
        } catch let error as ValidationError {
            var refused = caseForm
            refused.fieldProblems = Self.fieldProblems(error)
            return try await casePage(request, context, problems: error.problems.map(\.message), form: refused)
                .response(from: context)
        } catch StoreError.conflict(let problems) {
            return try await casePage(request, context, problems: problems.map(\.message), form: caseForm)
                .response(from: context)
        }
    }

    private func deleteCase(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        let item = try await researchCase(context)
        try await book.deleteCase(item.id, as: context.viewer)
        return Response(status: .seeOther, headers: [.location: "/workspace/cases?notice=deleted"])
    }

    private func addSource(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let item = try await researchCase(context)
        guard let source = CodingSource(key: form["source"]) else {
            return try await casePage(request, context, problems: ["Choose a source from the list."], form: nil)
                .response(from: context)
        }
        // A stretch comes from the coding page's selection; the case page adds whole sources.
        var range: Range<Int>?
        if let start = Int(form["start"]), let end = Int(form["end"]) {
            guard start < end else {
                return try await casePage(
                    request, context, problems: ["The stretch must end after it starts (\(start)–\(end))."], form: nil
                ).response(from: context)
            }
            range = start..<end
        }
        do {
            _ = try await book.addSource(
                source, range: range, to: item.id, as: context.viewer, ids: ids, now: time.now())
        } catch let error as ValidationError {
            return try await casePage(request, context, problems: error.problems.map(\.message), form: nil)
                .response(from: context)
        }
        let back = form["return_to"].hasPrefix("/workspace/coding/") ? form["return_to"] : nil
        return Response(
            status: .seeOther, headers: [.location: back ?? "/workspace/cases/\(item.id)?notice=added"])
    }

    private func removeSource(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        let item = try await researchCase(context)
        guard let id = CaseMembership.ID(context.slug(parameter: "membership")),
            try await book.cases.memberships(case: item.id).contains(where: { $0.id == id })
        else { throw HTTPError(.notFound) }
        try await book.removeMembership(id, as: context.viewer)
        return Response(status: .seeOther, headers: [.location: "/workspace/cases/\(item.id)?notice=removed"])
    }

    private func defineAttribute(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let values = (name: form["name"], kind: form["kind"], choices: form["choices"])
        do {
            _ = try await book.defineAttribute(
                name: values.name, kind: AttributeKind(rawValue: values.kind), choicesText: values.choices,
                as: context.viewer, ids: ids,
                now: time.now())
        } catch let error as ValidationError {
            return try await casesPage(
                request, context, problems: error.problems.map(\.message), sheet: nil, attributeForm: values
            ).response(from: context)
        } catch StoreError.conflict(let problems) {
            return try await casesPage(
                request, context, problems: problems.map(\.message), sheet: nil, attributeForm: values
            ).response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "/workspace/cases?notice=defined#attributes"])
    }

    private func changeAttribute(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let attribute = try await attribute(context)
        let values = (name: form["name"], kind: form["kind"], choices: form["choices"])
        do {
            _ = try await book.changeAttribute(
                attribute.id, name: values.name, kind: AttributeKind(rawValue: values.kind) ?? attribute.kind,
                choicesText: values.choices, as: context.viewer)
        } catch let error as ValidationError {
            return try await attributePage(context, problems: error.problems.map(\.message), form: values)
                .response(from: context)
        } catch StoreError.conflict(let problems) {
            return try await attributePage(context, problems: problems.map(\.message), form: values)
                .response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "/workspace/cases#attributes"])
    }

    private func deleteAttribute(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        let attribute = try await attribute(context)
        try await book.deleteAttribute(attribute.id, as: context.viewer)
        return Response(status: .seeOther, headers: [.location: "/workspace/cases?notice=attribute-deleted"])
    }

    private func readSheet(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let text = form["sheet"]
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return try await casesPage(
                request, context, problems: [], sheet: (text, ["Choose a CSV file, or paste the sheet's text."])
            ).response(from: context)
        }
        let outcome = try await book.importSheet(Data(text.utf8), as: context.viewer, ids: ids, now: time.now())
        guard outcome.problems.isEmpty else {
            return try await casesPage(
                request, context, problems: [], sheet: (text, outcome.problems.map(\.description))
            ).response(from: context)
        }
        return Response(
            status: .seeOther,
            headers: [
                .location: "/workspace/cases?notice=sheet&created=\(outcome.created)&updated=\(outcome.updated)"
            ])
    }

    // MARK: Helpers

    private func researchCase(_ context: AppRequestContext) async throws -> ResearchCase {
        guard let id = ResearchCase.ID(context.slug(parameter: "id")), let item = try await book.cases.researchCase(id)
        else { throw HTTPError(.notFound) }
        return item
    }

    private func attribute(_ context: AppRequestContext) async throws -> CaseAttribute {
        guard let id = CaseAttribute.ID(context.slug(parameter: "id")),
            let attribute = try await book.cases.attributes().first(where: { $0.id == id })
        else { throw HTTPError(.notFound) }
        return attribute
    }

    private static func caseForm(_ form: FormData) -> CaseForm {
        var values: [String: String] = [:]
        for (name, all) in form.values where name.hasPrefix("value-") {
            let value = all.first ?? ""
            values[String(name.dropFirst("value-".count))] = value
        }
        return CaseForm(name: form["name"], kind: form["kind"], description: form["description"], values: values)
    }

    private static func valueTexts(_ form: CaseForm) -> [CaseAttribute.ID: String] {
        Dictionary(
            form.values.compactMap { key, value in CaseAttribute.ID(key).map { ($0, value) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The problems of attribute fields, by attribute ID, to show beside each field.
    private static func fieldProblems(_ error: ValidationError) -> [String: String] {
        Dictionary(
            error.problems.filter { $0.field.hasPrefix("value-") }.map {
                (String($0.field.dropFirst("value-".count)), $0.message)
            }, uniquingKeysWith: { first, _ in first })
    }

    static func kindOptions(selected: String) -> [OptionView] {
        CaseKind.allCases.map { OptionView(value: $0.rawValue, label: $0.label, isSelected: $0.rawValue == selected) }
    }

    static func attributeKindOptions(selected: String) -> [OptionView] {
        AttributeKind.allCases.map {
            OptionView(value: $0.rawValue, label: $0.label, isSelected: $0.rawValue == selected)
        }
    }

    static func valueFields(
        _ attributes: [CaseAttribute], values: [String: String], problems: [String: String]
    ) -> [CaseValueField] {
        attributes.map { attribute in
            let key = attribute.id.description
            let value = values[key] ?? ""
            let hint: String? =
                switch attribute.kind {
                case .number: "a number, such as 3 or 12.5"
                case .date: "YYYY-MM-DD, or YYYY-MM, or YYYY"
                case .text, .list: nil
                }
            return CaseValueField(
                name: "value-\(key)", label: attribute.name, hint: hint, value: value, isList: attribute.kind == .list,
                options: [OptionView(value: "", label: "(no value)", isSelected: value.isEmpty)]
                    + attribute.choices.map { OptionView(value: $0, label: $0, isSelected: $0 == value) },
                inputMode: attribute.kind == .number ? "decimal" : nil, problem: problems[key])
        }
    }
}
