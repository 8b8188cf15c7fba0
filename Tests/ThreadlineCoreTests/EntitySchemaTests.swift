import Foundation
import Testing
import ThreadlineCore

@Suite("EntitySchema")
struct EntitySchemaTests {
    /// A schema with one field of every type, so that each check can be seen at work.
    static let schema = EntitySchema(
        kind: .story,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 10),
            FieldSpec("slug", "URL name", .slug, required: true),
            FieldSpec("count", "Count", .integer, required: true),
            FieldSpec("date", "Date", .partialDate),
            FieldSpec("website", "Website", .url),
            FieldSpec("place_id", "Place", .reference(.place)),
            FieldSpec("organisation_ids", "Organisations", .references(.organisation)),
            FieldSpec("questions", "Questions", .lines, maximumLength: 5),
            FieldSpec("format", "Format", .choice(CaseStudyFormat.choices), required: true),
            FieldSpec("notes", "Notes", .markdown),
        ]
    )

    static let goodObject: [String: JSONValue] = [
        "title": "Short", "slug": "short", "count": .number(3), "date": "2022-07",
        "website": "https://example.org/page", "place_id": .string(UUID().uuidString),
        "organisation_ids": .array([.string(UUID().uuidString)]), "questions": .array(["Why?", "How?"]),
        "format": "deep_dive", "notes": "Some *notes*", "status": "published", "id": .string(UUID().uuidString),
    ]

    func problems(_ changes: [String: JSONValue]) -> [FieldProblem] {
        Self.schema.problems(in: Self.goodObject.merging(changes) { $1 })
    }

    @Test("a good object has no problems")
    func goodObject() {
        #expect(Self.schema.problems(in: Self.goodObject) == [])
    }

    @Test("reports every wrong field at once, in form order")
    func everyProblemAtOnce() {
        let object: [String: JSONValue] = [
            "title": "Far too long a title", "slug": "Not A Slug", "count": "three", "date": "2022-13",
            "website": "javascript:alert(1)", "place_id": "42", "organisation_ids": .array(["nope"]),
            "questions": .array(["Too long a line"]), "format": "comic", "notes": .number(7),
            "status": "archived", "id": "x",
        ]
        let problems = Self.schema.problems(in: object)
        #expect(
            problems.map(\.field) == [
                "title", "slug", "count", "date", "website", "place_id", "organisation_ids", "questions", "format",
                "notes", "status", "id",
            ]
        )
    }

    @Test(
        "a control character in any text field is refused, naming the field as the form labels it; tab and line ends are text",
        arguments: [
            ("title", JSONValue.string("A\u{0}B"), "Title holds a control character (U+0000) at character 2"),
            ("notes", JSONValue.string("ok\n\u{7F}"), "Notes holds a control character (U+007F) at character 4"),
            ("questions", JSONValue.array(["Why\u{1B}"]), "Questions holds a control character (U+001B)"),
        ])
    func controlCharacters(key: String, value: JSONValue, message: String) {
        let found = problems([key: value])
        #expect(found.map(\.field) == [key])
        #expect(found.first?.message.hasPrefix(message) == true, "\(found)")
        #expect(problems(["notes": "Tab\there,\r\nand a new line."]) == [])
    }

    @Test("reports missing required fields, and not missing optional ones")
    func requiredFields() {
        let problems = Self.schema.problems(in: [:])
        #expect(problems.map(\.field) == ["title", "slug", "count", "format"])
        #expect(problems.first?.message == "Title is required.")
    }

    @Test(
        "blank text and empty lists count as missing",
        arguments: [JSONValue.string(""), .string("  \n\t"), .null, .array([])])
    func blankIsMissing(value: JSONValue) {
        #expect(problems(["title": value]).map(\.field) == ["title"])
        #expect(problems(["website": value]).isEmpty)
    }

    @Test("text longer than its maximum is refused, counting characters")
    func maximumLength() {
        #expect(problems(["title": "0123456789"]).isEmpty)
        #expect(problems(["title": "éééééééééé"]).isEmpty)
        let tooLong = problems(["title": "01234567890"])
        #expect(tooLong.map(\.field) == ["title"])
        #expect(tooLong.first?.message.contains("at most 10") == true)
    }

    @Test(
        "refuses values of the wrong type",
        arguments: [
            ("title", JSONValue.number(5)), ("title", .bool(true)), ("slug", .array(["a"])), ("count", "3"),
            ("count", .number(2.5)), ("count", .bool(true)), ("count", .number(1e12)), ("date", .number(2022)),
            ("website", .number(1)), ("place_id", .object([:])), ("organisation_ids", .string(UUID().uuidString)),
            ("organisation_ids", .array([.number(1)])), ("questions", "one line"), ("questions", .array([.number(1)])),
            ("format", .number(0)), ("notes", .array(["x"])),
        ]
    )
    func wrongTypes(key: String, value: JSONValue) {
        #expect(problems([key: value]).map(\.field) == [key])
    }

    @Test(
        "accepts only absolute http(s) web addresses",
        arguments: [
            ("https://example.org", true), ("HTTP://example.org/a?b=c", true), ("ftp://example.org", false),
            ("javascript:alert(1)", false), ("example.org", false), ("https://", false), ("/relative", false),
        ]
    )
    func urls(text: String, valid: Bool) {
        #expect(problems(["website": .string(text)]).isEmpty == valid)
    }

    @Test(
        "checks partial dates",
        arguments: [("2022", true), ("2022-07-14", true), ("2022-02-30", false), ("July 2022", false)])
    func dates(text: String, valid: Bool) {
        #expect(problems(["date": .string(text)]).isEmpty == valid)
    }

    @Test("gives one message per field, the first thing wrong")
    func oneMessagePerField() {
        let result = problems(["organisation_ids": .array(["bad", "worse"])])
        #expect(result.count == 1)
        #expect(result.first?.message.contains("\"bad\"") == true)
    }

    @Test("lists the allowed choices")
    func choiceMessage() {
        let result = problems(["format": "comic"])
        #expect(result.first?.message == "\"comic\" is not one of: self_contained, deep_dive.")
    }

    @Test("a null status or id is not a problem, an unknown one is")
    func statusAndID() {
        #expect(problems(["status": .null, "id": .null]).isEmpty)
        #expect(problems(["status": "draft"]).isEmpty)
        #expect(problems(["status": .bool(true)]).map(\.field) == ["status"])
        #expect(problems(["id": .number(4)]).map(\.field) == ["id"])
    }

    @Test("finds a field by key")
    func fieldLookup() {
        #expect(Self.schema.field("slug")?.type == .slug)
        #expect(Self.schema.field("nothing") == nil)
    }

    @Test("every kind's schema has a slug exactly when the kind has a public slug, milestone aside")
    func slugFields() {
        #expect(Milestone.schema.field("slug") == nil)
        for schema in [
            Enabler.schema, LearningArea.schema, Place.schema, Organisation.schema, Story.schema,
            CaseStudy.schema, NewsPost.schema,
        ] {
            #expect(schema.field("slug")?.type == .slug, "\(schema.kind)")
        }
    }
}
