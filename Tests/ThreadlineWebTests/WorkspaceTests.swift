import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Workspace")
struct WorkspaceTests {
    /// The fields of a valid new story in Stockport, as the workspace form posts them.
    static func storyForm(
        title: String = "Walking groups take over the park", slug: String = "walking-groups-take-over-the-park",
        placeID: Place.ID, organisationIDs: [Organisation.ID] = [], intent: String = "save"
    ) -> [(String, String)] {
        [
            ("title", title), ("slug", slug), ("summary", "Neighbours walk together every Tuesday."),
            ("body", "It started with **three** people.\r\n\r\n- Tuesdays\r\n- Thursdays"),
            ("place_id", placeID.description),
            ("enabler_id", ""), ("credit", "The walking group"),
        ] + organisationIDs.map { ("organisation_ids", $0.description) } + [("intent", intent)]
    }

    /// The ID in a `/workspace/stories/{id}?notice=created` (or `saved`) redirect.
    static func savedID(_ response: TestResponse) throws -> Story.ID {
        let location = try #require(response.location)
        #expect(location.hasPrefix("/workspace/stories/"))
        #expect(location.hasSuffix("?notice=created") || location.hasSuffix("?notice=saved"))
        let text = location.dropFirst("/workspace/stories/".count).prefix { $0 != "?" }
        return try #require(Story.ID(String(text)), "no story ID in \(location)")
    }

    // MARK: Signing in

    @Test("Anonymous visitors are sent to the sign-in page, remembering where they were going")
    func anonymousIsRedirected() async throws {
        try await withApp { hub, client in
            let dashboard = try await client.execute(uri: "/workspace", method: .get)
            #expect(dashboard.status == .seeOther)
            #expect(dashboard.location == "/workspace/login?next=/workspace")

            let form = try await client.execute(uri: "/workspace/stories/new", method: .get)
            #expect(form.status == .seeOther)
            #expect(form.location == "/workspace/login?next=/workspace/stories/new")

            let before = try await hub.store.contentCount()
            let post = try await client.execute(
                uri: "/workspace/stories/new", method: .post,
                headers: headers(contentType: "application/x-www-form-urlencoded"),
                body: ByteBuffer(string: "title=Sneaky&slug=sneaky&body=x"))
            #expect(post.status == .seeOther)
            #expect(post.location == "/workspace/login?next=/workspace&signed-out=1")
            #expect(try await hub.store.contentCount() == before)
        }
    }

