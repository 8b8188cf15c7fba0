import Foundation
import Testing

@testable import ThreadlineSite
@testable import ThreadlineWeb

/// Pages name their templates by `Template` case, and the renderer refuses to start without every one: the list
/// and the files must be the same.
@Suite("Templates")
struct TemplateListTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ThreadlineSite/Resources/templates")

    @Test("Every template file has a case, and every case a file")
    func listMatchesFiles() throws {
        let files = Set(
            try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
                .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        #expect(!files.isEmpty)
        #expect(Set(Template.allCases.map(\.rawValue)) == files)
    }

    @Test("A build missing a template does not start: the error names the file")
    func missingTemplateStopsStartUp() async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tl-templates-\(UUID())")
        try FileManager.default.copyItem(at: Self.folder, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        _ = try await PageRenderer(builtIn: copy.path, overridePath: nil)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("story.mustache"))
        do {
            _ = try await PageRenderer(builtIn: copy.path, overridePath: nil)
            Issue.record("the renderer started without story.mustache")
        } catch let error as PageRenderer.TemplateError {
            #expect(error.message.contains("story.mustache"))
        }
        // A replacement in the override folder fills the gap.
        let overrides = FileManager.default.temporaryDirectory.appendingPathComponent("tl-overrides-\(UUID())")
        try FileManager.default.createDirectory(at: overrides, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: overrides) }
        try Data("<p>Branded</p>".utf8).write(to: overrides.appendingPathComponent("story.mustache"))
        _ = try await PageRenderer(builtIn: copy.path, overridePath: overrides.path)
    }
}
