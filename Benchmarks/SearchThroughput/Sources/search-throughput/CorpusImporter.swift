import Foundation
import SearchBenchSupport
import ThreadlineCore
import ThreadlineStore

/// Stores the corpus the way the hub would hold it: one published testimony with public, anonymised consent per
/// group of segments, and its transcript written with `TranscriptRepository.replace` (one transaction per
/// testimony, which also indexes every cue for search).
struct CorpusImporter {
    /// The store to fill.
    let store: ThreadlineStore
    /// Print progress every this many cues.
    let progressEvery = 100_000

    /// The day the consent was given; any past day works, it only has to be a whole day.
    private static let consentDay = PartialDate(year: 2024, month: 6, day: 1)

    /// Imports every batch the reader hands out.
    func run(_ reader: inout SegmentFileReader) async throws -> ImportReport {
        var report = ImportReport()
        let clock = ContinuousClock()
        let started = clock.now
        var nextProgress = progressEvery
        while true {
            let readStart = clock.now
            guard let batch = try reader.nextBatch() else { break }
            report.readSeconds += Console.seconds(clock.now - readStart)
            let storeStart = clock.now
            try await store(batch, number: report.testimonies)
            report.storeSeconds += Console.seconds(clock.now - storeStart)
            report.testimonies += 1
            report.cues += batch.segments.count
            if report.cues >= nextProgress {
                let elapsed = Console.seconds(clock.now - started)
                Console.note(
                    "  imported \(report.cues) cues in \(Console.fixed(elapsed, 1)) s "
                        + "(\(Int(Double(report.cues) / elapsed)) cues/s)")
                nextProgress += progressEvery
            }
        }
        report.wallSeconds = Console.seconds(clock.now - started)
        return report
    }

    private func store(_ batch: TestimonyBatch, number: Int) async throws {
        let id = try Self.testimonyID(number)
        let now = Date()
        let testimony = Testimony(
            id: id, title: batch.name, speakerRole: "participant",
            consent: ConsentRecord(givenBy: "participant", givenOn: Self.consentDay, scope: .publicAnonymised),
            status: .published, createdAt: now, publishedAt: now)
        try await store.testimonies.create(testimony)
        let cues = batch.segments.map {
            TranscriptCue(startMs: $0.startMs, endMs: $0.endMs, speaker: $0.speaker, text: $0.text)
        }
        try await store.transcripts.replace(cues: cues, of: id, durationFromTranscript: true)
    }

    /// A stable ID per testimony number, so two imports of the same corpus hold the same IDs.
    static func testimonyID(_ number: Int) throws -> Testimony.ID {
        let text = "5ea4c000-0000-4000-8000-" + String(format: "%012x", number)
        guard let id = Testimony.ID(text) else {
            throw BenchmarkFailure("Testimony number \(number) does not make a valid ID (\(text)).")
        }
        return id
    }
}
