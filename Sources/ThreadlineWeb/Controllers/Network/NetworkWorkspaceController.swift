import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineSite
import ThreadlineStore

/// The workspace pages that run partnership network surveys: the waves and a form to make one, and a wave's page
/// with its members and who has answered, links for each member, the CSV import and export, and deletion. Anyone
/// signed in may look; editors change.
struct NetworkWorkspaceController {
    let places: any ContentRepository<Place>
    let networks: any NetworkRepository
    let chrome: WorkspaceChrome
    let baseURL: String
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("networks") { request, context in
            try await overview(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("networks") { request, context in try await createWave(request, context) }
        group.get("networks/:id") { request, context in
            let notice: String? =
                switch request.uri.queryParameters.get("notice") {
                case "created": "The wave was made. Import its members (and any ties) below."
                case "imported": "The members and ties were imported."
                case "imported-links":
                    Self.withdrawnNotice(Int(request.uri.queryParameters.get("links") ?? "") ?? 0)
                default: nil
                }
            return try await wavePage(context, notice: notice).response(from: context)
        }
        group.post("networks/:id/links") { request, context in
            try await makeLinks(request, context).response(from: context)
        }
        group.post("networks/:id/withdraw") { request, context in
            try await withdrawLinks(request, context).response(from: context)
        }
        group.post("networks/:id/import") { request, context in try await importFiles(request, context) }
        group.post("networks/:id/delete") { request, context in try await deleteWave(request, context) }
        group.get("networks/:id/members.csv") { _, context in
            let wave = try await wave(context)
            let graph = try await networks.graph(of: wave.id)
            return Self.csv(NetworkCSV.writeMembers(graph.members), named: "members.csv")
        }
        group.get("networks/:id/ties.csv") { _, context in
            let wave = try await wave(context)
            let graph = try await networks.graph(of: wave.id)
            return Self.csv(NetworkCSV.writeTies(graph.ties), named: "ties.csv")
        }
    }

    /// What an import that withdrew `links` links says.
    static func withdrawnNotice(_ links: Int) -> String {
        "The members and ties were imported. "
            + (links == 1 ? "The link made before was" : "All \(links) links made before were")
            + " withdrawn, since they were made for the members before; make new ones."
    }

    static func csv(_ text: String, named name: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Waves

    private func overview(
        _ request: Request, _ context: AppRequestContext, problems: [FieldProblem], form: FormData?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let places = try await places.all().sorted {
            $0.name.localizedStandardCompare($1.name) == .orderedAscending
        }
        let names = Dictionary(places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows: [NetworkWaveRowView] = []
        for wave in try await networks.waves() {
            let statuses = try await networks.memberStatuses(of: wave.id)
            rows.append(
                NetworkWaveRowView(
                    name: wave.name, url: "/workspace/networks/\(wave.id)",
                    placeName: wave.placeID.map { names[$0] ?? "A deleted place" } ?? "Whole programme",
                    period: wave.period.description, membersText: String(statuses.count),
                    completionText: Self.completionText(statuses)))
        }
        let chosenPlace = form?["place_id"] ?? ""
        let chosenPeriod = form?["period"] ?? SixMonthPeriod(containing: time.now())?.description ?? ""
        let model = NetworkOverviewViewModel(
            canManage: AccessPolicy.canManageNetworks(as: context.viewer), csrfToken: session.csrfToken,
            waves: rows, hasWaves: !rows.isEmpty, name: form?["name"] ?? "",
            placeOptions: [OptionView(value: "", label: "Whole programme", isSelected: chosenPlace.isEmpty)]
                + places.map {
                    OptionView(
                        value: $0.id.description, label: $0.name, isSelected: $0.id.description == chosenPlace)
                },
            periodOptions: SixMonthPeriod.formChoices.map {
                OptionView(value: $0.value, label: $0.label, isSelected: $0.value == chosenPeriod)
            },
            closesOn: form?["closes_on"] ?? "",
            problems: problems.map { ProblemLinkView(message: $0.message, fieldID: "field-\($0.field)") },
            hasProblems: !problems.isEmpty,
            notice: request.uri.queryParameters.get("notice") == "deleted" ? "The wave was deleted." : nil)
        var page = try await chrome.page(
            model, title: (problems.isEmpty ? "" : "Error: ") + "Partnership networks",
            section: "networks", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    /// "3 of 12 (25%)": how many members have answered.
    static func completionText(_ statuses: [NetworkMemberStatus]) -> String {
        guard !statuses.isEmpty else { return "No members yet" }
        let answered = statuses.filter(\.hasResponded).count
        return "\(answered) of \(statuses.count) (\(answered * 100 / statuses.count)%)"
    }

    private func createWave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageNetworks(as: context.viewer) else { throw HTTPError(.forbidden) }
        var problems: [FieldProblem] = []
        let placeText = form["place_id"]
        let place = Place.ID(placeText)
        if !placeText.isEmpty, place == nil {
            problems.append(FieldProblem(field: "place_id", message: "Choose a place from the list."))
        }
        let period = SixMonthPeriod(form["period"])
        if period == nil {
            problems.append(FieldProblem(field: "period", message: "Choose a period from the list."))
        }
        let closesText = form["closes_on"].trimmingCharacters(in: .whitespaces)
        let closesOn = PartialDate(closesText)
        if !closesText.isEmpty, closesOn?.isDay != true {
            problems.append(
                FieldProblem(field: "closes_on", message: "Give the closing day as YYYY-MM-DD, or leave it blank."))
        }
        if let period {
            let wave = NetworkWave(
                id: ids.next(), name: form["name"], placeID: place, period: period, closesOn: closesOn,
                createdAt: time.now(), createdBy: session.user.id)
            problems += wave.problems.filter { $0.field != "closes_on" }
            if problems.isEmpty {
                do {
                    try await networks.createWave(wave)
                    return Response(
                        status: .seeOther, headers: [.location: "/workspace/networks/\(wave.id)?notice=created"])
                } catch StoreError.conflict(let found) {
                    problems = found
                }
            }
        }
        return try await overview(request, context, problems: problems, form: form).response(from: context)
    }

    private func wave(_ context: AppRequestContext) async throws -> NetworkWave {
        guard let id = NetworkWave.ID(context.slug(parameter: "id")), let wave = try await networks.wave(id)
        else { throw HTTPError(.notFound) }
        return wave
    }

    // MARK: A wave

    private func wavePage(
        _ context: AppRequestContext, newLinks: [(member: NetworkMember, secret: String)] = [], notice: String? = nil,
        importProblems: [String] = [], membersCSV: String = "", tiesCSV: String = ""
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let wave = try await wave(context)
        let statuses = try await networks.memberStatuses(of: wave.id)
        let placeName = try await Self.placeName(of: wave, places: places)
        let root = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let model = NetworkWaveViewModel(
            heading: "Network survey: \(wave.name)", canManage: AccessPolicy.canManageNetworks(as: context.viewer),
            csrfToken: session.csrfToken, base: "/workspace/networks/\(wave.id)",
            facts: [
                placeName, "Period: \(wave.period.label)",
                wave.closesOn.map { "Closes at the end of \($0.displayText)" } ?? "No closing day",
                "Answered: \(Self.completionText(statuses))",
            ],
            members: statuses.map { status in
                NetworkMemberRowView(
                    name: status.member.name, key: status.member.key,
                    sectorText: [status.member.sector, status.member.type].filter { !$0.isEmpty }
                        .joined(separator: " · "),
                    answeredText: Self.answeredText(status), hasAnswered: status.hasResponded,
                    canRenewLink: !status.hasResponded,
                    linksText: status.links == 0 ? "None" : status.links == 1 ? "1 link" : "\(status.links) links")
            },
            hasMembers: !statuses.isEmpty,
            newLinks: newLinks.map {
                NetworkNewLinkView(memberName: $0.member.name, url: "\(root)/network-survey/\($0.secret)")
            },
            hasNewLinks: !newLinks.isEmpty, notice: notice, importProblems: importProblems,
            hasImportProblems: !importProblems.isEmpty, membersCSV: membersCSV, tiesCSV: tiesCSV,
            membersHeader: NetworkCSV.memberColumns.joined(separator: ","),
            tiesHeader: NetworkCSV.tieColumns.joined(separator: ","))
        var page = try await chrome.page(
            model,
            title: (importProblems.isEmpty ? "" : "Error: ") + model.heading, section: "networks", session: session)
        if !importProblems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    /// The wave's place by name, or "Whole programme".
    static func placeName(of wave: NetworkWave, places: any ContentRepository<Place>) async throws -> String {
        guard let place = wave.placeID else { return "Whole programme" }
        return try await places.get(place)?.name ?? "A deleted place"
    }

    static func answeredText(_ status: NetworkMemberStatus) -> String {
        guard let at = status.respondedAt else { return "Not yet" }
        let day = PartialDate(dayOf: at).displayText
        return status.origin == .form ? "Yes, through its link on \(day)" : "Yes, imported on \(day)"
    }

    private func managed(_ request: Request, _ context: AppRequestContext) async throws -> (NetworkWave, FormData) {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageNetworks(as: context.viewer) else { throw HTTPError(.forbidden) }
        return (try await wave(context), form)
    }

    private func makeLinks(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (wave, form) = try await managed(request, context)
        let member = form["member"]
        let links = try await networks.makeLinks(
            for: wave.id, members: member.isEmpty ? nil : [member], now: time.now())
        let notice =
            links.isEmpty
            ? "Every organisation that has not answered already has a link; use “New link” beside one to replace "
                + "its link." : nil
        return try await wavePage(context, newLinks: links, notice: notice)
    }

    private func withdrawLinks(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (wave, form) = try await managed(request, context)
        guard form["confirm"] == "yes" else {
            return try await wavePage(
                context, notice: "Tick “Yes, stop every link working” to withdraw them; nothing was withdrawn.")
        }
        let count = try await networks.withdrawLinks(of: wave.id)
        return try await wavePage(
            context,
            notice: "\(count) \(count == 1 ? "link was" : "links were") withdrawn; the answers already given are kept.")
    }

    private func importFiles(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (wave, form) = try await managed(request, context)
        let members = form["members"]
        let ties = form["ties"]
        var problems: [String]
        switch NetworkCSV.read(members: members, ties: ties) {
        case .problems(let found):
            problems = found.map(\.description)
        case .graph(let graph):
            do {
                let links = try await networks.memberStatuses(of: wave.id).reduce(0) { $0 + $1.links }
                try await networks.replaceMembersAndTies(of: wave.id, with: graph, now: time.now())
                if links > 0 {
                    return Response(
                        status: .seeOther,
                        headers: [
                            .location: "/workspace/networks/\(wave.id)?notice=imported-links&links=\(links)#import"
                        ])
                }
                return Response(
                    status: .seeOther, headers: [.location: "/workspace/networks/\(wave.id)?notice=imported#import"])
            } catch StoreError.conflict(let found) {
                problems = found.map(\.message)
            }
        }
        return try await wavePage(context, importProblems: problems, membersCSV: members, tiesCSV: ties)
            .response(from: context)
    }

    private func deleteWave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (wave, form) = try await managed(request, context)
        guard form["confirm"] == "yes" else {
            return try await wavePage(
                context, notice: "Tick “Yes, delete this wave…” to delete it; nothing was deleted."
            ).response(from: context)
        }
        try await networks.deleteWave(wave.id)
        return Response(status: .seeOther, headers: [.location: "/workspace/networks?notice=deleted"])
    }
}
