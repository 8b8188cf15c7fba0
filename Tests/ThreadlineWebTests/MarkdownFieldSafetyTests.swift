import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Hostile text in every field an author can write reaches no page as live markup.
@Suite("Markdown fields are safe")
struct MarkdownFieldSafetyTests {
    /// Markdown an attacker might type: raw HTML, handlers, dangerous schemes hidden behind entities, percent
    /// escapes, case and whitespace, reference links, autolinks and images.
    static let markdownPayloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">raw link</a>",
        "<details open ontoggle=alert(1)>x</details>",
        "<div style=\"background:url(javascript:alert(1))\">styled</div>",
        "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<style>body{display:none}</style>",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "[plain](javascript:alert(1))",
        "[case](JaVaScRiPt:alert(1))",
        "[entity](java&#x73;cript:alert(1))",
        "[decimal](&#106;avascript:alert(1))",
        "[colon](javascript&colon;alert(1))",
        "[tab](java\tscript:alert(1))",
        "[percent](javascript%3Aalert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[vb](vbscript:msgbox(1))",
        "[spaced]( javascript:alert(1) )",
        "[angle](<javascript:alert(1)>)",
        "[ref link][evil]\n\n[evil]: javascript:alert(1)",
        "![img](javascript:alert(1))",
        "![a\" onerror=\"alert(1)](x.png)",
        "![b](x.png \"t\\\" onerror=alert(1) x=\\\"\")",
        "<javascript:alert(1)>",
        "<https://example.org\" onmouseover=\"alert(1)>",
        "www.example.org/\"onmouseover=alert(1)//",
        "[x](https://example.org \"title\" onclick=\"alert(1)\")",
        "`<script>alert(1)</script>` in code",
        "```html\n<script>alert(1)</script>\n```",
        "# Heading <img src=x onerror=alert(1)>",
        "Footnote[^x]\n\n[^x]: <script>alert(1)</script> [x](javascript:alert(1))",
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [t](javascript:alert(1)) |",
        "- [ ] <script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "{{story \"><script>alert(1)</script>}}",
        "{{clip <img src=x onerror=alert(1)>}}",
        "\u{E010}0\u{E011}",
    ]

    static var markdown: String { markdownPayloads.joined(separator: "\n\n") }

    static let shortText = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> javascript:alert(1)"

    /// Fills every writable text field of `item` with hostile text, keeping IDs, slugs and references.
    static func poisoned<E: ContentEntity>(_ item: E) throws -> E {
        var object = try #require(try JSONValue.encoding(item).objectValue)
        for field in E.schema.fields {
            switch field.type {
            case .markdown, .multilineText: object[field.key] = .string(markdown)
            case .text: object[field.key] = .string(shortText)
            case .lines: object[field.key] = .array([.string(shortText), .string("[q](javascript:alert(1))")])
            default: continue
            }
        }
        return try JSONValue.object(object).decode(E.self)
    }

    static func poisonAll<E: ContentEntity>(_ repository: any ContentRepository<E>) async throws -> Int {
        let items = try await repository.all()
        for item in items { try await repository.update(try poisoned(item)) }
        return items.count
    }

    @Test("A corpus of XSS payloads in every text and Markdown field leaves no live script, handler or dangerous URL")
    func everyField() async throws {
        try await withApp { hub, client in
            let store = hub.store
            var programme = try await store.programme.get()
            programme.about = Self.markdown
            programme.tagline = Self.shortText
            try await store.programme.save(programme)
            var poisoned = 0
            poisoned += try await Self.poisonAll(store.enablers)
            poisoned += try await Self.poisonAll(store.learningAreas)
            poisoned += try await Self.poisonAll(store.places)
            poisoned += try await Self.poisonAll(store.milestones)
            poisoned += try await Self.poisonAll(store.organisations)
            poisoned += try await Self.poisonAll(store.stories)
            poisoned += try await Self.poisonAll(store.caseStudies)
            poisoned += try await Self.poisonAll(store.newsPosts)
            poisoned += try await Self.poisonAll(store.testimonies)
            poisoned += try await Self.poisonAll(store.clips)
            poisoned += try await Self.poisonAll(store.reports)
            poisoned += try await Self.poisonAll(store.reportSections)
            #expect(poisoned > 40)
            let report = try #require(try await store.reports.all().first)
            _ = try await store.reportVersions.publish(report.id, by: nil, at: TestHub.now)

            // Every Markdown field kind is covered: each is one of the kinds poisoned above or the programme.
            let markdownKinds = Set(
                EntityKind.allCases.filter { kind in
                    kind.schema.fields.contains { if case .markdown = $0.type { true } else { false } }
                })
            #expect(markdownKinds.isSubset(of: Set(EntityKind.allCases)))

            var paths = ["/", "/news", "/reports", "/search?q=alert", "/search?q=script"]
            for item in try await store.enablers.all() { paths.append("/enablers/\(item.slug)") }
            for item in try await store.learningAreas.all() { paths.append("/areas/\(item.slug)") }
            for item in try await store.places.all() { paths.append("/places/\(item.slug)") }
            for item in try await store.stories.all() { paths.append("/stories/\(item.slug)") }
            for item in try await store.caseStudies.all() { paths.append("/case-studies/\(item.slug)") }
            for item in try await store.newsPosts.all() { paths.append("/news/\(item.slug)") }
            for item in try await store.reports.all() { paths.append("/reports/\(item.slug)") }
            for item in try await store.testimonies.all() { paths.append("/testimony/\(item.id)") }
            for item in try await store.clips.all() { paths.append("/clips/\(item.id)") }

            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            var pagesChecked = 0
            for path in paths {
                let response = try await client.execute(uri: path, method: .get)
                guard response.status == .ok else { continue }
                pagesChecked += 1
                let problems = LiveMarkupScanner.problems(in: response.text)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            }
            #expect(pagesChecked >= 25)

            // The workspace's previews render the same fields.
            let section = try #require(try await store.reportSections.all().first)
            let previews = [
                ("/workspace/report-sections/\(section.id)", "report_id=\(report.id)"),
                ("/workspace/stories/\(try #require(try await store.stories.all().first).id)", ""),
            ]
            for (path, _) in previews {
                let page = try await client.execute(uri: path, method: .get, headers: session.headers)
                #expect(page.status == .ok)
                #expect(LiveMarkupScanner.problems(in: page.text).isEmpty, "\(path)")
            }
            let live = try await client.execute(
                uri: "/workspace/report-preview", method: .post, headers: session.formHeaders,
                body: session.form([("body", Self.markdown), ("questions", Self.shortText)]))
            #expect(live.status == .ok)
            #expect(LiveMarkupScanner.problems(in: live.text).isEmpty)
        }
    }

    @Test("The scanner itself finds each kind of live markup (so a clean page means something)")
    func scannerFinds() {
        let live = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"java&#x73;cript:x\">",
            "<a href='&#106;avascript:x'>", "<iframe src=\"https://example.org\">", "<a href=\"data:text/html,x\">",
            "<p onclick=\"x\">", "<img/onerror=alert(1) src=x>", "<a href=\"javascript&colon;x\">",
            "<svg onload=alert(1)>", "<style>", "<object data=x>", "<div style=\"background:url(x)\">",
            "<a href=javascript:x>",
        ]
        for html in live { #expect(!LiveMarkupScanner.problems(in: html).isEmpty, "\(html)") }
        let inert = [
            "&lt;script&gt;alert(1)&lt;/script&gt;", "<a href=\"https://example.org\" rel=\"noopener\">x</a>",
            "<p>javascript:alert(1) onerror=alert(1)</p>", "<script src=\"/assets/report.js\" defer></script>",
            "<img src=\"x.png\" alt=\"a&quot; onerror=&quot;alert(1)\">",
            "<meta name=\"description\" content=\"&lt;img src=x onerror=alert(1)&gt;\">",
            "<input value=\"&quot; onfocus=&quot;x\">",
        ]
        for html in inert { #expect(LiveMarkupScanner.problems(in: html).isEmpty, "\(html)") }
    }
}
