import Foundation
import HTTPTypes
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The respondent's side of a partnership network survey: `GET`/`POST /network-survey/{token}`, reached by the link
/// made for one member organisation, with no sign-in.
///
/// The form lists every other member of the wave: "Do you work with them?", then how often and the six PARTNER trust
/// and value questions, each a 1–4 choice with its words, or blank. It works without script at any width. Answers
/// are stored as ties from the link's member; whoever opens the link answers for that organisation.
struct NetworkSurveyController {
    let programme: any ProgrammeRepository
    let networks: any NetworkRepository
    let renderer: PageRenderer
    let configuration: WebConfiguration
    let time: any TimeSource

    /// The cookie of the form's double-submit token.
    static let cookieName = "threadline_network_csrf"

    /// The questions asked about each partner, in the ties file's column order, with the words shown to respondents.
    static let questions: [(column: String, label: String)] = [
        ("frequency", "How often do you work together?"),
        ("reliability", "How reliable are they: do they do what they say they will?"),
        ("mission", "How much do they support the partnership's mission?"),
        ("openness", "How open are they to discussion?"),
        ("power", "How much power and influence do they bring?"),
        ("involvement", "How involved are they?"),
        ("resources", "How much do they contribute in resources?"),
    ]

    var pages: SurveyPages { SurveyPages(programme: programme, renderer: renderer, configuration: configuration) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("network-survey/:token") { _, context in try await show(context) }
        router.post("network-survey/:token") { request, context in try await submit(request, context) }
    }

    /// What a link opens: a wave and the member answering, or the page that says why not.
    private enum Opened {
        case open(NetworkWave, NetworkMember)
        case refused(Response)
    }

    private func open(_ token: String) async throws -> Opened {
        // A link is a 43-character base64url secret; anything else cannot be one, so skip the look-up.
        guard token.count == 43, let found = try await networks.member(forLink: token) else {
            return .refused(try await refusal(.unknownLink))
        }
        if found.wave.isClosed(at: time.now()), let day = found.wave.closesOn {
            return .refused(try await refusal(.closed(day)))
        }
        if found.answered { return .refused(try await refusal(.alreadyAnswered)) }
        return .open(found.wave, found.member)
    }

    private func show(_ context: AppRequestContext) async throws -> Response {
        let token = context.slug(parameter: "token")
        switch try await open(token) {
        case .refused(let response): return response
        case .open(let wave, let member):
            let csrf = SecretToken.generate()
            var response = try await form(
                wave, member, token: token, csrf: csrf, values: nil, problems: [], status: .ok)
            response.setCookie(cookie(csrf, token: token, maxAge: 4 * 3600))
            return response
        }
    }

