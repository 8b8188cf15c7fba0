import Foundation
import Testing
import ThreadlineCore

@Suite("Report section embeds")
struct ReportBodyTests {
    let clipID = "6f1c2a9e-3d4b-4c5a-9e8f-112233445566"

    @Test("embed lines become marker paragraphs, in order, with the text between them kept")
    func embedsInOrder() throws {
        let body = ReportBody(
            "Before.\n{{clip \(clipID)}}\nMiddle.\n  {{story salford-youth}}  \n{{case-study deep-dive}}\n"
                + "{{journey wigan}}\n{{questions}}\nAfter.")
        #expect(
            body.embeds == [
                .clip(try #require(Clip.ID(clipID))), .story(slug: "salford-youth"), .caseStudy(slug: "deep-dive"),
                .journey(placeSlug: "wigan"), .questions,
            ])
        #expect(body.problems.isEmpty)
        #expect(body.markdown.contains("Before.\n\n\u{E010}\(body.token)-0\u{E011}\n\nMiddle."))
        #expect(body.markdown.contains("\u{E010}\(body.token)-4\u{E011}"))
        #expect(!body.markdown.contains("{{"))
        #expect(!body.markdownWithoutEmbeds.contains("\u{E010}"))
        #expect(body.markdownWithoutEmbeds.contains("Before."))
        #expect(body.markdownWithoutEmbeds.contains("After."))
    }

    @Test("embeds inside fenced code, or sharing a line with text, stay text")
    func notEmbeds() {
        let body = ReportBody(
            "```\n{{clip \(clipID)}}\n```\n~~~~\n{{questions}}\n~~~~\nSee {{questions}} here.\n    {{questions}}")
        #expect(body.embeds.count == 1)  // Only the indented line counts: four spaces are trimmed like any indent.
        #expect(body.markdown.hasPrefix("```\n{{clip \(clipID)}}\n```\n~~~~\n{{questions}}\n~~~~\nSee {{questions}}"))
    }

    @Test("unreadable embeds are reported with their line, and stay as text")
    func problems() {
        let body = ReportBody(
            "Fine.\n{{clip not-a-uuid}}\n\n{{video 12}}\n{{story Bad Slug}}\n{{questions extra}}\n{{}}")
        #expect(body.problems.map(\.line) == [2, 4, 5, 6, 7])
        #expect(body.problems[0].description.hasPrefix("Line 2: \"not-a-uuid\" is not a clip ID"))
        #expect(body.problems[1].message.contains("the embeds are clip, story, case-study, journey, questions"))
        #expect(body.embeds.isEmpty)
        #expect(body.markdown.contains("{{video 12}}"))
    }

    @Test("markers carry a random token, so typed or referenced marker characters never match one")
    func forgedMarkers() {
        let body = ReportBody("\u{E010}0\u{E011} and &#xE010;0&#xE011;\n{{questions}}")
        let again = ReportBody("{{questions}}")
        #expect(body.token != again.token)
        #expect(body.token.count == 16)
        #expect(body.embeds == [.questions])
        #expect(body.markdown.hasPrefix("\u{E010}0\u{E011} and &#xE010;0&#xE011;\n\n\u{E010}\(body.token)-0\u{E011}"))
    }

    @Test("Windows line endings are read as line breaks")
    func crlf() {
        let body = ReportBody("Text\r\n{{questions}}\r\n{{story a}}\rMore")
        #expect(body.embeds == [.questions, .story(slug: "a")])
        #expect(LineDiff.lines(from: "a\r\nb", to: "a\nc") == [.same("a"), .removed("b"), .added("c")])
    }

    @Test("a section reports embed problems on its body field")
    func sectionValidation() {
        let section = ReportSection(
            id: .init(UUID()), reportID: .init(UUID()), position: 1, title: "Trust",
            learningAreaID: .init(UUID()), body: "Text\n{{clip 12}}", createdAt: Date())
        let problems = section.validationProblems()
        #expect(problems.map(\.field) == ["body"])
        #expect(problems.first?.message.hasPrefix("Line 2:") == true)
    }

    @Test("directive text round-trips through the scanner")
    func directives() throws {
        let embeds: [ReportEmbed] = [
            .clip(try #require(Clip.ID(clipID))), .story(slug: "a"), .caseStudy(slug: "b-c"),
            .journey(placeSlug: "wigan"), .questions,
        ]
        #expect(ReportBody(embeds.map(\.directive).joined(separator: "\n")).embeds == embeds)
    }
}
