import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The workspace pages that are not about one kind of content: sign-in and sign-out, the dashboard,
/// the programme's description, API tokens and (for admins) users.
struct WorkspaceController: Sendable {
    let programme: any ProgrammeRepository
    let enablers: any ContentRepository<Enabler>
    let learningAreas: any ContentRepository<LearningArea>
    let places: any ContentRepository<Place>
    let milestones: any ContentRepository<Milestone>
    let organisations: any ContentRepository<Organisation>
    let stories: any ContentRepository<Story>
    let caseStudies: any ContentRepository<CaseStudy>
    let newsPosts: any ContentRepository<NewsPost>
    let users: any UserRepository
    let sessions: any SessionRepository
    let apiTokens: any APITokenRepository
    let loginThrottle: any LoginThrottle
    let chrome: WorkspaceChrome
    let renderer: PageRenderer
    let time: any TimeSource
    let ids: any IDGenerator
    let configuration: WebConfiguration

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("login") { request, context in try await loginForm(request, context, email: "", error: nil) }
        group.post("login") { request, context in try await login(request, context) }
        group.post("logout") { request, context in try await logout(request, context) }
        group.get("") { _, context in try await dashboard(context) }
        group.get("programme") { request, context in
            try await programmeForm(
                context, values: nil, problems: [],
                notice: request.uri.queryParameters.get("notice") == "saved"
                    ? "The programme's details were saved." : nil)
        }
        group.post("programme") { request, context in try await saveProgramme(request, context) }
        group.get("tokens") { request, context in
            try await tokens(
                context, secret: nil, error: nil,
                notice: request.uri.queryParameters.get("notice") == "revoked"
                    ? "The token was revoked: a program using it can no longer reach the API." : nil)
        }
        group.post("tokens") { request, context in try await createToken(request, context) }
        group.post("tokens/:id/delete") { request, context in try await deleteToken(request, context) }
        group.get("users") { _, context in try await users(context, notice: nil, error: nil, form: nil) }
        group.post("users") { request, context in try await addUser(request, context) }
        group.post("users/:id/places") { request, context in try await setUserPlaces(request, context) }
    }

    // MARK: Signing in and out

    private func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.usesHTTPS, httpOnly: true,
            sameSite: .lax
        )
    }

    private func loginForm(
        _ request: Request, _ context: AppRequestContext, email: String, error: String?,
        status: HTTPResponse.Status = .ok, next posted: String? = nil
    )
        async throws -> Response
    {
        let token = SecretToken.generate()
        // A failed attempt keeps the page the person was going back to (it came in the form, not the address).
        let next = Self.safeNext(posted ?? request.uri.queryParameters.get("next") ?? "/workspace")
        let signedOut = posted == nil && request.uri.queryParameters.get("signed-out") == "1"
        let programme = try await programme.get()
        let layout = LayoutModel(
            title: error == nil ? "Sign in" : "Error: Sign in", programmeName: programme.name,
            language: programme.language,
            isWorkspace: true
        )
        let html = renderer.page(
            LoginViewModel(
                email: email, csrfToken: token, error: error, next: next,
                notice: signedOut
                    ? "You were signed out, so what you sent was not saved. What you typed is kept in this browser: "
                        + "sign in and you will be back at the form with it." : nil),
            layout: layout)
        var response = try HTMLPage(html, status: status).response(from: context)
        response.setCookie(cookie(CSRFProtection.loginCookieName, token, maxAge: 3600))
        return response
    }

    /// Only paths inside the workspace are followed after signing in, so the sign-in page cannot be used
    /// to send people to another site.
    static func safeNext(_ next: String) -> String {
        guard next.hasPrefix("/workspace"), !next.hasPrefix("//"), !next.contains("\\") else { return "/workspace" }
        return next
    }

    private func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(from: request, context: context)
        try CSRFProtection.verifyLogin(form, request: request)
        let email = form["email"].trimmingCharacters(in: .whitespaces).lowercased()
        let now = time.now()
        let wait = try await loginThrottle.admit(email, now: now)
        if wait > 0 {
            let minutes = Int((wait / 60).rounded(.up))
            return try await loginForm(
                request, context, email: email,
                error:
                    "Too many failed attempts for this email. Try again in \(minutes) minute\(minutes == 1 ? "" : "s").",
                status: .tooManyRequests, next: form["next"]
            )
        }
        guard let user = try await users.authenticate(email: email, password: form["password"]) else {
            // `admit` has already counted this attempt as a failure; the trail records it with the email tried.
            try await loginThrottle.signInFailed(email)
            return try await loginForm(
                request, context, email: email, error: "The email or the password is not right.", status: .unauthorized,
                next: form["next"]
            )
        }
        try await loginThrottle.reset(for: email)
        // A new session every time, and any session this browser already had ends here: a session token planted
        // before sign-in (or left from another account) never becomes a signed-in one.
        if let previous = request.cookies[AuthenticationMiddleware.cookieName]?.value, !previous.isEmpty {
            try await sessions.delete(token: previous)
        }
        // Signing in is rare enough to be the moment to clear out sessions that have run out.
        try await sessions.deleteExpired(now: now)
        let lifetime = configuration.sessionLifetimeHours * 3600
        let (token, _) = try await sessions.create(for: user, now: now, lifetime: lifetime)
        var response = Response(status: .seeOther, headers: [.location: Self.safeNext(form["next"])])
        response.setCookie(cookie(AuthenticationMiddleware.cookieName, token, maxAge: Int(lifetime)))
        response.setCookie(cookie(CSRFProtection.loginCookieName, "", maxAge: 0))
        return response
    }

    private func logout(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await context.verifiedForm(request)
        if let token = request.cookies[AuthenticationMiddleware.cookieName]?.value {
            try await sessions.delete(token: token)
        }
        var response = Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(cookie(AuthenticationMiddleware.cookieName, "", maxAge: 0))
        return response
    }

    // MARK: Dashboard and programme

    private func dashboard(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        func count<E: ContentEntity>(_ repository: any ContentRepository<E>) async throws -> DashboardViewModel.Count {
            let all = try await repository.list(ContentQuery(limit: 1)).total
            let drafts = try await repository.list(ContentQuery(status: .draft, limit: 1)).total
            return .init(
                label: E.kind.pluralName.capitalizedFirst, url: "/workspace/\(E.kind.pathSegment)", total: all,
                drafts: drafts)
        }
        let counts = [
            try await count(enablers), try await count(learningAreas), try await count(places),
            try await count(milestones), try await count(organisations), try await count(stories),
            try await count(caseStudies), try await count(newsPosts),
        ]
        let model = DashboardViewModel(
            userName: session.user.displayName.nonBlank ?? session.user.email, role: session.user.role.rawValue,
            counts: counts, groups: WorkspaceNavigation.groups(isAdmin: session.user.role == .admin)
        )
        return try await chrome.page(model, title: "Workspace", section: "dashboard", session: session)
    }

    private func programmeForm(
        _ context: AppRequestContext, values: [String: [String]]?, problems: [FieldProblem], notice: String? = nil
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canEditProgramme(as: context.viewer) else { throw HTTPError(.forbidden) }
        let programme = try await programme.get()
        let current =
            values ?? [
                "name": [programme.name], "tagline": [programme.tagline], "about": [programme.about],
                "language": [programme.language],
            ]
        let fields = Programme.schema.map { spec in
            FormFieldView(spec: spec, values: current[spec.key] ?? [], problems: problems)
        }
        let model = EntityFormViewModel(
            heading: "The programme", action: "/workspace/programme", csrfToken: session.csrfToken, fields: fields,
            problems: problems.map { ProblemView(fieldID: "field-\($0.field)", message: $0.message) },
            hasProblems: !problems.isEmpty, previews: [], hasPreviews: false, status: nil, publicURL: "/",
            listURL: "/workspace", listName: "Dashboard", actions: [], hasActions: false, notice: notice
        )
        var page = try await chrome.page(
            model, title: "The programme", section: "programme", session: session)
        page.status = problems.isEmpty ? .ok : .unprocessableContent
        return page
    }

    private func saveProgramme(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canEditProgramme(as: context.viewer) else { throw HTTPError(.forbidden) }
        let programme = Programme(
            name: form["name"].trimmingCharacters(in: .whitespaces),
            tagline: form["tagline"].trimmingCharacters(in: .whitespaces),
            about: form["about"].replacingOccurrences(of: "\r\n", with: "\n"),
            language: form["language"].trimmingCharacters(in: .whitespaces)
        )
        let problems = programme.validationProblems()
        guard problems.isEmpty else {
            return try await programmeForm(context, values: form.values, problems: problems).response(from: context)
        }
        try await self.programme.save(programme)
        return Response(status: .seeOther, headers: [.location: "/workspace/programme?notice=saved"])
    }

    // MARK: API tokens

    private func tokens(_ context: AppRequestContext, secret: String?, error: String?, notice: String? = nil)
        async throws -> HTMLPage
    {
        let session = try context.requireSession()
        let rows = try await apiTokens.list(for: session.user.id).map {
            TokensViewModel.Row(
                id: $0.id.description, name: $0.name, created: DateText.display($0.createdAt), lastUsed: nil)
        }
        let model = TokensViewModel(
            csrfToken: session.csrfToken, tokens: rows, hasTokens: !rows.isEmpty, newSecret: secret, error: error,
            notice: notice)
        return try await chrome.page(model, title: "API tokens", section: "tokens", session: session)
    }

    private func createToken(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (session, form) = try await context.verifiedForm(request)
        do {
            let (_, secret) = try await apiTokens.create(
                for: session.user.id, name: form["name"], now: time.now())
            return try await tokens(context, secret: secret, error: nil)
        } catch let error as ValidationError {
            var page = try await tokens(
                context, secret: nil, error: error.problems.map(\.message).joined(separator: " "))
            page.status = .unprocessableContent
            return page
        }
    }

    private func deleteToken(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard let id = EntityID<APIToken>(context.slug(parameter: "id")) else { throw HTTPError(.notFound) }
        // Revoking asks first (a ticked box, which works without scripts): a program using the token stops at once.
        guard form["confirm"] == "yes" else {
            throw HTTPError(
                .badRequest, message: "Tick “I am sure” beside the token to revoke it. Nothing was revoked.")
        }
        try await apiTokens.delete(id, of: session.user.id)
        return Response(status: .seeOther, headers: [.location: "/workspace/tokens?notice=revoked"])
    }

    // MARK: Users

    func users(_ context: AppRequestContext, notice: String?, error: String?, form: FormData?) async throws
        -> HTMLPage
    {
        let session = try context.requireSession()
        guard AccessPolicy.canManageUsers(as: context.viewer) else { throw HTTPError(.forbidden) }
        let places = try await places.all().sorted { $0.name.lowercased() < $1.name.lowercased() }
        var rows: [UsersViewModel.Row] = []
        var placeForms: [UsersViewModel.PlacesForm] = []
        for user in try await users.all() {
            let assigned = try await users.places(of: user.id)
            rows.append(
                UsersViewModel.Row(
                    email: user.email, name: user.displayName, role: user.role.rawValue,
                    places: Self.placesText(assigned, of: user, among: places)))
            if user.role == .contributor {
                placeForms.append(Self.placesForm(for: user, assigned: assigned, among: places))
            }
        }
        let chosen = form?["role"] ?? Role.contributor.rawValue
        let model = UsersViewModel(
            csrfToken: session.csrfToken, users: rows, placeForms: placeForms, hasPlaceForms: !placeForms.isEmpty,
            error: error, notice: notice, email: form?["email"] ?? "",
            displayName: form?["display_name"] ?? "",
            roles: Role.allCases.map {
                OptionView(
                    value: $0.rawValue, label: $0.rawValue.capitalizedFirst, isSelected: $0.rawValue == chosen,
                    id: "role-\($0.rawValue)")
            }
        )
        var page = try await chrome.page(model, title: "Users", section: "users", session: session)
        page.status = error == nil ? .ok : .unprocessableContent
        return page
    }

    private func addUser(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canManageUsers(as: context.viewer) else { throw HTTPError(.forbidden) }
        guard let role = Role(rawValue: form["role"]) else {
            return try await users(context, notice: nil, error: "Choose a role.", form: form)
        }
        let email = form["email"].trimmingCharacters(in: .whitespaces).lowercased()
        let user = User(
            id: ids.next(), email: email, displayName: form["display_name"], role: role, createdAt: time.now())
        do {
            try await users.create(user, password: form["password"])
        } catch let error as ValidationError {
            return try await users(
                context, notice: nil, error: error.problems.map(\.message).joined(separator: " "), form: form)
        } catch StoreError.conflict(let problems) {
            return try await users(
                context, notice: nil, error: problems.map(\.message).joined(separator: " "), form: form)
        }
        return try await users(context, notice: "Added \(email).", error: nil, form: nil)
    }
}