    @Test("A form sent after the sign-in ran out leads, through signing in, back to the page the form was on")
    func signedOutFormReturnsToItsPage() async throws {
        try await withApp { hub, client in
            var headers = headers(contentType: "application/x-www-form-urlencoded")
            headers[.referer] = "http://127.0.0.1:8080/workspace/stories/new"
            let post = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: headers,
                body: ByteBuffer(string: "title=Typed&slug=typed&body=x"))
            #expect(post.status == .seeOther)
            #expect(post.location == "/workspace/login?next=/workspace/stories/new&signed-out=1")
            let login = try await client.execute(uri: try #require(post.location), method: .get)
            #expect(login.text.contains("<p class=\"notice\" role=\"status\">You were signed out"))
            #expect(HTTPTestText.inputValue(named: "next", in: login.text) == "/workspace/stories/new")
            // A page outside the workspace, or the sign-in page itself, is never where signing in leads.
            for referer in ["https://elsewhere.example/workspace/x", "http://127.0.0.1/stories/a", "/workspace/login"] {
                headers[.referer] = referer
                let other = try await client.execute(
                    uri: "/workspace/stories/new", method: .post, headers: headers, body: ByteBuffer(string: "title=T"))
                let next = other.location ?? ""
                #expect(
                    next == "/workspace/login?next=/workspace&signed-out=1"
                        || next == "/workspace/login?next=/workspace/x&signed-out=1", "\(referer) → \(next)")
            }
            // A failed sign-in keeps where it was going.
            let form = try await WorkspaceSignIn.loginForm(client)
            let failed = try await client.execute(
                uri: "/workspace/login", method: .post, headers: form.headers,
                body: form.body(email: hub.editor.email, password: "wrong", next: "/workspace/stories/new"))
            #expect(failed.status == .unauthorized)
            #expect(HTTPTestText.inputValue(named: "next", in: failed.text) == "/workspace/stories/new")
        }
    }

    @Test("A form whose security token ran out says so, keeps the data as it was, and links back to its page")
    func staleTokenSaysWhatHappened() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let before = try await hub.store.contentCount()
            var headers = session.formHeaders
            headers[.referer] = "http://127.0.0.1:8080/workspace/stories/new"
            let response = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: headers,
                body: ByteBuffer(string: "csrf_token=stale&title=Typed&slug=typed&body=x"))
            #expect(response.status == .forbidden)
            #expect(response.text.contains("<h1>This form was open too long</h1>"))
            #expect(response.text.contains("What you typed is kept in this browser"))
            #expect(response.text.contains("<a href=\"/workspace/stories/new\">Back to the form</a>"))
            #expect(!response.text.contains("Your account cannot do this"))
            #expect(try await hub.store.contentCount() == before)
        }
    }

    @Test("Signing in sets an HttpOnly, SameSite=Lax session cookie that opens the workspace")
    func signInSetsSessionCookie() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/workspace/login?next=/workspace/stories", method: .get)
            #expect(page.status == .ok)
            let loginCookie = try #require(page.cookies["threadline_login_csrf"])
            #expect(loginCookie.isHttpOnly)
            #expect(loginCookie.sameSite?.lowercased() == "lax")
            #expect(HTTPTestText.inputValue(named: "csrf_token", in: page.text) == loginCookie.value)
            #expect(HTTPTestText.inputValue(named: "next", in: page.text) == "/workspace/stories")

            let login = try await WorkspaceSignIn.loginForm(client)
            let response = try await client.execute(
                uri: "/workspace/login", method: .post, headers: login.headers,
                body: login.body(email: hub.editor.email, password: TestHub.password, next: "/workspace/stories"))
            #expect(response.status == .seeOther)
            #expect(response.location == "/workspace/stories")
            let session = try #require(response.cookies["threadline_session"])
            #expect(!session.value.isEmpty)
            #expect(session.isHttpOnly)
            #expect(session.sameSite?.lowercased() == "lax")
            #expect(session.attributes["path"] == "/")
            #expect(session.attributes["secure"] != nil, "the base URL is https, so the cookie is Secure")
            #expect(session.maxAge == 12 * 3600)
            #expect(response.cookies["threadline_login_csrf"]?.maxAge == 0, "the sign-in token is spent")

            let resolved = try await hub.store.sessions.resolve(token: session.value, now: TestHub.now)
            #expect(resolved?.user.id == hub.editor.id)

            let workspace = try await client.execute(
                uri: "/workspace", method: .get, headers: headers(cookie: session.requestHeader))
            #expect(workspace.status == .ok)
            #expect(workspace.text.contains("Signed in as Test editor"))
            #expect(HTTPTestText.inputValue(named: "csrf_token", in: workspace.text) == resolved?.csrfToken)
        }
    }

    @Test(
        "After signing in, only workspace addresses are followed",
        arguments: [
            ("/workspace/places", "/workspace/places"), ("https://evil.example/", "/workspace"),
            ("//evil.example/workspace", "/workspace"), ("/workspace\\..\\..\\evil", "/workspace"),
        ])
    func signInNext(next: String, expected: String) async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            let response = try await client.execute(
                uri: "/workspace/login", method: .post, headers: login.headers,
                body: login.body(email: hub.editor.email, password: TestHub.password, next: next))
            #expect(response.status == .seeOther)
            #expect(response.location == expected)
        }
    }

    @Test("A wrong password answers 401 with an error, keeps the email and opens no session")
    func wrongPassword() async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            for email in [hub.editor.email, "nobody@test.threadline"] {
                let response = try await client.execute(
                    uri: "/workspace/login", method: .post, headers: login.headers,
                    body: login.body(email: email, password: "not the password"))
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("The email or the password is not right."))
                #expect(response.text.contains("role=\"alert\""))
                #expect(HTTPTestText.inputValue(named: "email", in: response.text) == email)
                #expect(response.cookies["threadline_session"] == nil)
            }
        }
    }

    @Test("After five failures the sixth attempt is refused with 429, even with the right password")
    func signInIsThrottled() async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            for attempt in 1...5 {
                let response = try await client.execute(
                    uri: "/workspace/login", method: .post, headers: login.headers,
                    body: login.body(email: hub.editor.email, password: "guess \(attempt)"))
                #expect(response.status == .unauthorized, "attempt \(attempt)")
            }
            let sixth = try await client.execute(
                uri: "/workspace/login", method: .post, headers: login.headers,
                body: login.body(email: hub.editor.email, password: TestHub.password))
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.text.contains("Too many failed attempts"))
            #expect(sixth.cookies["threadline_session"] == nil)

            // The email is throttled, not the form: another user still signs in, and case does not dodge it.
            let upper = try await client.execute(
                uri: "/workspace/login", method: .post, headers: login.headers,
                body: login.body(email: hub.editor.email.uppercased(), password: TestHub.password))
            #expect(upper.status == .tooManyRequests)
            _ = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
        }
    }

    @Test("The wait after five failures passes: a second later the right password signs in")
    func throttleWaitPasses() async throws {
        let hub = try await TestHub.make(loadDemo: false)
        try await hub.store.closing {
            try await withRouter(of: hub) { client in
                let login = try await WorkspaceSignIn.loginForm(client)
                for attempt in 1...5 {
                    let response = try await client.execute(
                        uri: "/workspace/login", method: .post, headers: login.headers,
                        body: login.body(email: hub.editor.email, password: "guess \(attempt)"))
                    #expect(response.status == .unauthorized)
                }
            }
            try await withRouter(of: hub, at: TestHub.now.addingTimeInterval(2)) { client in
                let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
                #expect(!session.csrfToken.isEmpty)
            }
        }
    }

    @Test("A session ends when its lifetime is over")
    func sessionExpires() async throws {
        let hub = try await TestHub.make(loadDemo: false)
        try await hub.store.closing {
            let box = SessionBox()
            try await withRouter(of: hub) { client in
                await box.set(try await WorkspaceSignIn.signIn(client, as: hub.editor))
            }
            let session = try #require(await box.session)
            try await withRouter(of: hub, at: TestHub.now.addingTimeInterval(11 * 3600)) { client in
                let response = try await client.execute(uri: "/workspace", method: .get, headers: session.headers)
                #expect(response.status == .ok, "eleven hours in, the session is still open")
            }
            try await withRouter(of: hub, at: TestHub.now.addingTimeInterval(12 * 3600 + 1)) { client in
                let response = try await client.execute(uri: "/workspace", method: .get, headers: session.headers)
                #expect(response.status == .seeOther)
                #expect(response.location == "/workspace/login?next=/workspace")
                let post = try await client.execute(
                    uri: "/workspace/stories/new", method: .post, headers: session.formHeaders,
                    body: session.form([("title", "Late"), ("slug", "late"), ("body", "x")]))
                #expect(post.status == .seeOther)
                #expect(try await hub.store.stories.get(slug: "late") == nil)
            }
        }
    }

    @Test("Four failures cost nothing: the right password still signs in")
    func fewFailuresAreFree() async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            for attempt in 1...4 {
                let response = try await client.execute(
                    uri: "/workspace/login", method: .post, headers: login.headers,
                    body: login.body(email: hub.editor.email, password: "guess \(attempt)"))
                #expect(response.status == .unauthorized)
            }
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            #expect(!session.csrfToken.isEmpty)
        }
    }

    @Test("The sign-in form needs its CSRF cookie and the same value in its field")
    func signInNeedsCSRF() async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            let body = HTTPTestText.form([("email", hub.editor.email), ("password", TestHub.password)])
            let cases: [(cookie: String?, body: String)] = [
                (nil, body),
                (nil, "csrf_token=\(login.csrfToken)&" + body),
                (login.cookieHeader, body),
                (login.cookieHeader, "csrf_token=wrong&" + body),
            ]
            for (cookie, body) in cases {
                let response = try await client.execute(
                    uri: "/workspace/login", method: .post,
                    headers: headers(cookie: cookie, contentType: "application/x-www-form-urlencoded"),
                    body: ByteBuffer(string: body))
                #expect(response.status == .forbidden)
                #expect(response.cookies["threadline_session"] == nil)
            }
        }
    }

    // MARK: CSRF on signed-in forms

    @Test("A workspace POST without the session's CSRF token is refused with 403 and changes nothing")
    func postsNeedCSRF() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let draft = try #require(try await hub.draftStories().first)
            let published = try #require(
                try await hub.store.stories.get(slug: "stockport-closes-its-local-pilot-steering-group"))
            let programme = try await hub.store.programme.get()
            let count = try await hub.store.contentCount()
            let fields = Self.storyForm(placeID: stockport.id)
            let otherSession = try await WorkspaceSignIn.signIn(client, as: hub.admin)

            for token in [nil, "", "wrong-token", otherSession.csrfToken] {
                func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
                    let all = (token.map { [("csrf_token", $0)] } ?? []) + fields
                    return try await client.execute(
                        uri: uri, method: .post, headers: editor.formHeaders,
                        body: ByteBuffer(string: HTTPTestText.form(all)))
                }
                let label = token ?? "no token"
                #expect(try await post("/workspace/stories/new", fields).status == .forbidden, "\(label)")
                #expect(
                    try await post("/workspace/stories/\(draft.id)/publish", []).status == .forbidden, "\(label)")
                #expect(
                    try await post("/workspace/stories/\(published.id)/delete", []).status == .forbidden, "\(label)")
                #expect(
                    try await post("/workspace/stories/\(published.id)", [("title", "Changed")]).status
                        == .forbidden, "\(label)")
                #expect(
                    try await post("/workspace/programme", [("name", "Hijacked"), ("language", "en")]).status
                        == .forbidden, "\(label)")
                #expect(try await post("/workspace/logout", []).status == .forbidden, "\(label)")
            }
            #expect(try await hub.store.contentCount() == count)
            #expect(try await hub.store.stories.get(draft.id)?.status == .draft)
            #expect(try await hub.store.stories.get(published.id) == published)
            #expect(try await hub.store.programme.get() == programme)
            let still = try await client.execute(uri: "/workspace", method: .get, headers: editor.headers)
            #expect(still.status == .ok, "the refused sign-out left the session open")
        }
    }

    // MARK: Creating, publishing and deleting

    @Test("The new-story form offers every field of a story")
    func newStoryForm() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await client.execute(
                uri: "/workspace/stories/new", method: .get, headers: editor.headers)
            #expect(response.status == .ok)
            let html = response.text
            for field in Story.schema.fields {
                #expect(html.contains("name=\"\(field.key)\""), "the form lacks \(field.key)")
            }
            let stockport = try await hub.place("stockport")
            #expect(html.contains("<option value=\"\(stockport.id)\">Stockport</option>"))
            #expect(HTTPTestText.inputValue(named: "csrf_token", in: html) == editor.csrfToken)
            #expect(html.contains("action=\"/workspace/stories/new\""))
        }
    }

    @Test("An editor creates a story through the form, publishes it, and it appears on its place's page")
    func editorCreatesAndPublishes() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let partnership = try #require(try await hub.store.organisations.get(slug: "one-stockport-partnership"))
            let fa = try #require(try await hub.store.organisations.get(slug: "the-fa"))

            let created = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders,
                body: editor.form(Self.storyForm(placeID: stockport.id, organisationIDs: [partnership.id, fa.id])))
            #expect(created.status == .seeOther)
            let id = try Self.savedID(created)
            let story = try #require(try await hub.store.stories.get(id))
            #expect(story.title == "Walking groups take over the park")
            #expect(story.slug == "walking-groups-take-over-the-park")
            #expect(story.summary == "Neighbours walk together every Tuesday.")
            #expect(story.body == "It started with **three** people.\n\n- Tuesdays\n- Thursdays")
            #expect(story.placeID == stockport.id)
            #expect(story.enablerID == nil)
            #expect(Set(story.organisationIDs) == [partnership.id, fa.id])
            #expect(story.credit == "The walking group")
            #expect(story.status == .draft)
            #expect(story.authorID == hub.editor.id)
            #expect(story.createdAt == TestHub.now)

            let hidden = try await client.execute(uri: "/stories/\(story.slug)", method: .get)
            #expect(hidden.status == .notFound, "a new story starts as a draft")

            let edit = try await client.execute(uri: "/workspace/stories/\(id)", method: .get, headers: editor.headers)
            #expect(edit.status == .ok)
            #expect(HTTPTestText.inputValue(named: "title", in: edit.text) == story.title)
            #expect(edit.text.contains("action=\"/workspace/stories/\(id)/publish\""))

            let publish = try await client.execute(
                uri: "/workspace/stories/\(id)/publish", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(publish.status == .seeOther)
            #expect(publish.location == "/workspace/stories/\(id)?notice=published")
            let said = try await client.execute(
                uri: try #require(publish.location), method: .get, headers: editor.headers)
            #expect(
                said.text.contains(
                    "<p class=\"notice\" role=\"status\" data-saved>Published: it is on the public site now.</p>"))
            let published = try #require(try await hub.store.stories.get(id))
            #expect(published.status == .published)
            #expect(published.publishedAt == TestHub.now)

            let place = try await client.execute(uri: "/places/stockport", method: .get)
            #expect(place.text.contains("<a href=\"/stories/walking-groups-take-over-the-park\">"))
            #expect(place.text.contains("Walking groups take over the park"))
            #expect(place.text.contains("The FA"), "an organisation named by the story is now involved")
            let page = try await client.execute(uri: "/stories/walking-groups-take-over-the-park", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<strong>three</strong>"))
            #expect(page.text.contains("Told by The walking group"))
        }
    }

    @Test("An editor edits a story: changed fields are stored, the rest kept")
    func editorEdits() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let original = try #require(
                try await hub.store.stories.get(slug: "wigan-athletics-coach-nominated-for-national-award"))
            var fields = FormCodingMirror.fields(of: original)
            fields = fields.map { $0.0 == "title" ? ("title", "A Wigan coach is nominated") : $0 }
            let response = try await client.execute(
                uri: "/workspace/stories/\(original.id)", method: .post, headers: editor.formHeaders,
                body: editor.form(fields + [("intent", "save")]))
            #expect(response.status == .seeOther)
            let changed = try #require(try await hub.store.stories.get(original.id))
            #expect(changed.title == "A Wigan coach is nominated")
            #expect(changed.body == original.body)
            #expect(changed.organisationIDs == original.organisationIDs)
            #expect(changed.status == .published)
            #expect(changed.publishedAt == original.publishedAt)
            #expect(changed.createdAt == original.createdAt)
            #expect(changed.updatedAt == TestHub.now)
            let page = try await client.execute(uri: "/stories/\(original.slug)", method: .get)
            #expect(page.text.contains("A Wigan coach is nominated"))
        }
    }

    @Test("A form with problems answers 422, shows every problem beside its field and keeps what was typed")
    func formProblems() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let count = try await hub.store.contentCount()
            var fields = Self.storyForm(title: "", slug: "Bad Slug!", placeID: stockport.id)
            fields = fields.map { $0.0 == "summary" ? ("summary", "What I typed <carefully>") : $0 }
            let response = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders, body: editor.form(fields))
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("<title>Error: New story"))
            #expect(html.contains("There is a problem"))
            // The summary links to each field…
            #expect(html.contains("<a href=\"#field-title\">Title: Title is required.</a>"))
            #expect(html.contains("<a href=\"#field-slug\">URL name: Use only lower-case letters"))
            // …and each message sits beside its field, which is marked invalid.
            #expect(html.contains("id=\"title-error\""))
            #expect(html.contains("id=\"slug-error\""))
            let inputs = HTTPTestText.inputs(in: html)
            let title = try #require(inputs.first { $0["name"] == "title" })
            #expect(title["aria-invalid"] == "true")
            #expect(title["aria-describedby"]?.contains("title-error") == true)
            let slug = try #require(inputs.first { $0["name"] == "slug" })
            #expect(slug["value"] == "Bad Slug!")
            #expect(slug["aria-invalid"] == "true")
            #expect(html.contains(">What I typed &lt;carefully&gt;</textarea>"))
            #expect(html.contains("It started with **three** people."))
            #expect(html.contains("<option value=\"\(stockport.id)\" selected>Stockport</option>"))
            #expect(html.contains("The walking group"))
            // Fields without problems are not marked.
            let credit = try #require(inputs.first { $0["name"] == "credit" })
            #expect(credit["aria-invalid"] == nil)
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("A URL name already in use is shown beside the slug field, and nothing is stored")
    func duplicateSlugInForm() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let count = try await hub.store.contentCount()
            let fields = Self.storyForm(slug: "stockport-closes-its-local-pilot-steering-group", placeID: stockport.id)
            let response = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders, body: editor.form(fields))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"slug-error\""))
            #expect(response.text.contains("already uses"))
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("Preview renders the Markdown safely and stores nothing")
    func preview() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let count = try await hub.store.contentCount()
            var fields = Self.storyForm(placeID: stockport.id, intent: "preview")
            fields = fields.map {
                $0.0 == "body" ? ("body", "Some **bold** words\n\n- one\n- two\n\n<script>alert(1)</script>") : $0
            }
            let response = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders, body: editor.form(fields))
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<h2 id=\"preview-title\">Preview</h2>"))
            #expect(html.contains("<strong>bold</strong>"))
            #expect(html.contains("<li>one</li>"))
            #expect(!withoutOwnScripts(html).lowercased().contains("<script"))
            #expect(HTTPTestText.inputValue(named: "title", in: html) == "Walking groups take over the park")
            #expect(try await hub.store.contentCount() == count)
        }
    }

    @Test("A contributor creates drafts but may not publish, nor change or delete others' items")
    func contributorLimits() async throws {
        try await withApp { hub, client in
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let stockport = try await hub.place("stockport")
            try await hub.store.users.setPlaces([stockport.id], of: hub.contributor.id)
            let created = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: contributor.formHeaders,
                body: contributor.form(Self.storyForm(placeID: stockport.id)))
            #expect(created.status == .seeOther)
            let id = try Self.savedID(created)
            let own = try #require(try await hub.store.stories.get(id))
            #expect(own.authorID == hub.contributor.id)
            #expect(own.status == .draft)

            let edit = try await client.execute(
                uri: "/workspace/stories/\(id)", method: .get, headers: contributor.headers)
            #expect(!edit.text.contains("/publish\""), "a contributor is not offered Publish")

            let publish = try await client.execute(
                uri: "/workspace/stories/\(id)/publish", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(publish.status == .forbidden)
            #expect(try await hub.store.stories.get(id)?.status == .draft)
            #expect(try await client.execute(uri: "/stories/\(own.slug)", method: .get).status == .notFound)

            let others = try #require(
                try await hub.store.stories.get(slug: "stockport-closes-its-local-pilot-steering-group"))
            let delete = try await client.execute(
                uri: "/workspace/stories/\(others.id)/delete", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(delete.status == .forbidden)
            #expect(try await hub.store.stories.get(others.id) == others)

            let change = try await client.execute(
                uri: "/workspace/stories/\(others.id)", method: .post, headers: contributor.formHeaders,
                body: contributor.form(
                    FormCodingMirror.fields(of: others).map {
                        $0.0 == "title" ? ("title", "Rewritten") : $0
                    }))
            #expect(change.status == .forbidden)
            #expect(try await hub.store.stories.get(others.id) == others)

            let unpublish = try await client.execute(
                uri: "/workspace/stories/\(others.id)/unpublish", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(unpublish.status == .forbidden)
            #expect(try await hub.store.stories.get(others.id)?.status == .published)

            // An editor's draft is someone else's too.
            let editorDraft = Story(
                id: RandomIDGenerator().next(), title: "Editor's draft", slug: "editors-draft", body: "x",
                authorID: hub.editor.id, createdAt: TestHub.now)
            try await hub.store.stories.create(editorDraft)
            let deleteDraft = try await client.execute(
                uri: "/workspace/stories/\(editorDraft.id)/delete", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(deleteDraft.status == .forbidden)
            #expect(try await hub.store.stories.get(editorDraft.id) != nil)

            // Their own draft they may delete.
            let deleteOwn = try await client.execute(
                uri: "/workspace/stories/\(id)/delete", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(deleteOwn.status == .seeOther)
            #expect(try await hub.store.stories.get(id) == nil)
        }
    }

    @Test("A contributor may not delete their own draft when other content refers to it")
    func contributorCannotDeleteReferencedDraft() async throws {
        try await withApp { hub, client in
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let place = Place(
                id: RandomIDGenerator().next(), name: "Bolton", slug: "bolton", authorID: hub.contributor.id,
                createdAt: TestHub.now)
            try await hub.store.places.create(place)
            let milestone = Milestone(
                id: RandomIDGenerator().next(), placeID: place.id, date: PartialDate("2023"), title: "An editor's step",
                authorID: hub.editor.id, createdAt: TestHub.now)
            try await hub.store.milestones.create(milestone)
            let refused = try await client.execute(
                uri: "/workspace/places/\(place.id)/delete", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(refused.status == .forbidden)
            #expect(try await hub.store.places.get(place.id) != nil)
            #expect(try await hub.store.milestones.get(milestone.id) != nil)
        }
    }

    @Test("A story saved with its URL name left blank takes one made from its title; the form says it will")
    func slugFromTitle() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let blank = try await client.execute(uri: "/workspace/stories/new", method: .get, headers: editor.headers)
            #expect(blank.text.contains("Left blank, it is made from the title or name."))
            let saved = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders,
                body: editor.form(
                    Self.storyForm(title: "Café walks: Salford’s new route", slug: "", placeID: stockport.id)))
            #expect(saved.status == .seeOther, "\(saved.text)")
            let id = try Self.savedID(saved)
            #expect(try await hub.store.stories.get(id)?.slug == "cafe-walks-salfords-new-route")
        }
    }

    @Test("Revoking an API token asks first: without the ticked box it still works; with it, it stops")
    func revokeAsksFirst() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let secret = try await hub.token(for: hub.editor)
            let token = try #require(try await hub.store.apiTokens.list(for: hub.editor.id).first)
            let page = try await client.execute(uri: "/workspace/tokens", method: .get, headers: editor.headers)
            #expect(page.text.contains("name=\"confirm\" value=\"yes\" required"))
            let unconfirmed = try await client.execute(
                uri: "/workspace/tokens/\(token.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(unconfirmed.status == .badRequest)
            #expect(unconfirmed.text.contains("Nothing was revoked."))
            let still = try await client.execute(
                uri: "/api/v1/stories?status=draft", method: .get, headers: headers(bearer: secret))
            #expect(still.status == .ok)
            let revoked = try await client.execute(
                uri: "/workspace/tokens/\(token.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([("confirm", "yes")]))
            #expect(revoked.status == .seeOther)
            // The page it leads to says what happened, for screen readers too.
            let said = try await client.execute(
                uri: try #require(revoked.location), method: .get, headers: editor.headers)
            #expect(said.text.contains("<p class=\"notice\" role=\"status\">The token was revoked"))
            let gone = try await client.execute(
                uri: "/api/v1/stories?status=draft", method: .get, headers: headers(bearer: secret))
            #expect(gone.status == .unauthorized)
        }
    }

    @Test("Saving the programme and a code says so in a notice screen readers announce")
    func savesSaySo() async throws {
        try await withApp { hub, client in
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let programme = try await hub.store.programme.get()
            let saved = try await client.execute(
                uri: "/workspace/programme", method: .post, headers: admin.formHeaders,
                body: admin.form([
                    ("name", programme.name), ("tagline", programme.tagline), ("about", programme.about),
                    ("language", programme.language),
                ]))
            #expect(saved.status == .seeOther)
            let page = try await client.execute(
                uri: try #require(saved.location), method: .get, headers: admin.headers)
            #expect(page.text.contains("role=\"status\" data-saved>The programme&#39;s details were saved.</p>"))
        }
    }

    @Test("Delete asks first, on a page that says what goes with the item; asking deletes nothing")
    func deleteAsksFirst() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let salford = try await hub.place("salford")
            let form = try await client.execute(
                uri: "/workspace/places/\(salford.id)", method: .get, headers: editor.headers)
            #expect(form.text.contains("href=\"/workspace/places/\(salford.id)/delete\""))
            #expect(!form.text.contains("action=\"/workspace/places/\(salford.id)/delete\""), "no one-click delete")

            let ask = try await client.execute(
                uri: "/workspace/places/\(salford.id)/delete", method: .get, headers: editor.headers)
            #expect(ask.status == .ok)
            #expect(ask.text.contains("<h1>Delete the place “Salford”?</h1>"))
            #expect(ask.text.contains("other items refer to it"))
            #expect(ask.text.contains("action=\"/workspace/places/\(salford.id)/delete\""))
            #expect(ask.text.contains("Keep it"))
            #expect(try await hub.store.places.get(salford.id) != nil)

            // A contributor who may not delete it is refused the question too.
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "/workspace/places/\(salford.id)/delete", method: .get, headers: contributor.headers)
            #expect(refused.status == .forbidden)
        }
    }

    @Test("An editor deletes an item; it leaves the workspace list and the public site")
    func editorDeletes() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let story = try #require(
                try await hub.store.stories.get(slug: "woodhouse-park-community-researchers"))
            let response = try await client.execute(
                uri: "/workspace/stories/\(story.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(response.status == .seeOther)
            #expect(response.location == "/workspace/stories?notice=deleted")
            #expect(try await hub.store.stories.get(story.id) == nil)

            let list = try await client.execute(
                uri: "/workspace/stories?notice=deleted", method: .get, headers: editor.headers)
            #expect(list.status == .ok)
            #expect(list.text.contains("Deleted."))
            #expect(!list.text.contains(story.id.description))
            #expect(try await client.execute(uri: "/stories/\(story.slug)", method: .get).status == .notFound)

            let again = try await client.execute(
                uri: "/workspace/stories/\(story.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(again.status == .notFound)
        }
    }

    @Test("An editor unpublishes a story and its public page goes away")
    func editorUnpublishes() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let story = try #require(
                try await hub.store.stories.get(slug: "salford-leisure-and-youth-service-partnership"))
            let response = try await client.execute(
                uri: "/workspace/stories/\(story.id)/unpublish", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(response.status == .seeOther)
            let stored = try #require(try await hub.store.stories.get(story.id))
            #expect(stored.status == .draft)
            #expect(stored.publishedAt == story.publishedAt, "the first publication date is kept")
            #expect(try await client.execute(uri: "/stories/\(story.slug)", method: .get).status == .notFound)
        }
    }

    @Test("Signing out ends the session on the server, not only in the browser")
    func logout() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await client.execute(
                uri: "/workspace/logout", method: .post, headers: editor.formHeaders, body: editor.form([]))
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            let cleared = try #require(response.cookies["threadline_session"])
            #expect(cleared.value.isEmpty)
            #expect(cleared.maxAge == 0)

            // The old cookie, replayed, no longer opens anything.
            let after = try await client.execute(uri: "/workspace", method: .get, headers: editor.headers)
            #expect(after.status == .seeOther)
            #expect(after.location == "/workspace/login?next=/workspace")
            #expect(try await hub.store.sessions.resolve(token: editor.cookie.value, now: TestHub.now) == nil)
        }
    }

    @Test("Workspace pages escape what people typed")
    func workspaceEscapes() async throws {
        try await withApp { hub, client in
            let story = Story(
                id: RandomIDGenerator().next(), title: "<script>alert('list')</script>", slug: "hostile", body: "x",
                createdAt: TestHub.now)
            try await hub.store.stories.create(story)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            for uri in ["/workspace/stories", "/workspace/stories/\(story.id)"] {
                let page = try await client.execute(uri: uri, method: .get, headers: editor.headers)
                #expect(page.status == .ok)
                #expect(page.text.contains("&lt;script&gt;alert(&#39;list&#39;)&lt;/script&gt;"), "\(uri)")
                #expect(!withoutOwnScripts(page.text).lowercased().contains("<script"), "\(uri) has a live script")
            }
        }
    }

    @Test("Only an admin sees the users page")
    func usersPageIsForAdmins() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            #expect(
                try await client.execute(uri: "/workspace/users", method: .get, headers: editor.headers).status
                    == .forbidden)
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let page = try await client.execute(uri: "/workspace/users", method: .get, headers: admin.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains(hub.contributor.email))
        }
    }
}

/// Carries a session out of one router's test closure into the next.
actor SessionBox {
    var session: SignedInSession?
    func set(_ session: SignedInSession) { self.session = session }
}

/// The form fields an edit form starts with for a story (what a browser would post back unchanged).
enum FormCodingMirror {
    static func fields(of story: Story) -> [(String, String)] {
        [
            ("title", story.title), ("slug", story.slug), ("summary", story.summary), ("body", story.body),
            ("place_id", story.placeID?.description ?? ""), ("enabler_id", story.enablerID?.description ?? ""),
            ("credit", story.credit),
        ] + story.organisationIDs.map { ("organisation_ids", $0.description) }
    }
}

/// The page without the workspace's own scripts (`/assets/*.js`), so that a check for a live `<script` finds only
/// what came from what people typed.
func withoutOwnScripts(_ html: String) -> String {
    html.replacingOccurrences(
        of: #"<script src="/assets/[a-z-]+\.js" defer></script>"#, with: "", options: .regularExpression)
}
