import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Codebook and codings")
struct CodingContractTests {
    /// A store with one coder and a story whose body is `body`.
    func setUp(_ store: ThreadlineStore, body: String = "We met every month. Trust grew slowly; then it held.")
        async throws -> (Coder, Story)
    {
        let user = Sample.user("coder@example.org")
        try await store.users.create(user, password: Sample.password)
        let coder = try await store.coding.coder(for: user)
        var story = Sample.story("Monthly meetings")
        story.body = body
        try await store.stories.create(story)
        return (coder, story)
    }

    func code(_ name: String, under parent: Code.ID? = nil, position: Int = 0) -> Code {
        Code(id: Sample.id(), parentID: parent, name: name, position: position, createdAt: Sample.now)
    }

    @Test(
        "codes form a tree; names are unique among siblings; loops and bad colours are refused",
        arguments: StoreEngine.all)
    func tree(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let trust = code("Trust")
            let earned = code("Earned trust", under: trust.id)
            let deep = code("Over years", under: earned.id)
            let leadership = code("Leadership", position: 1)
            for item in [trust, earned, deep, leadership] { try await store.coding.save(item) }
            #expect(
                try await store.coding.codes().map(\.name) == ["Trust", "Earned trust", "Over years", "Leadership"])

            var twin = code("earned TRUST", under: trust.id)
            var problems = await conflictProblems { try await store.coding.save(twin) }
            #expect(problems.map(\.field) == ["name"])
            // The same name elsewhere in the tree is fine.
            twin.parentID = leadership.id
            try await store.coding.save(twin)
            try await store.coding.delete(twin.id)

            var loop = trust
            loop.parentID = deep.id
            problems = await conflictProblems { try await store.coding.save(loop) }
            #expect(problems.map(\.message) == ["A code cannot move under one of its own codes."])

            var colour = leadership
            colour.colour = "red"
            problems = await conflictProblems { try await store.coding.save(colour) }
            #expect(problems.map(\.field) == ["colour"])

            var orphan = code("Orphan")
            orphan.parentID = Sample.id()
            problems = await conflictProblems { try await store.coding.save(orphan) }
            #expect(problems.map(\.field) == ["parent_id"])

