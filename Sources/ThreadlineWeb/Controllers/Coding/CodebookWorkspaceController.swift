import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The workspace pages of the codebook: the tree of codes with their counts, adding codes, and for editors
/// renaming, recolouring, moving, merging and deleting them (deleting first says how much coding goes with it).
struct CodebookWorkspaceController {
    let enablers: any ContentRepository<Enabler>
    let coding: any CodingRepository
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("codes") { request, context in
            try await codebook(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("codes") { request, context in try await create(request, context) }
        group.get("codes.css") { _, _ in try await stylesheet() }
        group.get("codes/:id") { _, context in
            try await editPage(context, problems: [], form: nil).response(from: context)
        }
        group.post("codes/:id") { request, context in try await save(request, context) }
        group.post("codes/:id/merge") { request, context in try await merge(request, context) }
        group.get("codes/:id/delete") { _, context in try await deletePage(context).response(from: context) }
        group.post("codes/:id/delete") { request, context in try await delete(request, context) }
    }

    // MARK: Pages

    private func codebook(
        _ request: Request, _ context: AppRequestContext, problems: [String],
        form: (CodeFormValues, parent: String, enabler: String)?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let tree = CodeTree(try await coding.codes())
        let counts = try await coding.codingCounts()
        let enablers = try await enablers.all()
        let enablerNames = Dictionary(
            enablers.map { ($0.id, "\($0.number). \($0.name)") }, uniquingKeysWith: { a, _ in a })
        let rows = tree.entries.map { entry in
            CodebookRow(
                id: entry.code.id.description, name: entry.code.name, path: entry.path.joined(separator: " › "),
                depthClass: "depth-\(min(entry.depth, 5))", codeClass: "code-\(entry.code.id)",
                colour: entry.code.colour,
                description: entry.code.description, enabler: entry.code.enablerID.flatMap { enablerNames[$0] },
                codingCount: counts[entry.code.id] ?? 0, editURL: "/workspace/codes/\(entry.code.id)",
                passagesURL: "/workspace/codes/\(entry.code.id)/passages")
        }
        var notice: String?
        switch request.uri.queryParameters.get("notice") {
        case "created": notice = "The code was added."
        case "saved": notice = "The code was saved."
        case "deleted":
            let count = request.uri.queryParameters.get("codings").flatMap { Int($0) } ?? 0
            notice = "The code was deleted with \(count) \(count == 1 ? "coding" : "codings")."
        case "merged":
            // Only numbers and an ID come from the address, so no one can put words in the notice.
            let count = request.uri.queryParameters.get("moved").flatMap { Int($0) } ?? 0
            let into = request.uri.queryParameters.get("into").flatMap { Code.ID($0) }
            let name = into.flatMap { id in tree.entries.first { $0.code.id == id }?.code.name }
            notice = "Merged into “\(name ?? "the chosen code")”; \(count) \(count == 1 ? "coding" : "codings") moved."
        default: notice = nil
        }
        let model = CodebookViewModel(
            rows: rows, hasCodes: !rows.isEmpty, canManage: AccessPolicy.canManageCodebook(as: context.viewer),
            csrfToken: session.csrfToken,
            parentOptions: parentOptions(tree, excluding: nil, selected: form?.parent ?? ""),
            enablerOptions: enablerOptions(enablers, selected: form?.enabler ?? ""),
            // A new code is offered the next colour of the palette that no code has yet.
            form: form?.0 ?? CodeFormValues(colour: CodePalette.next(after: tree.entries.map(\.code.colour))),
            problems: problems, hasProblems: !problems.isEmpty, notice: notice,
            totalCodings: counts.values.reduce(0, +))
        var page = try await chrome.page(
            model, title: "Codebook", section: "codes", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func parentOptions(_ tree: CodeTree, excluding excluded: Code.ID?, selected: String) -> [OptionView] {
        let hidden =
            excluded.map { id in
                Set(
                    tree.entries.filter { $0.code.id == id || $0.path.count > 1 && isBelow($0.code, id, in: tree) }.map(
                        \.code.id))
            } ?? []
        return [OptionView(value: "", label: "(top level)", isSelected: selected.isEmpty)]
            + tree.entries.filter { !hidden.contains($0.code.id) }.map {
                OptionView(
                    value: $0.code.id.description, label: $0.path.joined(separator: " › "),
                    isSelected: $0.code.id.description == selected)
            }
    }

    private func isBelow(_ code: Code, _ ancestor: Code.ID, in tree: CodeTree) -> Bool {
        let parents = Dictionary(tree.entries.map { ($0.code.id, $0.code.parentID) }, uniquingKeysWith: { a, _ in a })
        var cursor = code.parentID
        var steps = 0
        while let current = cursor, steps <= tree.entries.count {
            if current == ancestor { return true }
            cursor = parents[current] ?? nil
            steps += 1
        }
        return false
    }

    private func enablerOptions(_ enablers: [Enabler], selected: String) -> [OptionView] {
        [OptionView(value: "", label: "(none)", isSelected: selected.isEmpty)]
            + enablers.map {
                OptionView(
                    value: $0.id.description, label: "\($0.number). \($0.name)",
                    isSelected: $0.id.description == selected)
            }
    }

    private func code(_ context: AppRequestContext) async throws -> Code {
        guard let id = Code.ID(context.slug(parameter: "id")), let code = try await coding.code(id) else {
            throw HTTPError(.notFound)
        }
        return code
    }

    private func editPage(
        _ context: AppRequestContext, problems: [String], form: (CodeFormValues, parent: String, enabler: String)?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let code = try await code(context)
        let tree = CodeTree(try await coding.codes())
        let enablers = try await enablers.all()
        let counts = try await coding.codingCounts()
        let values =
            form ?? (
                CodeFormValues(name: code.name, description: code.description, colour: code.colour, memo: code.memo),
                code.parentID?.description ?? "", code.enablerID?.description ?? ""
            )
        let model = CodeEditViewModel(
            id: code.id.description, name: code.name, action: "/workspace/codes/\(code.id)",
            mergeAction: "/workspace/codes/\(code.id)/merge", deleteURL: "/workspace/codes/\(code.id)/delete",
            passagesURL: "/workspace/codes/\(code.id)/passages", csrfToken: session.csrfToken,
            canManage: AccessPolicy.canManageCodebook(as: context.viewer), form: values.0,
            parentOptions: parentOptions(tree, excluding: code.id, selected: values.parent),
            enablerOptions: enablerOptions(enablers, selected: values.enabler),
            mergeOptions: tree.entries.filter { $0.code.id != code.id && !isBelow($0.code, code.id, in: tree) }.map {
                OptionView(value: $0.code.id.description, label: $0.path.joined(separator: " › "), isSelected: false)
            },
            codingCount: counts[code.id] ?? 0, problems: problems, hasProblems: !problems.isEmpty)
        var page = try await chrome.page(
            model, title: "Code: \(code.name)", section: "codes", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func deletePage(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canManageCodebook(as: context.viewer) else { throw HTTPError(.forbidden) }
        let code = try await code(context)
        let impact = try await coding.deletionImpact(of: code.id)
        let model = CodeDeleteViewModel(
            name: code.name, action: "/workspace/codes/\(code.id)/delete", cancelURL: "/workspace/codes/\(code.id)",
            csrfToken: session.csrfToken, warning: Self.warning(code.name, impact))
        return try await chrome.page(
            model, title: "Delete the code \(code.name)?", section: "codes", session: session)
    }

    /// "Deleting “Trust” also deletes 2 codes below it and 14 codings."
    static func warning(_ name: String, _ impact: CodeDeletionImpact) -> String {
        let below = impact.codes - 1
        let codes = below == 0 ? "" : " \(below) \(below == 1 ? "code" : "codes") below it and"
        let codings = "\(impact.codings) \(impact.codings == 1 ? "coding" : "codings")"
        return "Deleting “\(name)” also deletes\(codes) \(codings). This cannot be undone."
    }

    // MARK: Writes

    private func formValues(_ form: FormData) -> (CodeFormValues, parent: String, enabler: String) {
        (
            CodeFormValues(
                name: form["name"], description: form["description"],
                colour: form["colour"].nonBlank ?? Code.defaultColour,
                memo: form["memo"]),
            form["parent_id"], form["enabler_id"]
        )
    }

    private func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCode(as: context.viewer) else { throw HTTPError(.forbidden) }
        let values = formValues(form)
        var problems: [String] = []
        let parent = values.parent.nonBlank.map { Code.ID($0) }
        let enabler = values.enabler.nonBlank.map { Enabler.ID($0) }
        if parent == .some(nil) { problems.append("parent_id: choose a parent code from the list.") }
        if enabler == .some(nil) { problems.append("enabler_id: choose a system enabler from the list.") }
        let codes = try await coding.codes()
        let siblings = codes.filter { $0.parentID == parent ?? nil }
        let code = Code(
            id: ids.next(Code.self), parentID: parent ?? nil, name: values.0.name, description: values.0.description,
            colour: form["colour"].nonBlank ?? CodePalette.next(after: codes.map(\.colour)), enablerID: enabler ?? nil,
            memo: values.0.memo,
            position: (siblings.map(\.position).max() ?? -1) + 1, createdAt: time.now())
        if problems.isEmpty {
            do {
                try await coding.save(code)
            } catch let error as StoreError {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else {
            return try await codebook(request, context, problems: problems, form: values).response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "/workspace/codes?notice=created"])
    }

    private func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageCodebook(as: context.viewer) else { throw HTTPError(.forbidden) }
        var code = try await code(context)
        let values = formValues(form)
        var problems: [String] = []
        let parent = values.parent.nonBlank.map { Code.ID($0) }
        let enabler = values.enabler.nonBlank.map { Enabler.ID($0) }
        if parent == .some(nil) { problems.append("parent_id: choose a parent code from the list.") }
        if enabler == .some(nil) { problems.append("enabler_id: choose a system enabler from the list.") }
        if code.parentID != parent ?? nil {
            // A moved code goes after its new siblings.
            let siblings = try await coding.codes().filter { $0.parentID == parent ?? nil }
            code.position = (siblings.map(\.position).max() ?? -1) + 1
        }
        code.name = values.0.name
        code.description = values.0.description
        code.colour = values.0.colour
        code.memo = values.0.memo
        code.parentID = parent ?? nil
        code.enablerID = enabler ?? nil
        code.updatedAt = time.now()
        if problems.isEmpty {
            do {
                try await coding.save(code)
            } catch let error as StoreError {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else {
            return try await editPage(context, problems: problems, form: values).response(from: context)
        }
        return Response(status: .seeOther, headers: [.location: "/workspace/codes?notice=saved"])
    }

    private func merge(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageCodebook(as: context.viewer) else { throw HTTPError(.forbidden) }
        let code = try await code(context)
        guard let target = Code.ID(form["target"]), let into = try await coding.code(target) else {
            return try await editPage(context, problems: ["target: choose the code to merge into."], form: nil)
                .response(from: context)
        }
        do {
            let moved = try await coding.merge(code.id, into: target)
            _ = into
            return Response(
                status: .seeOther, headers: [.location: "/workspace/codes?notice=merged&moved=\(moved)&into=\(target)"])
        } catch let error as StoreError {
            return try await editPage(context, problems: [error.description], form: nil).response(from: context)
        }
    }

    private func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        guard AccessPolicy.canManageCodebook(as: context.viewer) else { throw HTTPError(.forbidden) }
        let code = try await code(context)
        let impact = try await coding.delete(code.id)
        _ = code
        return Response(
            status: .seeOther, headers: [.location: "/workspace/codes?notice=deleted&codings=\(impact.codings)"])
    }

    /// One rule per code giving its colour, for the swatches and the coded passages (the page's security policy
    /// forbids inline styles). Colours are checked again here because the stylesheet is not escaped like HTML.
    private func stylesheet() async throws -> Response {
        var css = "/* Colours of the codebook's codes. */\n"
        for code in try await coding.codes() where Code.isColour(code.colour) {
            let colour = code.colour.lowercased()
            css += ".code-\(code.id).coded{background-color:\(colour)38;border-bottom-color:\(colour)}"
            css += ".swatch.code-\(code.id),.stripe.code-\(code.id){background-color:\(colour)}\n"
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: css)))
    }
}
