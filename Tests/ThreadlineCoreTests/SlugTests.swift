import Testing
import ThreadlineCore

@Suite("Slug")
struct SlugTests {
    @Test(
        "accepts lower-case words joined by single hyphens",
        arguments: ["salford", "local-pilot-2022", "a", "2022", "x-1-y"])
    func validSlugs(text: String) {
        #expect(Slug.isValid(text))
        #expect(Slug.problem(with: text) == nil)
    }

    @Test(
        "rejects everything else",
        arguments: [
            "", "Salford", "salford--pilot", "-salford", "salford-", "salford pilot", "café", "salford_pilot",
            "salford.html", "../etc", "salford/pilot", "ｓａｌｆｏｒｄ",
        ]
    )
    func invalidSlugs(text: String) {
        #expect(!Slug.isValid(text))
        #expect(Slug.problem(with: text)?.field == "slug")
    }

    @Test("accepts exactly the maximum length and no more")
    func lengthLimit() {
        #expect(Slug.isValid(String(repeating: "a", count: Slug.maximumLength)))
        #expect(!Slug.isValid(String(repeating: "a", count: Slug.maximumLength + 1)))
    }

    @Test("names the field it was asked about")
    func problemField() {
        #expect(Slug.problem(with: "Bad Slug", field: "url_name")?.field == "url_name")
        #expect(Slug.problem(with: "", field: "url_name")?.message == "Enter a URL name.")
    }

    @Test(
        "makes slugs from titles",
        arguments: [
            ("Local Pilot", "local-pilot"),
            ("Café Olé in Wigan", "cafe-ole-in-wigan"),
            ("Salford's story", "salfords-story"),
            ("Wigan\u{2019}s Deal", "wigans-deal"),
            ("  Hello, World!  ", "hello-world"),
            ("Trust & Leadership: 2022 / 23", "trust-leadership-2022-23"),
            ("Ånd — Über", "and-uber"),
            ("!!!", ""),
            ("", ""),
            ("ÉCOLE", "ecole"),
        ]
    )
    func make(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test(
        "made slugs are valid whenever they are not empty",
        arguments: ["Local Pilot", "Café Olé", "Salford's story", "A -- B", "123"])
    func madeSlugsAreValid(title: String) {
        #expect(Slug.isValid(Slug.make(from: title)))
    }

    @Test("caps a long title at the maximum length without a trailing hyphen")
    func makeCapsLength() {
        let title = String(repeating: "word ", count: 30)
        let slug = Slug.make(from: title)
        #expect(slug.count <= Slug.maximumLength)
        #expect(slug.count == 79)  // 16 × "word-" is 80 characters; the last hyphen goes.
        #expect(!slug.hasSuffix("-"))
        #expect(Slug.isValid(slug))
        #expect(Slug.make(from: String(repeating: "a", count: 200)) == String(repeating: "a", count: 80))
    }
}
