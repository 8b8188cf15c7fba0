import Testing

@testable import ThreadlineSite

@Suite("Escaping template values")
struct ScalarHTMLEscapingTests {
    @Test("the five HTML characters become the same references as before; other text is kept as it is")
    func fiveCharacters() {
        #expect(
            ScalarHTMLContentType.escaped("Tom & \"Jo\" <b>'s</b>")
                == "Tom &amp; &quot;Jo&quot; &lt;b&gt;&#39;s&lt;/b&gt;")
        #expect(ScalarHTMLContentType.escaped("Café 👋🏽 = 3 / 4 ?") == "Café 👋🏽 = 3 / 4 ?")
        #expect(ScalarHTMLContentType.escaped("") == "")
        #expect(ScalarHTMLContentType.escaped("&") == "&amp;")
    }

    @Test("a quote followed by a combining mark is escaped too, so a value cannot close the attribute it is in")
    func combiningMarks() async throws {
        // Built outside `#expect`, whose expansion would reprint the literals with the mark joined to the quote.
        let mark = "\u{301}"
        let email = "x\"" + mark + " autofocus onfocus=alert(1) x=\"" + mark + "<" + mark
        let escaped = "value=\"x&quot;" + mark + " autofocus onfocus=alert(1) x=&quot;" + mark + "&lt;" + mark + "\""
        let raw = "x\"" + mark
        let renderer = try await PageRenderer()
        let html = renderer.fragment(LoginViewModel(email: email, csrfToken: "token", next: "/workspace"))
        #expect(html.contains(escaped))
        #expect(!html.contains(raw))
    }
}
