import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Published report versions in a bundle")
struct ReportVersionBundleTests {
    static let reportID = "00000000-0000-4000-8000-00000000a001"

    static func document(versions: String) -> Data {
        Data(
            """
            {"format": "threadline-programme", "version": 1,
             "programme": {"name": "P", "tagline": "", "about": "", "language": "en"},
             "reports": [{"id": "\(reportID)", "title": "R", "slug": "r", "summary": "S", "authors": [],
                          "status": "published", "created_at": "2022-10-05T09:00:00Z",
                          "updated_at": "2022-10-05T09:00:00Z", "published_at": "2022-10-05T09:00:00Z",
                          "published_versions": \(versions)}]}
            """.utf8)
    }

    static func version(_ number: Int, id: String = reportID, body: String = "Text") -> String {
        """
        {"number": \(number), "published_at": "2022-10-0\(number)T09:00:00Z",
         "report": {"id": "\(id)", "title": "R\(number)", "slug": "r", "summary": "S", "authors": [],
                    "status": "published", "created_at": "2022-10-05T09:00:00Z", "updated_at": "2022-10-05T09:00:00Z"},
         "sections": [{"id": "00000000-0000-4000-8000-00000000a011", "report_id": "\(id)", "position": 1,
                       "title": "One", "learning_area_id": "00000000-0000-4000-8000-000000000201",
                       "body": "\(body)", "questions": []}]}
        """
    }

    @Test("versions are read in order with their report and sections, even when what they cite is gone")
    func reads() throws {
        let bundle = try ProgrammeBundleReader(now: Date()).read(
            Self.document(versions: "[\(Self.version(1)), \(Self.version(2, body: "{{story gone}}"))]"))
        let id = try #require(Report.ID(Self.reportID))
        let versions = try #require(bundle.reportVersions[id])
        #expect(versions.map(\.number) == [1, 2])
        #expect(versions.map(\.snapshot.report.title) == ["R1", "R2"])
        #expect(versions.last?.snapshot.sections.first?.body == "{{story gone}}")
    }

    @Test("a bad version is refused with its path: numbers that do not rise, another report's, a bad section")
    func refuses() {
        let cases: [(String, String)] = [
            ("[\(Self.version(2)), \(Self.version(1))]", "reports[0].published_versions[1].number"),
            (
                "[\(Self.version(1, id: "00000000-0000-4000-8000-00000000a002"))]",
                "reports[0].published_versions[0].report.id"
            ),
            ("[\(Self.version(1, body: "{{clip 12}}"))]", "reports[0].published_versions[0].sections[0].body"),
            ("[{\"number\": 1, \"published_at\": \"yesterday\"}]", "reports[0].published_versions[0].published_at"),
            ("{}", "reports[0].published_versions"),
        ]
        for (versions, field) in cases {
            do {
                _ = try ProgrammeBundleReader(now: Date()).read(Self.document(versions: versions))
                Issue.record("accepted \(versions)")
            } catch {
                #expect(error.problems.map(\.field).contains(field), "\(field): \(error.problems)")
            }
        }
    }
}
