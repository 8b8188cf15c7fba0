import Foundation
import HTTPTypes
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The respondent's side of the maturity survey: `GET`/`POST /survey/{token}`, reached by a link and no sign-in.
///
/// The page names the place and year, asks for a role, and has one fieldset per enabler with the scale's levels as
/// radio buttons, "Don't know / prefer not to say" and a comment box; it works without script at any width. The
/// form is protected by a double-submit cookie scoped to the link's own path. Nothing a respondent sees comes from
/// anyone else's answers.
struct MaturitySurveyController {
    let programme: any ProgrammeRepository
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let maturity: any MaturityRepository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    let time: any TimeSource
    let ids: any IDGenerator

    /// Page rendering and cookies shared with the network survey.
    var pages: SurveyPages { SurveyPages(programme: programme, renderer: renderer, configuration: configuration) }

    /// The cookie of the form's double-submit token.
    static let cookieName = "threadline_survey_csrf"
    /// The value of the "Don't know / prefer not to say" choice.
    static let dontKnow = "dont-know"

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("survey/:token") { _, context in try await show(context) }
        router.post("survey/:token") { request, context in try await submit(request, context) }
    }

    /// A link's state when a respondent opens or posts it.
    private enum Opened {
        /// The survey may be answered.
        case open(MaturitySurvey)
        /// It may not; send this page instead.
        case refused(Response)
    }

    /// The link's survey when it may be answered now, or the refusal page to send instead.
    private func openSurvey(_ token: String) async throws -> Opened {
        // A link is a 43-character base64url secret; anything else cannot be one, so skip the look-up.
        guard token.count == 43, let found = try await maturity.survey(forLink: token) else {
            return .refused(
                try await message(
                    "Survey link not found",
                    "This survey link is not known. Check that the whole address was copied, or ask whoever sent it "
                        + "for a new one.", status: .notFound))
        }
        if found.survey.isClosed(at: time.now()), let day = found.survey.closesOn {
            return .refused(try await refusal(.closed(day)))
        }
        if found.used, !found.survey.allowsRepeatAnswers {
            return .refused(try await refusal(.alreadyUsed))
        }
        return .open(found.survey)
    }

    private func show(_ context: AppRequestContext) async throws -> Response {
        let token = context.slug(parameter: "token")
        switch try await openSurvey(token) {
        case .refused(let response): return response
        case .open(let survey):
            let csrf = SecretToken.generate()
            var response = try await form(
                survey, token: token, csrf: csrf, values: nil, problems: [], status: .ok)
            response.setCookie(cookie(csrf, token: token, maxAge: 4 * 3600))
            return response
        }
    }

    private func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let token = context.slug(parameter: "token")
        let survey: MaturitySurvey
        switch try await openSurvey(token) {
        case .refused(let response): return response
        case .open(let found): survey = found
        }
        let form = try await FormData.read(from: request, context: context)
        let formToken = request.cookies[Self.cookieName]?.value ?? ""
        guard !formToken.isEmpty, SecretToken.constantTimeEquals(form[CSRFProtection.fieldName], formToken) else {
            throw HTTPError(.forbidden, message: "The survey form's security token is missing or out of date.")
        }
        // Respondents rate the enablers the public may see; a draft enabler is not theirs to rate yet.
        let enablers = try await enablers.all(ContentQuery(status: .published)).sorted { $0.number < $1.number }
        let scale = try await maturity.scale()
        var problems: [FieldProblem] = []
        var answers: [MaturityAnswer] = []
        let known = Set(enablers.map(\.id.description))
        // A field for an enabler that does not exist (an old form, or a crafted post) is refused, never ignored.
        for name in form.values.keys.sorted() where name.hasPrefix("level.") {
            let id = String(name.dropFirst("level.".count))
            if !known.contains(id) {
                problems.append(
                    FieldProblem(field: "survey-form", message: "There is no system enabler “\(id)” in this survey."))
            }
        }
        for enabler in enablers {
            let field = "enabler-\(enabler.id)"
            let chosen = form["level.\(enabler.id)"]
            let comment = form["comment.\(enabler.id)"].trimmingCharacters(in: .whitespacesAndNewlines)
            if chosen.isEmpty {
                problems.append(
                    FieldProblem(
                        field: field,
                        message: "“\(enabler.name)”: choose a level, or “Don't know / prefer not to say”."))
            } else if chosen == Self.dontKnow {
                answers.append(MaturityAnswer(enablerID: enabler.id, level: nil, comment: comment))
            } else if let level = Int(chosen) {
                answers.append(MaturityAnswer(enablerID: enabler.id, level: level, comment: comment))
            } else {
                problems.append(
                    FieldProblem(
                        field: field,
                        message: "“\(enabler.name)”: “\(chosen)” is not on the scale (\(scale.rangeText))."
                    ))
            }
        }
        let response = MaturityResponse(
            id: ids.next(), surveyID: survey.id, role: form["role"], submittedAt: time.now(), origin: .form,
            answers: answers)
        let names = Dictionary(enablers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        problems += response.problems(scale: scale, enablerNames: names)
        if problems.isEmpty {
            do {
                // Respondents are not signed in, and not identified in the audit trail either.
                try await AuditActor.$current.withValue(.surveyLink) {
                    try await maturity.recordResponse(response, link: token, now: time.now())
                }
                let place = try await placeName(survey)
                var thanks = try await message(
                    "Thank you",
                    "Your answers about \(place) in \(survey.year) have been recorded. "
                        + "You can close this page.", status: .ok)
                thanks.setCookie(cookie("", token: token, maxAge: 0))
                return thanks
            } catch let error as MaturityLinkError {
                guard case .invalidAnswers(let found) = error else { return try await refusal(error) }
                problems = found
            }
        }
        return try await self.form(
            survey, token: token, csrf: formToken, values: form, problems: problems, status: .unprocessableContent)
    }

    // MARK: Pages

    private func placeName(_ survey: MaturitySurvey) async throws -> String {
        try await places.get(survey.placeID)?.name ?? "your place"
    }

    private func form(
        _ survey: MaturitySurvey, token: String, csrf: String, values: FormData?, problems: [FieldProblem],
        status: HTTPResponse.Status
    ) async throws -> Response {
        // Respondents rate the enablers the public may see; a draft enabler is not theirs to rate yet.
        let enablers = try await enablers.all(ContentQuery(status: .published)).sorted { $0.number < $1.number }
        let scale = try await maturity.scale()
        let place = try await placeName(survey)
        var errors: [String: String] = [:]
        for problem in problems where errors[problem.field] == nil { errors[problem.field] = problem.message }
        let views = enablers.map { enabler in
            let id = enabler.id.description
            let chosen = values?["level.\(id)"] ?? ""
            let choices =
                scale.levels.map { level in
                    SurveyChoiceView(
                        id: "level-\(id)-\(level.value)", value: String(level.value),
                        label: "\(level.value) — \(level.descriptor)", isChecked: chosen == String(level.value))
                }
                + [
                    SurveyChoiceView(
                        id: "level-\(id)-dont-know", value: Self.dontKnow, label: "Don't know / prefer not to say",
                        isChecked: chosen == Self.dontKnow)
                ]
            return SurveyEnablerView(
                fieldsetID: "enabler-\(id)", legend: "\(enabler.number). \(enabler.name)",
                summary: renderer.excerpt(enabler.summary).nonBlank, inputName: "level.\(id)", choices: choices,
                commentName: "comment.\(id)", commentID: "comment-\(id)", comment: values?["comment.\(id)"] ?? "",
                error: errors["enabler-\(id)"], errorID: "enabler-\(id)-error")
        }
        let model = SurveyFormViewModel(
            heading: "How established is each system enabler in \(place)?", placeName: place, year: survey.year,
            closesText: survey.closesOn.map { "The survey closes at the end of \($0.displayText)." },
            action: "/survey/\(token)", csrfToken: csrf, role: values?["role"] ?? "", roleError: errors["role"],
            enablers: views,
            problems: problems.map { ProblemLinkView(message: $0.message, fieldID: $0.field) },
            hasProblems: !problems.isEmpty)
        let title = (problems.isEmpty ? "" : "Error: ") + "Maturity survey: \(place), \(survey.year)"
        return try await page(model, title: title, status: status)
    }

    private func refusal(_ error: MaturityLinkError) async throws -> Response {
        switch error {
        case .unknownLink:
            return try await message("Survey link not found", error.description, status: .notFound)
        case .closed:
            return try await message("This survey has closed", error.description, status: .gone)
        case .alreadyUsed:
            return try await message(
                "This link has been used",
                "Answers have already been given through this link, and each link takes one set of answers. "
                    + "If you have not answered yet, ask whoever sent it for a link of your own.", status: .conflict)
        case .invalidAnswers:
            return try await message(
                "The answers could not be recorded", error.description, status: .unprocessableContent)
        }
    }

    private func message(_ heading: String, _ text: String, status: HTTPResponse.Status) async throws -> Response {
        try await pages.message(heading, text, status: status)
    }

    private func page(_ model: some PageModel, title: String, status: HTTPResponse.Status) async throws
        -> Response
    {
        try await pages.page(model, title: title, status: status)
    }

    private func cookie(_ value: String, token: String, maxAge: Int) -> Cookie {
        pages.cookie(named: Self.cookieName, value, path: "/survey/\(token)", maxAge: maxAge)
    }
}
