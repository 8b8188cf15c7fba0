import Foundation
import Testing
import ThreadlineMarkdown

/// XSS payloads rendered through the public API; the output must contain nothing executable.
@Suite("Safety of html(_:)")
struct SecurityTests {
    static let payloads: [String] = [
        // Raw HTML blocks and inline tags.
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "text <script>alert(1)</script> more",
        "<img src=x onerror=alert(1)>",
        "hello <img src=\"x\" onerror=\"alert(1)\"> world",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "inline <svg/onload=alert(1)> svg",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<IFRAME SRCDOC=\"<script>alert(1)</script>\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "para <style>*{}</style> text",
        "<!-- <script>alert(1)</script> -->",
        "inline <!-- comment --> <![CDATA[<script>alert(1)</script>]]>",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a onmouseover=\"alert(1)\">hover</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        // Dangerous schemes in inline links, with obfuscation.
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a]( javascript:alert(1))",
        "[a](<javascript:alert(1)>)",
        "[a](jav&#x09;ascript:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript&#x3A;alert(1))",
        "[a](<java\tscript:alert(1)>)",
        "[a](java&#10;script:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](%6Aavascript:alert(1))",
        "[a](\u{200B}javascript:alert(1))",
        "[a](javascript\u{FEFF}:alert(1))",
        "[a](\u{0}javascript:alert(1))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[a](vbscript:msgbox(1))",
        "[a](javascript:alert(1) \"title\")",
        // Reference links and autolinks.
        "[a][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: <javascript:alert(1)> \"title\"",
        "[ref][]\n\n[ref]: &#106;avascript:alert(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        // Images.
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
        "![x][img]\n\n[img]: javascript:alert(1)",
        "![x](<JaVa&#x09;Script:alert(1)>)",
        // Breaking out of attribute quotes.
        "[x](/a\" onmouseover=\"alert(1))",
        "[x](</a\" onmouseover=\"alert(1)>)",
        "[x](/a \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](/a 'x\\' onmouseover=alert(1) y')",
        "![x\" onerror=\"alert(1)](/img.png)",
        "![x' onerror='alert(1)](/img.png 't\" onload=\"alert(1)')",
        "<http://example.com/\" onmouseover=\"alert(1)>",
        "www.example.com/\"onmouseover=\"alert(1)",
        "https://example.com/<script>alert(1)</script>",
        "```js\" onclick=\"alert(1)\nx\n```",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        // Nested brackets and links inside links.
        "[[a](javascript:alert(1))](https://example.com)",
        "[a [b](javascript:alert(1)) c](/ok)",
        "![[x](javascript:alert(1))](/img.png)",
        "[![x](javascript:alert(1))](javascript:alert(2))",
        "[a]]](javascript:alert(1))",
        "[[[[[[[[[[a](javascript:alert(1))]]]]]]]]]]",
        // More entity-encoded tricks.
        "[a](&#0000106;avascript:alert(1))",
        "[a](&#x0000006A;avascript:alert(1))",
        "[a](javascript&#58;alert(1))",
        "[a](&Tab;javascript:alert(1))",
        "[a](%2561vascript:alert(1))",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;img src=x onerror=alert(1)&#62;",
        // Heading ids and footnote ids built from hostile text.
        "# \"><script>alert(1)</script>",
        "## x\" onmouseover=\"alert(1)",
        "Note[^a'\" onclick='x]\n\n[^a'\" onclick='x]: text",
        // Extensions.
        "| <script>alert(1)</script> | <img src=x onerror=alert(1)> |\n|---|---|\n| [a](javascript:alert(1)) | b |",
        "- [x] <img src=x onerror=alert(1)>",
        "Note[^x\"onmouseover=alert(1)]\n\n[^x\"onmouseover=alert(1)]: <svg onload=alert(1)>",
    ]

    @Test func corpusIsLargeEnough() {
        #expect(Self.payloads.count >= 40)
    }

    @Test(arguments: payloads)
    func payloadRendersHarmlessly(_ payload: String) {
        let html = MarkdownRenderer().html(payload)
        let lowered = html.lowercased()
        for forbidden in ["<script", "<iframe", "<svg", "<style", "<object", "<embed", "<math"] {
            #expect(!lowered.contains(forbidden), "\(forbidden) in \(html)")
        }
        for tag in Self.tags(in: html) {
            #expect(!Self.hasEventHandler(tag), "event handler attribute in \(tag)")
            for value in Self.urlAttributeValues(in: tag) {
                #expect(Self.isSafeURL(value), "unsafe URL \(value) in \(tag)")
            }
        }
    }

    @Test func safeLinksSurvive() {
        let html = MarkdownRenderer().html(
            "[a](https://example.com) [b](/path) [c](#frag) [d](page.html) [e](?q=1) [f](mailto:x@example.com)")
        for href in ["https://example.com", "/path", "#frag", "page.html", "?q=1", "mailto:x@example.com"] {
            #expect(html.contains("href=\"\(href)\""), "\(href) missing from \(html)")
        }
    }

    @Test func droppedLinksKeepTheirText() {
        #expect(MarkdownRenderer().html("[click *me*](javascript:alert(1))") == "<p>click <em>me</em></p>\n")
        #expect(MarkdownRenderer().html("![alt text](vbscript:x)") == "<p>alt text</p>\n")
    }

    @Test func rawHTMLIsShownAsText() {
        #expect(MarkdownRenderer().html("a <b>bold</b>") == "<p>a &lt;b&gt;bold&lt;/b&gt;</p>\n")
        #expect(MarkdownRenderer().html("<div>\n*x*\n</div>") == "<p>&lt;div&gt;\n*x*\n&lt;/div&gt;</p>\n")
    }

    @Test func quotesAreEscapedEverywhere() {
        let html = MarkdownRenderer().html("it's \"quoted\" [l](/u 'a\"b')")
        #expect(html == "<p>it&#39;s &quot;quoted&quot; <a href=\"/u\" title=\"a&quot;b\">l</a></p>\n")
    }

    // MARK: - Independent checks (deliberately not reusing the module's own decoding)

    /// Tokenises the tag's attributes (quoted values are skipped whole, so escaped text inside a value cannot
    /// pose as an attribute) and looks for names starting with `on`.
    static func hasEventHandler(_ tag: String) -> Bool {
        let attribute = try! Regex(#"[\s/]+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"#)
        let body = tag.dropFirst().drop(while: { $0.isLetter || $0.isNumber })
        return body.matches(of: attribute).contains { match in
            String(body[match.range]).trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("on")
        }
    }

    static func tags(in html: String) -> [String] {
        let tag = try! Regex(#"<[A-Za-z][^>]*>"#)
        return html.matches(of: tag).map { String(html[$0.range]) }
    }

    static func urlAttributeValues(in tag: String) -> [String] {
        let attribute = try! Regex(#"(?i)\b(?:href|src|action|formaction|data|srcdoc)\s*=\s*"([^"]*)""#)
        return tag.matches(of: attribute).compactMap { match in
            match.output[1].substring.map(String.init)
        }
    }

    /// Decodes the attribute the way a browser would (character references, then percent escapes, then the
    /// whitespace and control characters URL parsers ignore) and checks the scheme against the allowlist.
    static func isSafeURL(_ value: String) -> Bool {
        var text = value
        for (entity, replacement) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            text = text.replacingOccurrences(of: entity, with: replacement)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        text = text.removingPercentEncoding ?? text
        let stripped = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    scalar.value > 0x20 && scalar.value != 0x7F
                        && scalar.properties.generalCategory != .format && !scalar.properties.isWhitespace
                })
        ).lowercased()
        guard let scheme = stripped.firstMatch(of: try! Regex(#"^[a-z][a-z0-9+.\-]*:"#)) else { return true }
        return ["http:", "https:", "mailto:", "tel:"].contains(String(stripped[scheme.range]))
    }
}
