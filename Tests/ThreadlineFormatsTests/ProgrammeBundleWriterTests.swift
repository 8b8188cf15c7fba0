import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Programme bundle writer")
struct ProgrammeBundleWriterTests {
    let writer = ProgrammeBundleWriter()
    let reader = ProgrammeBundleReader(now: BundleFixture.now)

    @Test("export → import → export gives the same bytes")
    func roundTripIsByteIdentical() throws {
        let first = try writer.data(for: BundleFixture.bundle())
        let second = try writer.data(for: try reader.read(first))
        #expect(first == second)
        let third = try writer.data(for: try reader.read(second))
        #expect(second == third)
    }

    @Test("a bundle read back equals the bundle written, less its authors")
    func readReturnsTheBundleWritten() throws {
        var bundle = BundleFixture.bundle()
        bundle.stories[0].authorID = EntityID(BundleFixture.uuid(999))
        let read = try reader.read(try writer.data(for: bundle))
        #expect(read.stories[0].authorID == nil)
        bundle.stories[0].authorID = nil
        #expect(read == bundle)
    }

    @Test("awkward text survives the round trip")
    func awkwardTextRoundTrips() throws {
        var bundle = BundleFixture.bundle()
        bundle.stories[0].body = "Line one\r\nline \"two\"\t\\ back\u{2028}slash / 😀 café \u{FEFF}"
        bundle.programme.about = "<script>alert('x')</script> & more"
        let data = try writer.data(for: bundle)
        #expect(try reader.read(data) == bundle)
        #expect(try writer.data(for: try reader.read(data)) == data)
    }

    @Test("a control character is written escaped, and refused on reading back, naming the field")
    func controlCharacterEscapedAndRefused() throws {
        var bundle = BundleFixture.bundle()
        bundle.stories[0].body = "café \u{1}"
        let data = try writer.data(for: bundle)
        #expect(String(decoding: data, as: UTF8.self).contains("\\u0001"))
        #expect {
            try reader.read(data)
        } throws: { error in
            (error as? ValidationError)?.problems.first?.field == "stories[0].body"
        }
    }

    @Test("the order of the collections given does not change the output")
    func outputDoesNotDependOnInputOrder() throws {
        let bundle = BundleFixture.bundle()
        var shuffled = bundle
        shuffled.enablers.reverse()
        shuffled.learningAreas.reverse()
        shuffled.places.reverse()
        shuffled.milestones.reverse()
        shuffled.organisations.reverse()
        shuffled.stories.reverse()
        shuffled.newsPosts.reverse()
        #expect(try writer.data(for: shuffled) == writer.data(for: bundle))
    }

    @Test("the document has the documented shape")
    func documentShape() throws {
        let data = try writer.data(for: BundleFixture.bundle())
        #expect(data.last == UInt8(ascii: "\n"))
        let document = try JSONValue.parse(data)
        let keys = Set(document.objectValue?.keys.map { $0 } ?? [])
        #expect(
            keys == [
                "format", "version", "programme", "enablers", "learning_areas", "places", "organisations", "stories",
                "case_studies", "news_posts", "testimonies", "clips", "reports", "report_sections", "indicators",
                "indicator_figures", "counts_examples", "reflective_logs", "programme_theories", "theory_evidence",
                "documents",
            ]
        )
        #expect(document.value(at: "format") == .string("threadline-programme"))
        #expect(document.value(at: "version") == .number(1))
        #expect(document.value(at: "programme.language") == .string("en-GB"))
        #expect(document.value(at: "enablers[0].created_at") == .string("2022-10-05T09:00:00Z"))
        #expect(document.value(at: "enablers[0].published_at") == .string("2022-10-06T09:00:00Z"))
        #expect(document.value(at: "enablers[1].published_at") == nil)
        #expect(document.value(at: "stories[0].author_id") == nil)
        // Milestones sit under their place, in journey order, without the place_id the nesting implies.
        #expect(document.value(at: "places[0].slug") == .string("bolton"))
        #expect(document.value(at: "places[0].milestones[0].date") == .string("2021"))
        #expect(document.value(at: "places[0].milestones[1].date") == .string("2022-07"))
        #expect(document.value(at: "places[0].milestones[0].place_id") == nil)
        #expect(document.value(at: "places[1].milestones") == .array([]))
        #expect(document.value(at: "places[2].milestones[0].title") == .string("Walk launched"))
        #expect(document.value(at: "places[2].milestones[1].title") == .string("Walk reviewed"))
        #expect(document.value(at: "milestones") == nil)

        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n"))
        #expect(text.contains("https://example.org/active?a=1&b=2"))
    }

    @Test("a milestone whose place is not in the bundle cannot be written")
    func orphanMilestoneIsRefused() throws {
        var bundle = BundleFixture.bundle()
        bundle.milestones.append(
            Milestone(
                id: EntityID(BundleFixture.uuid(499)), placeID: nil, title: "Lost", createdAt: BundleFixture.created)
        )
        #expect(throws: ValidationError.self) { try writer.data(for: bundle) }
    }

    @Test("undated records take the reader's now, and missing lists and status take their defaults")
    func defaultsAreFilledIn() throws {
        var document = try BundleFixture.document()
        for key in ["status", "created_at", "updated_at", "published_at", "questions", "featured_story_id"] {
            document.set("learning_areas[0].\(key)", to: nil)
        }
        document.set("stories[0].organisation_ids", to: nil)
        document.set("stories[0].summary", to: .null)
        document.set("stories[0].author_id", to: .string(BundleFixture.uuid(999).uuidString))
        let bundle = try reader.read(try document.data())
        let area = try #require(bundle.learningAreas.first)
        #expect(area.status == .draft)
        #expect(area.createdAt == BundleFixture.now)
        #expect(area.updatedAt == BundleFixture.now)
        #expect(area.publishedAt == nil)
        #expect(area.questions == [])
        #expect(area.featuredStoryID == nil)
        #expect(bundle.stories[0].organisationIDs == [])
        #expect(bundle.stories[0].summary == "")
        #expect(bundle.stories[0].authorID == nil)
        // The place a milestone is listed under becomes its place.
        #expect(bundle.milestones.allSatisfy { $0.placeID != nil })
        #expect(bundle.milestones.filter { $0.placeID == BundleFixture.wigan }.count == 2)
    }
}
