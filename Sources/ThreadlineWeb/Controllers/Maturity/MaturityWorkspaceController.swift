import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The workspace pages that set up the maturity survey: the list of surveys and a form to make one, a survey's page
/// where editors make links for respondents, and the scale editor. Anyone signed in may look; editors change.
struct MaturityWorkspaceController {
    let places: any ContentRepository<Place>
    let maturity: any MaturityRepository
    let chrome: WorkspaceChrome
    let baseURL: String
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("maturity") { request, context in
            try await overview(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("maturity/surveys") { request, context in try await createSurvey(request, context) }
        group.get("maturity/surveys/:id") { _, context in
            try await surveyPage(context, newLinks: [], problems: [], count: "10").response(from: context)
        }
        group.post("maturity/surveys/:id/links") { request, context in
            try await makeLinks(request, context).response(from: context)
        }
        group.post("maturity/surveys/:id/withdraw") { request, context in
            try await withdrawLinks(request, context).response(from: context)
        }
        group.get("maturity/scale") { request, context in
            let notice = request.uri.queryParameters.get("notice") == "saved" ? "The scale was saved." : nil
            let scale = try await maturity.scale()
            return try await scalePage(
                context, lowest: scale.levels.first?.value ?? 1, descriptors: scale.levels.map(\.descriptor),
                problems: [], notice: notice
            ).response(from: context)
        }
        group.post("maturity/scale") { request, context in try await saveScale(request, context) }
    }

    // MARK: Surveys

    private func overview(
        _ request: Request, _ context: AppRequestContext, problems: [FieldProblem], form: FormData?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let places = try await places.all().sorted {
            $0.name.localizedStandardCompare($1.name) == .orderedAscending
        }
        let names = Dictionary(places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows: [MaturitySurveyRowView] = []
        for survey in try await maturity.surveys() {
            rows.append(try await row(survey, placeName: names[survey.placeID] ?? "A deleted place"))
        }
        let chosenPlace = form?["place_id"] ?? ""
        let scale = try await maturity.scale()
        let notice: String? =
            switch request.uri.queryParameters.get("notice") {
            case "created": "The survey was made. Open it to make links for respondents."
            default: nil
            }
        let model = MaturityOverviewViewModel(
            canManage: AccessPolicy.canManageMaturity(as: context.viewer), csrfToken: session.csrfToken,
            surveys: rows, hasSurveys: !rows.isEmpty,
            placeOptions: [OptionView(value: "", label: "Choose a place", isSelected: chosenPlace.isEmpty)]
                + places.map {
                    OptionView(
                        value: $0.id.description, label: $0.name, isSelected: $0.id.description == chosenPlace)
                },
            year: form?["year"] ?? String(PartialDate(dayOf: time.now()).year), closesOn: form?["closes_on"] ?? "",
            allowsRepeat: form?["allows_repeat"] == "1",
            problems: problems.map { ProblemLinkView(message: $0.message, fieldID: "field-\($0.field)") },
            hasProblems: !problems.isEmpty, notice: notice,
            scaleText: MaturityResultsController.scaleText(scale))
        var page = try await chrome.page(
            model, title: (problems.isEmpty ? "" : "Error: ") + "Maturity survey",
            section: "maturity", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func row(_ survey: MaturitySurvey, placeName: String) async throws -> MaturitySurveyRowView {
        let counts = try await maturity.linkCounts(of: survey.id)
        let responses = try await maturity.responses(of: survey.id).count
        return MaturitySurveyRowView(
            placeName: placeName, year: survey.year, closesText: Self.closesText(survey),
            repeatText: survey.allowsRepeatAnswers ? "Several answers per link" : "One answer per link",
            linksText: Self.linksText(counts), responsesText: Self.counted(responses, "response", "responses"),
            url: "/workspace/maturity/surveys/\(survey.id)")
    }

    static func closesText(_ survey: MaturitySurvey) -> String {
        survey.closesOn.map { "Closes at the end of \($0.displayText)" } ?? "No closing date"
    }

    static func linksText(_ counts: (links: Int, used: Int)) -> String {
        "\(counted(counts.links, "link", "links")), \(counts.used) used"
    }

    static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    private func createSurvey(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageMaturity(as: context.viewer) else { throw HTTPError(.forbidden) }
        var problems: [FieldProblem] = []
        let place = Place.ID(form["place_id"])
        if place == nil { problems.append(FieldProblem(field: "place_id", message: "Choose a place from the list.")) }
        let year = Int(form["year"].trimmingCharacters(in: .whitespaces))
        if year == nil { problems.append(FieldProblem(field: "year", message: "Give the survey year, such as 2024.")) }
        let closesText = form["closes_on"].trimmingCharacters(in: .whitespaces)
        let closesOn = PartialDate(closesText)
        if !closesText.isEmpty, closesOn?.isDay != true {
            problems.append(
                FieldProblem(field: "closes_on", message: "Give the closing day as YYYY-MM-DD, or leave it blank."))
        }
        if problems.isEmpty, let place, let year {
            let survey = MaturitySurvey(
                id: ids.next(), placeID: place, year: year, closesOn: closesOn,
                allowsRepeatAnswers: form["allows_repeat"] == "1", createdAt: time.now(), createdBy: session.user.id)
            do {
                try await maturity.createSurvey(survey)
                return Response(status: .seeOther, headers: [.location: "/workspace/maturity?notice=created"])
            } catch StoreError.conflict(let found) {
                problems = found
            }
        }
        return try await overview(request, context, problems: problems, form: form).response(from: context)
    }

    private func survey(_ context: AppRequestContext) async throws -> MaturitySurvey {
        guard let id = MaturitySurvey.ID(context.slug(parameter: "id")),
            let survey = try await maturity.survey(id)
        else { throw HTTPError(.notFound) }
        return survey
    }

    private func surveyPage(
        _ context: AppRequestContext, newLinks: [String], problems: [FieldProblem], count: String,
        notice: String? = nil
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let survey = try await survey(context)
        let place = try await places.get(survey.placeID)?.name ?? "A deleted place"
        let row = try await row(survey, placeName: place)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        var model = MaturitySurveyViewModel(
            heading: "Maturity survey: \(place), \(survey.year)",
            canManage: AccessPolicy.canManageMaturity(as: context.viewer), csrfToken: session.csrfToken,
            action: "/workspace/maturity/surveys/\(survey.id)/links", closesText: row.closesText,
            repeatText: row.repeatText, linksText: row.linksText, responsesText: row.responsesText,
            newLinks: newLinks.map { "\(base)/survey/\($0)" }, hasNewLinks: !newLinks.isEmpty, count: count,
            problems: problems.map { ProblemLinkView(message: $0.message, fieldID: "field-\($0.field)") },
            hasProblems: !problems.isEmpty)
        model.withdrawAction = "/workspace/maturity/surveys/\(survey.id)/withdraw"
        model.notice = notice
        var page = try await chrome.page(
            model, title: (problems.isEmpty ? "" : "Error: ") + model.heading,
            section: "maturity", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func makeLinks(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageMaturity(as: context.viewer) else { throw HTTPError(.forbidden) }
        let survey = try await survey(context)
        let count = Int(form["count"].trimmingCharacters(in: .whitespaces)) ?? 0
        do {
            let secrets = try await maturity.makeLinks(for: survey.id, count: count, now: time.now())
            return try await surveyPage(context, newLinks: secrets, problems: [], count: String(count))
        } catch StoreError.conflict(let problems) {
            return try await surveyPage(context, newLinks: [], problems: problems, count: form["count"])
        }
    }

    private func withdrawLinks(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageMaturity(as: context.viewer) else { throw HTTPError(.forbidden) }
        let survey = try await survey(context)
        guard form["confirm"] == "yes" else {
            return try await surveyPage(
                context, newLinks: [], problems: [], count: "10",
                notice: "Tick “Yes, stop every link working” to withdraw them; nothing was withdrawn.")
        }
        let count = try await maturity.withdrawLinks(of: survey.id)
        return try await surveyPage(
            context, newLinks: [], problems: [], count: "10",
            notice: "\(Self.counted(count, "link was", "links were")) withdrawn; the answers already given are kept.")
    }

    // MARK: Scale

    private func scalePage(
        _ context: AppRequestContext, lowest: Int, descriptors: [String], problems: [FieldProblem], notice: String?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        var errors: [String: String] = [:]
        for problem in problems where errors[problem.field] == nil { errors[problem.field] = problem.message }
        let levels = descriptors.enumerated().map { index, descriptor in
            MaturityScaleLevelView(
                value: lowest + index, descriptor: descriptor, fieldID: "level-\(index)",
                error: errors["levels[\(index)].descriptor"] ?? errors["levels[\(index)].value"])
        }
        let model = MaturityScaleViewModel(
            canManage: AccessPolicy.canManageMaturity(as: context.viewer), csrfToken: session.csrfToken,
            lowest: lowest, levels: levels, canRemove: descriptors.count > 0,
            problems: problems.map { problem in
                ProblemLinkView(message: problem.message, fieldID: Self.fieldID(problem.field))
            }, hasProblems: !problems.isEmpty, notice: notice)
        var page = try await chrome.page(
            model, title: (problems.isEmpty ? "" : "Error: ") + "Maturity scale",
            section: "maturity", session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    /// The id of the input a scale problem is about: `levels[2].descriptor` → `level-2`; the list as a whole → the
    /// first level.
    static func fieldID(_ field: String) -> String {
        guard field.hasPrefix("levels["), let close = field.firstIndex(of: "]") else { return "level-0" }
        return "level-" + field[field.index(field.startIndex, offsetBy: 7)..<close]
    }

    private func saveScale(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageMaturity(as: context.viewer) else { throw HTTPError(.forbidden) }
        // Bounded, so adding positions to it can never overflow.
        let lowest = min(max(Int(form["lowest"]) ?? 1, -100), 100)
        var descriptors = form.all("descriptor")
        switch form["action"] {
        case "add":
            descriptors.append("")
            return try await scalePage(context, lowest: lowest, descriptors: descriptors, problems: [], notice: nil)
                .response(from: context)
        case "remove":
            // Only the form changes: nothing is stored until "Save the scale", and the page says so.
            if !descriptors.isEmpty { descriptors.removeLast() }
            return try await scalePage(
                context, lowest: lowest, descriptors: descriptors, problems: [],
                notice: "The highest level was taken off the form below; the scale is unchanged until you save it."
            )
            .response(from: context)
        default:
            let scale = MaturityScale(
                levels: descriptors.enumerated().map {
                    MaturityLevel(value: lowest + $0.offset, descriptor: $0.element)
                })
            do {
                try await maturity.saveScale(scale)
                return Response(status: .seeOther, headers: [.location: "/workspace/maturity/scale?notice=saved"])
            } catch StoreError.conflict(let problems) {
                return try await scalePage(
                    context, lowest: lowest, descriptors: descriptors, problems: problems, notice: nil
                ).response(from: context)
            }
        }
    }
}
