import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Programme bundle reader")
struct ProgrammeBundleReaderTests {
    let reader = ProgrammeBundleReader(now: BundleFixture.now)

    /// The problems reading `data` reports; a test fails if it reads without one.
    func problems(reading data: Data) -> [FieldProblem] {
        do {
            let bundle = try reader.read(data)
            Issue.record("expected problems, but read a bundle of \(bundle.stories.count) stories")
            return []
        } catch {
            return error.problems
        }
    }

    func problems(editing edits: [String: JSONValue?]) throws -> [FieldProblem] {
        var document = try BundleFixture.document()
        for (path, value) in edits.sorted(by: { $0.key < $1.key }) { document.set(path, to: value) }
        return problems(reading: try document.data())
    }

    func message(_ problems: [FieldProblem], at field: String) -> String {
        problems.first { $0.field == field }?.message ?? "(no problem at \(field))"
    }

    @Test("a bad bundle reports every one of its problems at once, each at its path")
    func everyProblemIsReported() throws {
        let problems = try problems(editing: [
            "places[2].milestones[0].date": .string("2022-13"),
            "stories[0].title": nil,
            "enablers[1].number": .string("two"),
            "news_posts[0].slug": .string("Autumn Update"),
            "case_studies[0].format": .string("essay"),
            "learning_areas[0].created_at": .string("yesterday"),
            "organisations[0].website": .string("ftp://example.org"),
            "learning_areas[1].questions": .array([.number(4)]),
            "places[1].status": .string("archived"),
            "programme.name": .string("   "),
        ])
        #expect(
            Set(problems.map(\.field)) == [
                "places[2].milestones[0].date", "stories[0].title", "enablers[1].number", "news_posts[0].slug",
                "case_studies[0].format", "learning_areas[0].created_at", "organisations[0].website",
                "learning_areas[1].questions", "places[1].status", "programme.name",
            ]
        )
        #expect(problems.count == 10)
        #expect(
            problems.contains(
                FieldProblem(
                    field: "places[2].milestones[0].date",
                    message: "\"2022-13\" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)."
                )
            )
        )
        #expect(message(problems, at: "stories[0].title") == "Title is required.")
        #expect(message(problems, at: "enablers[1].number").contains("not a whole number"))
        #expect(message(problems, at: "learning_areas[0].created_at").contains("2022-10-05T09:00:00Z"))
        // Problems come in the order of the file: the programme, then enablers, …, then news.
        #expect(problems.first?.field == "programme.name")
        #expect(problems.last?.field == "news_posts[0].slug")
    }

    @Test("records that are not objects, or lack a valid id, are reported")
    func shapesAndIDs() throws {
        let problems = try problems(editing: [
            "stories[1]": .number(7),
            "news_posts[1].id": nil,
            "enablers[0].id": .string("not-a-uuid"),
            "places[0].milestones[1]": .array([]),
            "case_studies": .string("none"),
        ])
        #expect(message(problems, at: "stories[1]") == "Expected an object (one story), found a number.")
        #expect(message(problems, at: "news_posts[1].id").hasPrefix("Missing"))
        #expect(message(problems, at: "enablers[0].id") == "\"not-a-uuid\" is not a UUID.")
        #expect(message(problems, at: "places[0].milestones[1]").contains("found an array"))
        #expect(message(problems, at: "case_studies") == "Expected a list of case studies, found a string.")
    }

    @Test("duplicate ids and URL names within a kind are reported at the second record")
    func duplicates() throws {
        let document = try BundleFixture.document()
        let problems = try problems(editing: [
            "stories[1].id": document.value(at: "stories[0].id"),
            "learning_areas[0].featured_story_id": nil,
            "organisations[1].slug": .string("active-bolton"),
            "places[2].milestones[1].id": document.value(at: "places[0].milestones[0].id"),
            // The same id in two different kinds is allowed.
            "news_posts[0].id": document.value(at: "enablers[0].id"),
        ])
        #expect(
            problems.map(\.field).sorted() == ["organisations[1].slug", "places[2].milestones[1].id", "stories[1].id"])
        #expect(message(problems, at: "stories[1].id").hasPrefix("stories[0] has the same id"))
        #expect(message(problems, at: "organisations[1].slug").contains("organisations[0]"))
        #expect(message(problems, at: "places[2].milestones[1].id").hasPrefix("places[0].milestones[0]"))
    }

    @Test("references to records that are not in the bundle are reported")
    func danglingReferences() throws {
        let missing = "00000000-0000-4000-8000-00000000dead"
        let problems = try problems(editing: [
            "learning_areas[0].enabler_id": .string(missing),
            "learning_areas[0].featured_story_id": .string(missing),
            "organisations[0].place_id": .string(missing),
            "stories[0].organisation_ids[1]": .string(missing),
            "case_studies[0].place_id": .string(missing),
            "places[0].milestones[1].enabler_id": .string(missing),
            // An id of the wrong kind is as dangling as no id at all.
            "stories[0].enabler_id": .string(BundleFixture.bolton.description),
        ])
        #expect(
            Set(problems.map(\.field)) == [
                "learning_areas[0].enabler_id", "learning_areas[0].featured_story_id", "organisations[0].place_id",
                "stories[0].organisation_ids[1]", "case_studies[0].place_id", "places[0].milestones[1].enabler_id",
                "stories[0].enabler_id",
            ]
        )
        #expect(
            message(problems, at: "learning_areas[0].enabler_id")
                == "No system enabler with id \(missing) is in this bundle."
        )
        #expect(message(problems, at: "organisations[0].place_id").hasPrefix("No place with id"))
    }

    @Test("unknown keys, at the top and in records, are reported")
    func unknownKeys() throws {
        let problems = try problems(editing: [
            "storys": .array([]),
            "milestones": .array([]),
            "stories[0].titel": .string("Typo"),
            "programme.colour": .string("blue"),
            "places[2].milestones[0].place_id": .string(BundleFixture.wigan.description),
        ])
        #expect(
            Set(problems.map(\.field)) == [
                "storys", "milestones", "stories[0].titel", "programme.colour", "places[2].milestones[0].place_id",
            ]
        )
        #expect(message(problems, at: "stories[0].titel").hasPrefix("Unknown key \"titel\""))
        #expect(message(problems, at: "stories[0].titel").contains("did you mean \"title\"?"))
        #expect(message(problems, at: "storys").contains("did you mean \"stories\"?"))
        #expect(message(problems, at: "programme.colour").contains("is it misspelt?"))
        #expect(message(problems, at: "milestones").contains("under its place"))
        #expect(message(problems, at: "places[2].milestones[0].place_id").hasPrefix("Leave this out"))
    }

    @Test("a wrong or missing format or version is reported, naming the versions understood")
    func formatAndVersion() throws {
        let newer = try problems(editing: ["version": .number(2)])
        #expect(newer.map(\.field) == ["version"])
        #expect(newer.first?.message.contains("version 2") == true)
        #expect(newer.first?.message.contains("understands only version 1") == true)

        #expect(try problems(editing: ["version": .string("1")]).map(\.field) == ["version"])
        #expect(try problems(editing: ["version": .number(1.5)]).map(\.field) == ["version"])
        #expect(try problems(editing: ["version": .number(1e300)]).map(\.field) == ["version"])
        #expect(try problems(editing: ["version": nil]).first?.message.hasPrefix("Missing") == true)

        // Another format's records would be judged by the wrong rules, so nothing else is reported.
        let other = try problems(editing: ["format": .string("wordpress-export"), "stories[0].title": nil])
        #expect(other.map(\.field) == ["format"])
        #expect(try problems(editing: ["format": nil, "version": nil]).map(\.field) == ["format", "version"])
    }

    @Test("invalid JSON is reported with its line and column")
    func invalidJSON() {
        let text = "{\n  \"format\": \"threadline-programme\",\n  \"version\": 1,\n  \"places\": [}\n}\n"
        let problems = problems(reading: Data(text.utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.field == "")
        let message = problems.first?.message ?? ""
        #expect(message.hasPrefix("The file is not valid JSON"))
        #expect(message.contains("line 4, column 14"))
        #expect(message.contains("'}'"))

        #expect(self.problems(reading: Data()).first?.message.contains("empty") == true)
        #expect(self.problems(reading: Data("{\"format\": \"threadline-programme\",}".utf8)).count == 1)
        #expect(self.problems(reading: Data([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])).count == 1)
    }

    @Test("hostile nesting is refused with a message, not a crash")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let problems = problems(reading: Data(deep.utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("The file is too complex") == true)
        #expect(problems.first?.message.contains("nested more than 64 levels") == true)

        // Nesting inside the limit but in the wrong place is an ordinary type problem.
        let nested = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let typed = try self.problems(editing: ["stories[0].title": try JSONValue.parse(Data(nested.utf8))])
        #expect(typed.map(\.field) == ["stories[0].title"])
    }

    @Test("wrong types everywhere are reported without a crash")
    func wrongTypesEverywhere() throws {
        #expect(problems(reading: Data("[1, 2]".utf8)).first?.message.contains("an array") == true)
        #expect(problems(reading: Data("\"bundle\"".utf8)).count == 1)

        var document = try BundleFixture.document()
        let values: [JSONValue] = [
            .null, .bool(true), .number(-1), .string(""), .array([.null]), .object(["x": .null]),
        ]
        for (index, value) in values.enumerated() {
            for kind in ["enablers", "learning_areas", "places", "organisations", "stories", "case_studies"] {
                for key in document.value(at: "\(kind)[0]")?.objectValue?.keys.sorted() ?? [] {
                    document.set("\(kind)[0].\(key)", to: values[(index + key.count) % values.count])
                }
            }
            document.set("programme.name", to: value)
            document.set("places[2].milestones[0]", to: .object(["date": value, "title": value, "id": value]))
            let problems = problems(reading: try document.data())
            #expect(!problems.isEmpty)
        }
    }

    @Test("documents and collections over the limits are refused clearly")
    func limits() throws {
        let huge = Data(count: ProgrammeBundleReader.maximumDocumentSize + 1)
        let sizeProblems = problems(reading: huge)
        #expect(sizeProblems.count == 1)
        #expect(sizeProblems.first?.message.contains("at most 64 MiB") == true)

        let count = ProgrammeBundleReader.maximumRecordsPerCollection + 1
        let many = "[" + Array(repeating: "null", count: count).joined(separator: ",") + "]"
        let problems = try problems(editing: ["news_posts": try JSONValue.parse(Data(many.utf8))])
        #expect(problems.map(\.field) == ["news_posts"])
        #expect(problems.first?.message == "Holds 100,001 news posts; a bundle may hold at most 100,000 of each kind.")
    }

    @Test("past the reporting limit, problems are counted rather than listed")
    func problemLimit() throws {
        let records = JSONValue.array(Array(repeating: .number(1), count: 1_500))
        let problems = try problems(editing: ["stories": records, "learning_areas[0].featured_story_id": nil])
        #expect(problems.count == ProgrammeBundleReader.maximumReportedProblems + 1)
        #expect(problems.last?.message.hasPrefix("500 more problems") == true)
    }
}
