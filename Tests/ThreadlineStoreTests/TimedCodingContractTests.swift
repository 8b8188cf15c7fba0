import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Timed codings: stretches of a recording with no transcript")
struct TimedCodingContractTests {
    /// A store with a coder, a code, a one-minute testimony whose transcript covers its first ten seconds, and
    /// a story.
    func setUp(_ store: ThreadlineStore) async throws -> (Coder, Code, Testimony, Story) {
        let user = Sample.user("coder@example.org")
        try await store.users.create(user, password: Sample.password)
        let coder = try await store.coding.coder(for: user)
        let code = Code(id: Sample.id(), name: "Trust", createdAt: Sample.now)
        try await store.coding.save(code)
        let testimony = Testimony(id: Sample.id(), title: "Interview", durationMs: 60_000, createdAt: Sample.now)
        try await store.testimonies.create(testimony)
        try await store.transcripts.replace(
            cues: [
                TranscriptCue(startMs: 0, endMs: 4_000, text: "We started small."),
                TranscriptCue(startMs: 20_000, endMs: 24_000, text: "Then the council joined."),
            ], of: testimony.id, durationFromTranscript: false)
        let story = Sample.story("Monthly meetings")
        try await store.stories.create(story)
        return (coder, code, testimony, story)
    }

    func timed(_ code: Code, _ coder: Coder, _ source: CodingSource, _ startMs: Int?, _ endMs: Int?) -> Coding {
        Coding(
            id: Sample.id(), codeID: code.id, source: source, coderID: coder.id, start: 0, end: 0, startMs: startMs,
            endMs: endMs, createdAt: Sample.now)
    }

    @Test("a stretch is stored by its times, placed in the transcript where it falls", arguments: StoreEngine.all)
    func stored(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, code, testimony, _) = try await setUp(store)
            let source = CodingSource(testimony: testimony.id)
            let stored = try await store.coding.add([timed(code, coder, source, 8_000, 15_500)])
            let coding = try #require(stored.first)
            // Between the two lines: it sits where the second starts, and has no words.
            let second = "We started small.\n".unicodeScalars.count
            #expect(coding.start == second && coding.end == second)
            #expect(coding.isTimeOnly && coding.excerpt.isEmpty)
            let read = try #require(try await store.coding.codings(of: source).first)
            #expect(read.startMs == 8_000 && read.endMs == 15_500 && read.isTimeOnly)
        }
    }

    @Test(
        "bad stretches are refused with problems naming start_ms or end_ms, and nothing is stored",
        arguments: StoreEngine.all)
    func refused(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, code, testimony, story) = try await setUp(store)
            let source = CodingSource(testimony: testimony.id)
            let cases: [(Coding, [String])] = [
                (timed(code, coder, source, 9_000, 9_000), ["end_ms"]),
                (timed(code, coder, source, 9_000, 5_000), ["end_ms"]),
                (timed(code, coder, source, -10, 5_000), ["start_ms"]),
                (timed(code, coder, source, 50_000, 61_000), ["end_ms"]),
                (timed(code, coder, source, nil, 5_000), ["start_ms"]),
                (timed(code, coder, CodingSource(story: story.id), 1_000, 5_000), ["source"]),
            ]
            for (coding, fields) in cases {
                let problems = await conflictProblems { try await store.coding.add([coding]) }
                #expect(problems.map(\.field) == fields, "\(coding.startMs ?? -1)–\(coding.endMs ?? -1)")
            }
            let beyond = await conflictProblems {
                try await store.coding.add([timed(code, coder, source, 50_000, 61_000)])
            }
            #expect(beyond.first?.message.contains("1:00.0") == true)
            // A good stretch in the same batch as a bad one is not stored either.
            _ = await conflictProblems {
                try await store.coding.add([
                    timed(code, coder, source, 30_000, 40_000), timed(code, coder, source, 40_000, 30_000),
                ])
            }
            #expect(try await store.coding.codings(of: source).isEmpty)
        }
    }

    @Test("without a known length, any stretch after 0 is taken", arguments: StoreEngine.all)
    func unknownLength(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, code, _, _) = try await setUp(store)
            let silent = Testimony(id: Sample.id(), title: "No transcript", createdAt: Sample.now)
            try await store.testimonies.create(silent)
            let source = CodingSource(testimony: silent.id)
            let stored = try await store.coding.add([timed(code, coder, source, 3_600_000, 3_700_000)])
            #expect(stored.first?.start == 0 && stored.first?.end == 0)
        }
    }

    @Test(
        "merging keeps two stretches of one coder apart, and drops the same stretch twice", arguments: StoreEngine.all)
    func merge(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (coder, code, testimony, _) = try await setUp(store)
            let other = Code(id: Sample.id(), name: "Confidence", createdAt: Sample.now)
            try await store.coding.save(other)
            let source = CodingSource(testimony: testimony.id)
            try await store.coding.add([
                timed(code, coder, source, 30_000, 35_000), timed(code, coder, source, 40_000, 45_000),
                timed(other, coder, source, 30_000, 35_000),
            ])
            let moved = try await store.coding.merge(code.id, into: other.id)
            #expect(moved == 1)
            let kept = try await store.coding.codings(of: source).map { "\($0.startMs ?? 0)" }.sorted()
            #expect(kept == ["30000", "40000"])
        }
    }
}
