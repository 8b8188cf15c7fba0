import Foundation
import Testing
import ThreadlineFormats

@Suite("Real-world samples")
struct SampleTests {
    private static let atlas = REFITestSupport.samples.appendingPathComponent("atlasti-small.qdpx")
    private static let demo = REFITestSupport.samples.appendingPathComponent(
        "qualitative-coding-demo.qdpx")

    @Test(
        "ATLAS.ti sample: users and nested codes, no sources",
        .enabled(if: FileManager.default.fileExists(atPath: atlas.path), "sample missing"))
    func atlasSample() throws {
        let project = try QDPXReader.read(from: Self.atlas)
        #expect(project.name == "target-atlas-project")
        #expect(project.origin == "ATLAS.ti for Windows 23.2.3.27778")
        #expect(project.users.count == 2)
        #expect(project.creatingUserGUID == project.users.first?.guid)
        #expect(REFITestSupport.countCodes(project.codes) == 3)
        #expect(project.codes.first?.children.count == 2)
        #expect(project.sources.isEmpty)
        let created = try #require(project.creationDateTime)
        #expect(created.timeIntervalSince1970 == 1_692_200_976)  // 2023-08-16T15:49:36Z
    }

    @Test(
        "qc sample: 2 text sources, 158 selections, 205 codings, positions are scalar offsets with exclusive end",
        .enabled(if: FileManager.default.fileExists(atPath: demo.path), "sample missing"))
    func demoSample() throws {
        let project = try QDPXReader.read(from: Self.demo)
        #expect(project.users.count == 1)
        #expect(REFITestSupport.countCodes(project.codes) == 262)
        #expect(project.sources.count == 2)
        #expect(project.sources.allSatisfy { $0.kind == .text && $0.plainText != nil })
        let selections = project.sources.flatMap(\.selections)
        #expect(selections.count == 158)
        #expect(selections.reduce(0) { $0 + $1.codings.count } == 205)

        // The qc tool names selections "line:N" (0-based) and selects whole lines including their "\n":
        // this only lines up if endPosition is exclusive.
        let board = try #require(project.sources.first { $0.guid.rawValue.hasPrefix("33663939") })
        let text = try #require(board.plainText)
        #expect(text.unicodeScalars.count == 52_543)
        let selection = try #require(board.selections.first { $0.name == "line:6" })
        #expect(selection.range == .text(start: 320, end: 400))
        let covered = try #require(REFITestSupport.text(of: selection.range, in: text))
        #expect(covered.hasPrefix("This district goal is engage every student"))
        #expect(covered.hasSuffix("learning that \n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(covered == lines[6] + "\n")
    }

    @Test(
        "qc sample survives write → read with identical GUIDs and positions",
        .enabled(if: FileManager.default.fileExists(atPath: demo.path), "sample missing"))
    func demoRoundTrip() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try QDPXReader.read(from: Self.demo)
        let url = directory.appendingPathComponent("demo.qdpx")
        try QDPXWriter.write(original, to: url)
        let reread = try QDPXReader.read(from: url)
        #expect(reread == original)
        let xml = try REFITestSupport.entryData("project.qde", in: url)
        #expect(try QDPXWriter.projectXML(reread) == xml)
    }
}