            // Moving a code takes its children with it.
            var moved = earned
            moved.parentID = leadership.id
            try await store.coding.save(moved)
            let tree = CodeTree(try await store.coding.codes())
            #expect(tree.entries.map(\.path).contains(["Leadership", "Earned trust", "Over years"]))
            // And back to the top level: the parent is cleared, not left as it was.
            moved.parentID = nil
            try await store.coding.save(moved)
            #expect(try await store.coding.code(earned.id)?.parentID == nil)
        }
    }

    @Test(
        "a coding keeps its coder, excerpt and scalar positions; positions outside the text are refused",
        arguments: StoreEngine.all)
    func coding(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            // "é" written as e + combining accent is two scalars; the emoji is one: positions count scalars.
            let (coder, story) = try await setUp(store, body: "Cafe\u{301} 👋🏽 trust grew")
            let trust = code("Trust")
            try await store.coding.save(trust)
            let source = CodingSource(story: story.id)
            let stored = try await store.coding.add([
                Coding(
                    id: Sample.id(), codeID: trust.id, source: source, coderID: coder.id, start: 9, end: 14,
                    createdAt: Sample.now)
            ])
            #expect(stored.first?.excerpt == "trust")
            #expect(try await store.coding.codings(of: source).map(\.excerpt) == ["trust"])
            #expect(try await store.coding.codingCounts()[trust.id] == 1)

            let problems = await conflictProblems {
                try await store.coding.add([
                    Coding(
                        id: Sample.id(), codeID: trust.id, source: source, coderID: coder.id, start: 9, end: 99,
                        createdAt: Sample.now),
                    Coding(
                        id: Sample.id(), codeID: Sample.id(), source: source, coderID: coder.id, start: 0, end: 1,
                        createdAt: Sample.now),
                ])
            }
            #expect(problems.map(\.field) == ["codings[0].end", "codings[1].code_id"])
            #expect(problems.first?.message.contains("after the text's 19 characters") == true)
            // Nothing of the refused batch was stored.
            #expect(try await store.coding.codings(of: source).count == 1)
        }
    }

    @Test("a transcript coding records the stretch of recording its cues cover", arguments: StoreEngine.all)
    func transcript(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, _) = try await setUp(store)
            let testimony = Testimony(id: Sample.id(), title: "Interview", createdAt: Sample.now)
            try await store.testimonies.create(testimony)
            try await store.transcripts.replace(
                cues: [
                    TranscriptCue(startMs: 0, endMs: 4_000, text: "We started small."),
                    TranscriptCue(startMs: 4_000, endMs: 9_500, text: "Then the council joined."),
                    TranscriptCue(startMs: 9_500, endMs: 12_000, text: "It lasted."),
                ], of: testimony.id, durationFromTranscript: true)
            let trust = code("Trust")
            try await store.coding.save(trust)
            let source = CodingSource(testimony: testimony.id)
            let text = try #require(try await store.coding.codableText(of: source))
            #expect(text.text == "We started small.\nThen the council joined.\nIt lasted.")
            let start = "We started small.\nThen the ".unicodeScalars.count
            let stored = try await store.coding.add([
                Coding(
                    id: Sample.id(), codeID: trust.id, source: source, coderID: coder.id, start: start,
                    end: start + 7 + 10, createdAt: Sample.now)
            ])
            #expect(stored.first?.excerpt == "council joined.\nI")
            #expect(stored.first?.startMs == 4_000)
            #expect(stored.first?.endMs == 12_000)
        }
    }

    @Test(
        "merging moves codings and children, drops duplicates, keeps the memo; deleting counts first",
        arguments: StoreEngine.all)
    func mergeAndDelete(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, story) = try await setUp(store)
            let source = CodingSource(story: story.id)
            var trust = code("Trust")
            trust.memo = "About trust."
            let confidence = code("Confidence", position: 1)
            let child = code("In the council", under: trust.id)
            for item in [trust, confidence, child] { try await store.coding.save(item) }
            func coding(_ code: Code.ID, _ start: Int, _ end: Int) -> Coding {
                Coding(
                    id: Sample.id(), codeID: code, source: source, coderID: coder.id, start: start, end: end,
                    createdAt: Sample.now)
            }
            try await store.coding.add([
                coding(trust.id, 0, 5), coding(trust.id, 20, 30), coding(confidence.id, 0, 5), coding(child.id, 6, 9),
            ])
            #expect(try await store.coding.deletionImpact(of: trust.id) == CodeDeletionImpact(codes: 2, codings: 3))

            let moved = try await store.coding.merge(trust.id, into: confidence.id)
            #expect(moved == 1)
            let codes = try await store.coding.codes()
            #expect(codes.map(\.name) == ["Confidence", "In the council"])
            #expect(codes.first?.memo.contains("About trust.") == true)
            #expect(try await store.coding.codingCounts()[confidence.id] == 2)

            let problems = await conflictProblems { try await store.coding.merge(confidence.id, into: child.id) }
            #expect(problems.map(\.field) == ["target"])

            let impact = try await store.coding.delete(confidence.id)
            #expect(impact == CodeDeletionImpact(codes: 2, codings: 3))
            #expect(try await store.coding.codes().isEmpty)
            #expect(try await store.coding.codings(codes: nil).isEmpty)
        }
    }

    @Test(
        "a source is found by its ID alone, whatever its kind; a document's passage is quoted from its text",
        arguments: StoreEngine.all)
    func sourceByID(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, story) = try await setUp(store)
            let text = "Findings\nPartners planned the summer offer together."
            let document = Document(
                id: Sample.id(), title: "Findings", text: text,
                blocks: [
                    SourceBlock(kind: .heading(level: 1), start: 0, end: 8),
                    SourceBlock(kind: .paragraph, start: 9, end: 52),
                ], createdAt: Sample.now)
            try await store.documents.create(document)
            #expect(try await store.coding.source(withID: story.id.rawValue) == CodingSource(story: story.id))
            #expect(
                try await store.coding.source(withID: document.id.rawValue) == CodingSource(document: document.id))
            #expect(try await store.coding.source(withID: UUID()) == nil)

            let trust = code("Trust")
            try await store.coding.save(trust)
            let stored = try await store.coding.add([
                Coding(
                    id: Sample.id(), codeID: trust.id, source: CodingSource(document: document.id),
                    coderID: coder.id, start: 18, end: 25, createdAt: Sample.now)
            ])
            #expect(stored.map(\.excerpt) == ["planned"])
            let problems = await conflictProblems {
                try await store.coding.add([
                    Coding(
                        id: Sample.id(), codeID: trust.id, source: CodingSource(document: document.id),
                        coderID: coder.id, start: 50, end: 54, createdAt: Sample.now)
                ])
            }
            #expect(problems.map(\.field) == ["end"])
        }
    }

    @Test("deleting a source deletes its codings", arguments: StoreEngine.all)
    func sourceDeletion(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, story) = try await setUp(store)
            let trust = code("Trust")
            try await store.coding.save(trust)
            try await store.coding.add([
                Coding(
                    id: Sample.id(), codeID: trust.id, source: CodingSource(story: story.id), coderID: coder.id,
                    start: 0, end: 2, createdAt: Sample.now)
            ])
            try await store.stories.delete(story.id)
            #expect(try await store.coding.codings(codes: nil).isEmpty)
        }
    }
}
