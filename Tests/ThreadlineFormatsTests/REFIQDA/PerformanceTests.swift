import Foundation
import Testing
import ThreadlineFormats

@Suite("Scale")
struct PerformanceTests {
    /// 4 sources × 12,500 selections × 2 codings = 100,000 codings.
    private static func bigProject() -> QDAProject {
        let user = REFITestSupport.guid(1)
        let codes = (0..<100).map { QDACode(guid: REFITestSupport.guid(10 + $0), name: "code \($0)") }
        let text = String(repeating: "0123456789", count: 10_000)
        var next = 1_000
        func fresh() -> QDAGUID {
            next += 1
            return REFITestSupport.guid(next)
        }
        let sources = (0..<4).map { sourceIndex in
            QDASource(
                guid: fresh(), name: "source \(sourceIndex)", kind: .text, plainText: text,
                selections: (0..<12_500).map { index in
                    QDASelection(
                        guid: fresh(), range: .text(start: index * 8, end: index * 8 + 5), creatingUser: user,
                        codings: [
                            QDACoding(guid: fresh(), codeGUID: codes[index % 100].guid, creatingUser: user),
                            QDACoding(guid: fresh(), codeGUID: codes[(index + 7) % 100].guid),
                        ])
                })
        }
        return QDAProject(
            name: "Big", users: [QDAUser(guid: user, name: "u")], codes: codes, sources: sources)
    }

    // The time it takes is a benchmark (scripts/bench-refi.sh, docs/benchmarks.md), not an assertion here.
    @Test("100,000 codings write and read back unchanged")
    func hundredThousandCodings() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = Self.bigProject()
        let url = directory.appendingPathComponent("big.qdpx")
        try QDPXWriter.write(project, to: url)

        let clock = ContinuousClock()
        var reread: QDAProject?
        let elapsed = try clock.measure { reread = try QDPXReader.read(from: url) }
        let codings = reread?.sources.reduce(0) { total, source in
            total + source.selections.reduce(0) { $0 + $1.codings.count }
        }
        #expect(codings == 100_000)
        #expect(reread == project)
        if ProcessInfo.processInfo.environment["REFIQDA_TIMING"] != nil {
            print("read 100,000 codings in \(elapsed)")
        }
    }
}