    private func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let token = context.slug(parameter: "token")
        let wave: NetworkWave
        let member: NetworkMember
        switch try await open(token) {
        case .refused(let response): return response
        case .open(let foundWave, let foundMember): (wave, member) = (foundWave, foundMember)
        }
        let form = try await FormData.read(from: request, context: context)
        let formToken = request.cookies[Self.cookieName]?.value ?? ""
        guard !formToken.isEmpty, SecretToken.constantTimeEquals(form[CSRFProtection.fieldName], formToken) else {
            // The form's token is missing or out of date (a form left open for hours). Nothing is stored, but the
            // answers come back with a fresh token so a respondent loses nothing they typed.
            let fresh = SecretToken.generate()
            var response = try await self.form(
                wave, member, token: token, csrf: fresh, values: form,
                problems: [
                    FieldProblem(
                        field: "survey-form",
                        message: "The form had expired, so nothing was saved. Check your answers and send them again.")
                ], status: .forbidden)
            response.setCookie(cookie(fresh, token: token, maxAge: 4 * 3600))
            return response
        }
        let partners = try await networks.graph(of: wave.id).members.filter { $0.key != member.key }
        var (ties, problems) = Self.ties(from: form, member: member, partners: partners)
        if problems.isEmpty {
            do {
                // Respondents are not signed in, and not identified in the audit trail either.
                try await AuditActor.$current.withValue(.surveyLink) {
                    try await networks.recordResponse(ties, link: token, now: time.now())
                }
                var thanks = try await pages.message(
                    "Thank you",
                    "The answers for \(member.name) have been recorded: \(Self.counted(ties.count)). "
                        + "You can close this page.", status: .ok)
                thanks.setCookie(cookie("", token: token, maxAge: 0))
                return thanks
            } catch let error as NetworkLinkError {
                guard case .invalidAnswers(let found) = error else { return try await refusal(error) }
                problems = found.map { FieldProblem(field: "survey-form", message: $0.message) }
                ties = []
            }
        }
        return try await self.form(
            wave, member, token: token, csrf: formToken, values: form, problems: problems,
            status: .unprocessableContent)
    }

    /// A member's key as it appears in the form's field names: its UTF-8 bytes in hex. A key may hold any character
    /// but a control character; hex keeps dots, spaces and quotes out of the names, so every key survives the post.
    static func fieldKey(_ key: String) -> String {
        key.utf8.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The key a field name's hex stands for, or `nil` when it is not hex of UTF-8 text.
    static func key(fromField field: String) -> String? {
        guard field.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        var index = field.startIndex
        while index < field.endIndex {
            let next = field.index(index, offsetBy: 2)
            guard let byte = UInt8(field[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func counted(_ ties: Int) -> String {
        ties == 0 ? "you work with none of the other members" : "you work with \(ties) of them"
    }

    /// The ties a posted form gives, or every problem with it (each naming the fieldset or select it is about).
    static func ties(
        from form: FormData, member: NetworkMember, partners: [NetworkMember]
    ) -> ([NetworkTie], [FieldProblem]) {
        var ties: [NetworkTie] = []
        var problems: [FieldProblem] = []
        let known = Set(partners.map(\.key))
        // A field about an organisation that is not in the wave (an old form, or a crafted post) is refused.
        let knownFields = Set(known.map(Self.fieldKey))
        for name in form.values.keys.sorted() where name.hasPrefix("connected.") {
            let field = String(name.dropFirst("connected.".count))
            if !knownFields.contains(field) {
                let key = Self.key(fromField: field) ?? field
                problems.append(
                    FieldProblem(field: "survey-form", message: "There is no organisation “\(key)” in this survey."))
            }
        }
        for (index, partner) in partners.enumerated() {
            let field = Self.fieldKey(partner.key)
            switch form["connected.\(field)"] {
            case "no":
                continue
            case "yes":
                var tie = NetworkTie(from: member.key, to: partner.key)
                for question in questions {
                    let text = form["\(question.column).\(field)"].trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { continue }
                    guard let value = Int(text), NetworkScale.ratings.contains(value) else {
                        problems.append(
                            FieldProblem(
                                field: "partner-\(index)-\(question.column)",
                                message: "“\(partner.name)”: choose an answer from the list for “\(question.label)”."))
                        continue
                    }
                    tie.set(question.column, to: value)
                }
                ties.append(tie)
            default:
                problems.append(
                    FieldProblem(
                        field: "partner-\(index)", message: "Say whether you work with “\(partner.name)”: yes or no."))
            }
        }
        return (ties, problems)
    }

    // MARK: Pages

    private func form(
        _ wave: NetworkWave, _ member: NetworkMember, token: String, csrf: String, values: FormData?,
        problems: [FieldProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let partners = try await networks.graph(of: wave.id).members.filter { $0.key != member.key }
        var errors: [String: String] = [:]
        for problem in problems where errors[problem.field] == nil { errors[problem.field] = problem.message }
        let views = partners.enumerated().map { index, partner in
            let field = Self.fieldKey(partner.key)
            let connected = values?["connected.\(field)"] ?? ""
            let questions = Self.questions.map { question in
                let chosen = values?["\(question.column).\(field)"] ?? ""
                let words = question.column == "frequency" ? NetworkScale.frequencyLabels : NetworkScale.ratingLabels
                let id = "partner-\(index)-\(question.column)"
                return NetworkSurveyQuestionView(
                    id: id, name: "\(question.column).\(field)", label: question.label, partnerName: partner.name,
                    options: [OptionView(value: "", label: "Choose, or leave blank", isSelected: chosen.isEmpty)]
                        + words.enumerated().map { offset, word in
                            OptionView(
                                value: String(offset + 1), label: "\(offset + 1) — \(word)",
                                isSelected: chosen == String(offset + 1))
                        },
                    hasQuestionError: errors[id] != nil, questionErrorText: errors[id] ?? "",
                    questionErrorID: "\(id)-error")
            }
            let sector = [partner.sector, partner.type].filter { !$0.isEmpty }.joined(separator: " · ")
            return NetworkSurveyPartnerView(
                fieldsetID: "partner-\(index)", legend: partner.name, sectorText: sector.isEmpty ? nil : sector,
                connectedName: "connected.\(field)", yesID: "partner-\(index)-yes", noID: "partner-\(index)-no",
                isYes: connected == "yes", isNo: connected == "no", questions: questions,
                detailsID: "partner-\(index)-details", hasError: errors["partner-\(index)"] != nil,
                errorText: errors["partner-\(index)"] ?? "", errorID: "partner-\(index)-error")
        }
        let model = NetworkSurveyFormViewModel(
            heading: "Who does \(member.name) work with?", waveName: wave.name, memberName: member.name,
            closesText: wave.closesOn.map { "The survey closes at the end of \($0.displayText)." },
            action: "/network-survey/\(token)", csrfToken: csrf, partners: views,
            problems: problems.map { ProblemLinkView(message: $0.message, fieldID: $0.field) },
            hasProblems: !problems.isEmpty,
            frequencyHelp: Self.scaleText(NetworkScale.frequencyLabels),
            ratingHelp: Self.scaleText(NetworkScale.ratingLabels))
        let title = (problems.isEmpty ? "" : "Error: ") + "Partnership survey: \(member.name)"
        return try await pages.page(model, title: title, status: status)
    }

    static func scaleText(_ words: [String]) -> String {
        words.enumerated().map { "\($0.offset + 1) \($0.element.lowercased())" }.joined(separator: "; ")
    }

    private func refusal(_ error: NetworkLinkError) async throws -> Response {
        switch error {
        case .unknownLink:
            return try await pages.message(
                "Survey link not found",
                "This survey link is not known. Check that the whole address was copied, or ask whoever sent it "
                    + "for a new one.", status: .notFound)
        case .closed:
            return try await pages.message("This survey has closed", error.description, status: .gone)
        case .alreadyAnswered:
            return try await pages.message(
                "Already answered",
                "Answers for your organisation have already been recorded through this link. If something needs "
                    + "correcting, tell whoever sent it.", status: .conflict)
        case .invalidAnswers:
            return try await pages.message(
                "The answers could not be recorded", error.description, status: .unprocessableContent)
        }
    }

    private func cookie(_ value: String, token: String, maxAge: Int) -> Cookie {
        pages.cookie(named: Self.cookieName, value, path: "/network-survey/\(token)", maxAge: maxAge)
    }
}
