import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

@Suite("Programme bundle round trip")
struct BundleRoundTripTests {
    /// The demo bundle's document with one value replaced, as bytes.
    static func demo(replacing path: [JSONPathStep], with value: JSONValue) throws -> Data {
        let root = try JSONValue.parse(try DemoProgramme.data())
        let changed = try #require(replace(in: root, at: path[...], with: value), "no \(path) in the demo")
        return try JSONEncoder().encode(changed)
    }

    enum JSONPathStep: CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }
    }

    static func replace(in value: JSONValue, at path: ArraySlice<JSONPathStep>, with replacement: JSONValue)
        -> JSONValue?
    {
        guard let step = path.first else { return replacement }
        switch (step, value) {
        case (.key(let key), .object(var members)):
            guard let member = members[key], let changed = replace(in: member, at: path.dropFirst(), with: replacement)
            else { return nil }
            members[key] = changed
            return .object(members)
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index),
                let changed = replace(in: elements[index], at: path.dropFirst(), with: replacement)
            else { return nil }
            elements[index] = changed
            return .array(elements)
        default:
            return nil
        }
    }

    @Test("Export, write, read, import into an empty hub and export again: the same bytes")
    func roundTrip() async throws {
        let source = try await TestHub.make()
        let target = try await TestHub.make(loadDemo: false)
        try await source.store.closing {
            try await target.store.closing {
                let exported = try await source.store.exportBundle()
                let written = try ProgrammeBundleWriter().data(for: exported)
                let read = try ProgrammeBundleReader(now: TestHub.now).read(written)
                #expect(try ProgrammeBundleWriter().data(for: read) == written, "reading loses nothing")

                #expect(try await target.store.contentCount() == 0)
                try await target.store.importBundle(read, replacing: false)
                #expect(try await target.store.contentCount() == (try await source.store.contentCount()))

                let again = try ProgrammeBundleWriter().data(for: try await target.store.exportBundle())
                #expect(again == written, "the re-export differs from the export")
                if again != written {
                    let first = String(decoding: written, as: UTF8.self).split(separator: "\n")
                    let second = String(decoding: again, as: UTF8.self).split(separator: "\n")
                    let line = Array(zip(first, second)).firstIndex { $0 != $1 } ?? min(first.count, second.count)
                    Issue.record("first difference at line \(line + 1)")
                }
                // The bundle holds drafts too, and the whole programme.
                #expect(read.stories.contains { $0.status == .draft })
                #expect(read.newsPosts.contains { $0.status == .draft })
                #expect(read.programme == (try await source.store.programme.get()))
            }
        }
    }

    @Test("The imported hub serves the same public site")
    func importedHubServesTheSite() async throws {
        let source = try await TestHub.make()
        let bundle = try await source.store.exportBundle()
        try await source.store.database.close()
        try await withApp(loadDemo: false) { hub, client in
            let before = try await client.execute(uri: "/places/stockport", method: .get)
            #expect(before.status == .notFound)
            let data = try ProgrammeBundleWriter().data(for: bundle)
            try await hub.store.importBundle(ProgrammeBundleReader(now: TestHub.now).read(data), replacing: false)
            let after = try await client.execute(uri: "/places/stockport", method: .get)
            #expect(after.status == .ok)
            #expect(after.text.contains("<time datetime=\"2022-07\">July 2022</time>"))
        }
    }

    @Test("A bad milestone date is reported at its path, and the target database stays empty")
    func badBundleIsRefused() async throws {
        let target = try await TestHub.make(loadDemo: false)
        try await target.store.closing {
            let path: [JSONPathStep] = [.key("places"), .index(1), .key("milestones"), .index(2), .key("date")]
            let data = try Self.demo(replacing: path, with: .string("2022-13"))
            let error = #expect(throws: ValidationError.self) {
                try ProgrammeBundleReader(now: TestHub.now).read(data)
            }
            let problems = error?.problems ?? []
            #expect(problems.map(\.field) == ["places[1].milestones[2].date"], "\(problems)")
            #expect(problems.first?.message.contains("2022-13") == true)
            #expect(try await target.store.contentCount() == 0)
        }
    }

    @Test("Every problem of a bad bundle is listed, each at its own path")
    func everyProblemIsListed() async throws {
        var root = try JSONValue.parse(try DemoProgramme.data())
        let edits: [([JSONPathStep], JSONValue)] = [
            ([.key("places"), .index(0), .key("milestones"), .index(1), .key("date")], .string("2022-13")),
            ([.key("stories"), .index(0), .key("slug")], .string("Not A Slug")),
            ([.key("enablers"), .index(2), .key("name")], .string("")),
        ]
        for (path, value) in edits {
            root = try #require(Self.replace(in: root, at: path[...], with: value), "\(path)")
        }
        let data = try JSONEncoder().encode(root)
        let error = #expect(throws: ValidationError.self) {
            try ProgrammeBundleReader(now: TestHub.now).read(data)
        }
        let fields = Set(error?.problems.map(\.field) ?? [])
        #expect(
            fields == ["places[0].milestones[1].date", "stories[0].slug", "enablers[2].name"],
            "\(error?.problems ?? [])")
    }

    @Test("An import that fails in the database writes nothing at all")
    func failedImportWritesNothing() async throws {
        let source = try await TestHub.make()
        var bundle = try await source.store.exportBundle()
        try await source.store.database.close()
        // A story pointing at a place the bundle does not hold: the reader is bypassed, the database must refuse.
        var orphan = try #require(bundle.stories.first)
        orphan.id = Story.ID(UUID())
        orphan.slug = "orphan-story"
        orphan.placeID = Place.ID(UUID())
        bundle.stories.append(orphan)

        let target = try await TestHub.make(loadDemo: false)
        try await target.store.closing {
            let programme = try await target.store.programme.get()
            await #expect(throws: (any Error).self) {
                try await target.store.importBundle(bundle, replacing: false)
            }
            #expect(try await target.store.contentCount() == 0)
            #expect(try await target.store.programme.get() == programme)
        }
    }

    @Test("Importing into a hub that already holds content is refused and changes nothing")
    func importIntoFullHubIsRefused() async throws {
        let hub = try await TestHub.make()
        try await hub.store.closing {
            let bundle = try await hub.store.exportBundle()
            let count = try await hub.store.contentCount()
            let before = try ProgrammeBundleWriter().data(for: bundle)
            await #expect(throws: StoreError.self) {
                try await hub.store.importBundle(bundle, replacing: false)
            }
            #expect(try await hub.store.contentCount() == count)
            #expect(try ProgrammeBundleWriter().data(for: try await hub.store.exportBundle()) == before)
        }
    }
}
