import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineServices
@testable import ThreadlineWeb

/// Cases and their attributes through REFI-QDA: the hub's own export coming back whole, another tool's cases and
/// variables arriving as cases and attributes, names that clash, and bad values refusing the whole file.
@Suite("REFI-QDA cases and variables")
struct REFICaseExchangeTests {
    /// What the hub held when it was exported.
    struct Held: Sendable {
        var attributes: [CaseAttribute] = []
        var cases: [ResearchCase] = []
        var memberships: Set<String> = []
        var places = 0
    }

    /// A membership as something to compare: case, source and stretch.
    static func key(_ membership: CaseMembership) -> String {
        "\(membership.caseID) \(membership.source.key) \(membership.range.map { "\($0)" } ?? "whole")"
    }

    func importer(_ hub: TestHub) -> REFIImporter {
        REFIImporter(
            repositories: REFIRepositories(store: hub.store),
            media: MediaLibrary(path: hub.dependencies.configuration.mediaPath, maxUploadBytes: .max),
            time: FixedTimeSource(TestHub.now))
    }

    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("refi-cases-\(UUID().uuidString)-\(name)")
    }

    /// Gives the demo hub attributes of every kind, two cases with values, and memberships whole and in part (a
    /// stretch of a document and one of the recorded testimony's cues).
    func addCases(_ hub: TestHub) async throws {
        let cases = hub.store.cases
        func attribute(_ name: String, _ kind: AttributeKind, _ choices: [String] = []) -> CaseAttribute {
            CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: name, kind: kind, choices: choices, createdAt: TestHub.now)
        }
        let role = attribute("Role", .text)
        let years = attribute("Years involved", .number)
        let headcount = attribute("Headcount", .number)
        let joined = attribute("Joined", .date)
        let started = attribute("Started", .date)
        let sector = attribute("Sector", .list, ["Health", "Housing; social care", "Sport"])
        for item in [role, years, headcount, joined, started, sector] { try await cases.save(item) }
        let amina = ResearchCase(
            id: ResearchCase.ID(UUID()), name: "Amina Bello", kind: .person, description: "Coach in Salford.",
            values: [
                role.id: "Community coach", years.id: "3", headcount.id: "40", joined.id: "2021-04-01",
                started.id: "2020-01-15", sector.id: "Housing; social care",
            ],
            createdAt: TestHub.now)
        let trust = ResearchCase(
            id: ResearchCase.ID(UUID()), name: "Northside Trust", kind: .organisation,
            values: [years.id: "12.5", headcount.id: "7", joined.id: "2022-06", sector.id: "Sport"],
            createdAt: TestHub.now)
        try await cases.save(amina)
        try await cases.save(trust)
        let story = try #require(try await hub.store.stories.all().first)
        let document = try #require(try await hub.store.documents.all().first)
        let caseStudy = try #require(try await hub.store.caseStudies.all().first)
        let testimony = CodingSource(testimony: try #require(Testimony.ID(DemoIDs.testimony)))
        let cue = try #require(try await hub.store.coding.codableText(of: testimony)?.cueRanges.dropFirst().first)
        func member(_ item: ResearchCase, _ source: CodingSource, _ range: Range<Int>? = nil) -> CaseMembership {
            CaseMembership(
                id: CaseMembership.ID(UUID()), caseID: item.id, source: source, range: range, createdAt: TestHub.now)
        }
        for membership in [
            member(amina, CodingSource(story: story.id)),
            member(amina, CodingSource(document: document.id), 10..<40),
            member(trust, CodingSource(caseStudy: caseStudy.id)),
            member(trust, testimony, (cue.start + 1)..<cue.end),
        ] {
            try await cases.add(membership)
        }
    }

    @Test(
        "attributes with their kinds and lists, cases with kinds, descriptions and values, and memberships whole and in part export valid and come back to an empty hub as they were; again, they add nothing"
    )
    func roundTrip() async throws {
        let file = temporaryFile("round.qdpx")
        defer { try? FileManager.default.removeItem(at: file) }
        let held = Mutex(Held())
        try await withApp { hub, _ in
            try await addCases(hub)
            let (project, summary) = try await REFIExporter(
                repositories: REFIRepositories(store: hub.store),
                media: MediaLibrary(path: hub.dependencies.configuration.mediaPath, maxUploadBytes: .max),
                today: PartialDate("2023-11-14")!
            )
            .project()
            #expect(summary.membershipsLeftOut == 0)
            let attributes = try await hub.store.cases.attributes()
            let cases = try await hub.store.cases.cases()
            let memberships = try await hub.store.cases.memberships()
            let places = try await hub.store.places.all()
            held.withLock {
                $0 = Held(
                    attributes: attributes, cases: cases, memberships: Set(memberships.map(Self.key)),
                    places: places.count)
            }

            // Each attribute is a variable typed by its values, a list's values and a partial date said in words.
            func variable(_ name: String) throws -> QDAVariable {
                try #require(project.variables.first { $0.name == name }, "\(name)")
            }
            #expect(try variable("Role").type == .text)
            #expect(try variable("Years involved").type == .float)
            #expect(try variable("Headcount").type == .integer)
            #expect(try variable("Started").type == .date)
            #expect(try variable("Joined").type == .text)
            #expect(try variable("Joined").description == REFICaseVariables.dateHeading)
            #expect(
                try variable("Sector").description == "Threadline list of values:\nHealth\nHousing; social care\nSport")
            // Places stay cases of their own; the cases follow them.
            #expect(project.cases.count == places.count + cases.count)
            let amina = try #require(project.cases.first { $0.name == "Amina Bello" })
            #expect(amina.description == "Coach in Salford.")
            #expect(amina.sourceRefs.count == 1)
            #expect(amina.selectionRefs.count == 1)
            let document = try #require(
                project.sources.first { source in
                    source.selections.contains { $0.guid == amina.selectionRefs.first }
                })
            let stretch = try #require(document.selections.first { $0.guid == amina.selectionRefs.first })
            #expect(stretch.range == .text(start: 10, end: 40))
            #expect(stretch.codings.isEmpty)
            let trust = try #require(project.cases.first { $0.name == "Northside Trust" })
            let recorded = try #require(project.sources.first { $0.guid.rawValue == DemoIDs.testimony.uppercased() })
            #expect(recorded.transcripts.first?.selections.contains { $0.guid == trust.selectionRefs.first } == true)

            if InteropFiles.runsSchemaChecks {
                let (status, output) = try InteropFiles.validate(
                    try QDPXWriter.projectXML(project), schema: "Project.xsd")
                #expect(status == 0, "\(output)")
            } else {
                print("Skipping schema validation: xmllint (Debian libxml2-utils) or ../shared/interop is missing.")
            }
            try QDPXWriter.write(project, to: file)
        }
        let before = held.withLock { $0 }
        #expect(before.cases.count >= 2 && before.attributes.count >= 6 && before.memberships.count >= 4)

        try await withApp(loadDemo: false) { hub, _ in
            let summary = try await importer(hub).importProject(at: file)
            #expect(summary.result.added["cases"] == before.cases.count, "\(summary.result)")
            let attributes = try await hub.store.cases.attributes()
            #expect(
                attributes.map { "\($0.id) \($0.name) \($0.kind) \($0.choices)" }
                    == before.attributes.map { "\($0.id) \($0.name) \($0.kind) \($0.choices)" })
            let cases = try await hub.store.cases.cases()
            #expect(
                cases.map { "\($0.id) \($0.name) \($0.kind) \($0.description)" }
                    == before.cases.map { "\($0.id) \($0.name) \($0.kind) \($0.description)" })
            #expect(cases.map(\.values) == before.cases.map(\.values))
            #expect(Set(try await hub.store.cases.memberships().map(Self.key)) == before.memberships)
            // Places come back as places, and cases (even those standing for places) as cases only.
            #expect(try await hub.store.places.all().count == before.places)

            let again = try await importer(hub).importProject(at: file)
            #expect(again.result.added["cases"] == nil && again.result.added["case memberships"] == nil)
            #expect(again.result.added["case attributes"] == nil)
            #expect(again.result.alreadyStored["case memberships"] == before.memberships.count)
            #expect(try await hub.store.cases.cases().count == before.cases.count)
        }
    }

    /// A project as another tool writes it: typed variables, two cases (one with a whole source, one with a
    /// passage), and a variable only the source uses. `replacing` swaps pieces of it for bad ones.
    static func foreignXML(_ replacing: [(String, String)] = []) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="Another tool 2.1">
              <Variables>
                <Variable guid="1f0e0000-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/>
                <Variable guid="1f0e0000-0000-4000-8000-000000000002" name="Consented" typeOfVariable="Boolean"/>
                <Variable guid="1f0e0000-0000-4000-8000-000000000003" name="Interviewed on" typeOfVariable="Date"/>
                <Variable guid="1f0e0000-0000-4000-8000-000000000004" name="Score" typeOfVariable="Float"/>
                <Variable guid="1f0e0000-0000-4000-8000-000000000005" name="Borough" typeOfVariable="Text">
                  <Description>Where they live.</Description>
                </Variable>
                <Variable guid="1f0e0000-0000-4000-8000-000000000006" name="Transcriber" typeOfVariable="Text"/>
              </Variables>
              <Cases>
                <Case guid="2f0e0000-0000-4000-8000-000000000001" name="Participant 1">
                  <Description>First interviewee.</Description>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000001"/><IntegerValue>34</IntegerValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000002"/><BooleanValue>true</BooleanValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000003"/><DateValue>2023-05-02</DateValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000004"/><FloatValue>7.25</FloatValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000005"/><TextValue>Salford</TextValue></VariableValue>
                  <SourceRef targetGUID="3f0e0000-0000-4000-8000-000000000001"/>
                </Case>
                <Case guid="2f0e0000-0000-4000-8000-000000000002" name="Participant 2">
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000002"/><BooleanValue>0</BooleanValue></VariableValue>
                  <SelectionRef targetGUID="4f0e0000-0000-4000-8000-000000000001"/>
                </Case>
              </Cases>
              <Sources>
                <TextSource guid="3f0e0000-0000-4000-8000-000000000001" name="Group interview">
                  <PlainTextContent>Participant two: we met weekly. Participant one: it helped.</PlainTextContent>
                  <PlainTextSelection guid="4f0e0000-0000-4000-8000-000000000001" startPosition="0" endPosition="31"/>
                  <VariableValue><VariableRef targetGUID="1f0e0000-0000-4000-8000-000000000006"/><TextValue>Kim</TextValue></VariableValue>
                </TextSource>
              </Sources>
            </Project>
            """
        for (old, new) in replacing { xml = xml.replacingOccurrences(of: old, with: new) }
        return xml
    }

    /// `xml` as a `.qdpx`: a zip holding it as `project.qde` (beside the backup container's manifest, which the
    /// reader ignores: the web tests have no zip library of their own).
    func qdpx(_ xml: String) throws -> Data {
        let folder = temporaryFile("foreign")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let qde = folder.appendingPathComponent("project.qde")
        try Data(xml.utf8).write(to: qde)
        let zip = folder.appendingPathComponent("project.qdpx")
        try BackupArchive.write(
            manifest: Data("{}".utf8), items: [.init(path: "project.qde", source: qde, compress: true)], to: zip)
        return try Data(contentsOf: zip)
    }

    func upload(_ client: some TestClientProtocol, _ session: SignedInSession, _ data: Data) async throws
        -> TestResponse
    {
        var headers = session.headers
        headers[AuthenticationMiddleware.csrfHeader] = session.csrfToken
        return try await client.execute(
            uri: "/workspace/refi/import?name=fieldwork.qdpx", method: .put, headers: headers,
            body: ByteBuffer(bytes: data))
    }

    @Test(
        "another tool's Integer, Boolean, Date, Float and Text case variables become attributes, its cases cases with their source and passage; a variable only a source uses stays out"
    )
    func foreignProject() async throws {
        if InteropFiles.runsSchemaChecks {
            let (status, output) = try InteropFiles.validate(Data(Self.foreignXML().utf8), schema: "Project.xsd")
            #expect(status == 0, "the hand-written project is itself valid: \(output)")
        }
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await upload(client, session, try qdpx(Self.foreignXML()))
            #expect(response.status == .ok, "\(response.text)")
            let attributes = try await hub.store.cases.attributes()
            #expect(
                attributes.map { "\($0.name): \($0.kind.rawValue) \($0.choices)" } == [
                    "Age: number []", "Consented: list [\"Yes\", \"No\"]", "Interviewed on: date []",
                    "Score: number []", "Borough: text []",
                ])
            let byName = Dictionary(uniqueKeysWithValues: attributes.map { ($0.name, $0.id) })
            let cases = try await hub.store.cases.cases()
            #expect(cases.map(\.name) == ["Participant 1", "Participant 2"])
            let one = try #require(cases.first)
            #expect(one.id.rawValue.uuidString == "2F0E0000-0000-4000-8000-000000000001")
            #expect(one.kind == .other)
            #expect(one.description == "First interviewee.")
            #expect(
                one.values == [
                    byName["Age"]!: "34", byName["Consented"]!: "Yes", byName["Interviewed on"]!: "2023-05-02",
                    byName["Score"]!: "7.25", byName["Borough"]!: "Salford",
                ])
            #expect(cases.last?.values == [byName["Consented"]!: "No"])
            let document = CodingSource(
                document: Document.ID(UUID(uuidString: "3F0E0000-0000-4000-8000-000000000001")!))
            let memberships = try await hub.store.cases.memberships().map {
                "\($0.caseID == one.id ? "one" : "two") \($0.source == document) \($0.range.map { "\($0)" } ?? "whole")"
            }
            #expect(memberships.sorted() == ["one true whole", "two true 0..<31"])
            // Cases from other tools are cases, not places.
            #expect(try await hub.store.places.all().isEmpty)
        }
    }

    @Test(
        "in a hub with cases, a variable named like an attribute is that attribute and a case named like a case is that case: it gains the values it lacks and keeps its own, said"
    )
    func namesThatClash() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let borough = CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: "borough", kind: .list, choices: ["Salford", "Bolton"],
                createdAt: TestHub.now)
            try await hub.store.cases.save(borough)
            let here = ResearchCase(
                id: ResearchCase.ID(UUID()), name: "participant 1", kind: .person, description: "Met in March.",
                values: [borough.id: "Bolton"], createdAt: TestHub.now)
            try await hub.store.cases.save(here)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await upload(client, session, try qdpx(Self.foreignXML()))
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text.contains("keeps its borough “Bolton”"), "\(response.text)")
            let attributes = try await hub.store.cases.attributes()
            #expect(attributes.filter { $0.name.lowercased() == "borough" }.map(\.id) == [borough.id])
            #expect(attributes.first { $0.id == borough.id }?.kind == .list)
            let cases = try await hub.store.cases.cases()
            #expect(cases.count == 2)
            let joined = try #require(cases.first { $0.id == here.id })
            #expect(joined.kind == .person && joined.description == "Met in March.")
            #expect(joined.values[borough.id] == "Bolton")
            let age = try #require(attributes.first { $0.name == "Age" })
            #expect(joined.values[age.id] == "34")
            #expect(try await hub.store.cases.memberships(case: here.id).count == 1)
        }
    }

    @Test(
        "a value that is not its type, a reference to nothing, or a value an attribute here refuses: the whole file is refused with a sentence naming it, and nothing is stored"
    )
    func refusals() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let age = CaseAttribute(
                id: CaseAttribute.ID(UUID()), name: "Age", kind: .number, createdAt: TestHub.now)
            try await hub.store.cases.save(age)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let bad: [(String, [(String, String)])] = [
                ("FloatValue", [("<FloatValue>7.25</FloatValue>", "<FloatValue>many</FloatValue>")]),
                (
                    "VariableRef",
                    [
                        (
                            "<VariableRef targetGUID=\"1f0e0000-0000-4000-8000-000000000004\"/>",
                            "<VariableRef targetGUID=\"1f0e0000-0000-4000-8000-0000000000ff\"/>"
                        )
                    ]
                ),
                (
                    "SourceRef",
                    [
                        (
                            "<SourceRef targetGUID=\"3f0e0000-0000-4000-8000-000000000001\"/>",
                            "<SourceRef targetGUID=\"3f0e0000-0000-4000-8000-0000000000ff\"/>"
                        )
                    ]
                ),
                (
                    "SelectionRef",
                    [
                        (
                            "<SelectionRef targetGUID=\"4f0e0000-0000-4000-8000-000000000001\"/>",
                            "<SelectionRef targetGUID=\"4f0e0000-0000-4000-8000-0000000000ff\"/>"
                        )
                    ]
                ),
                // Age is a number here; the file's Age is text that is no number.
                (
                    "Age is a number",
                    [
                        ("name=\"Age\" typeOfVariable=\"Integer\"", "name=\"age\" typeOfVariable=\"Text\""),
                        ("<IntegerValue>34</IntegerValue>", "<TextValue>thirty-four</TextValue>"),
                    ]
                ),
            ]
            for (named, replacing) in bad {
                let response = try await upload(client, session, try qdpx(Self.foreignXML(replacing)))
                #expect(response.status == .unprocessableContent, "\(named): \(response.text)")
                #expect(response.text.contains(named), "\(response.text)")
                #expect(response.text.contains("Nothing was imported"), "\(response.text)")
                #expect(try await hub.store.cases.cases().isEmpty)
                #expect(try await hub.store.cases.attributes().map(\.id) == [age.id])
                #expect(try await hub.store.cases.memberships().isEmpty)
                #expect(try await hub.store.documents.all().isEmpty)
            }
            // The same file with a number for Age imports.
            let fine = try await upload(client, session, try qdpx(Self.foreignXML()))
            #expect(fine.status == .ok, "\(fine.text)")
            #expect(try await hub.store.cases.cases().count == 2)
        }
    }
}
