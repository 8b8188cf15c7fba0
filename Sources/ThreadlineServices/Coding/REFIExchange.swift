public import Foundation
public import ThreadlineCore
import ThreadlineFormats

/// REFI-QDA exchange for callers outside the web layer (the command line): export the programme as a `.qdpx`,
/// import a `.qdpx` project or a `.qdc` codebook.
public enum REFIExchange {
    /// What an import read, added, found already stored and left out.
    public struct ImportReport: Sendable {
        /// Counts of what the file held: users, codes, sources, codings, notes, cases (in that order).
        public var read: [(String, Int)]
        /// New items by what they are.
        public var added: [String: Int]
        /// Items left as they were because their GUID was already stored.
        public var alreadyStored: [String: Int]
        /// Sentences about what was left out and why.
        public var skipped: [String]
    }

    /// Writes the programme's evidence and coding to `url` as a `.qdpx`; returns the counts written (users, codes,
    /// sources, codings, notes, cases, and testimony left out because its consent ended).
    public static func export(
        repositories: REFIRepositories, mediaPath: String, to url: URL, today: PartialDate
    ) async throws -> [(String, Int)] {
        let media = MediaLibrary(path: mediaPath, maxUploadBytes: .max)
        let (project, summary) = try await REFIExporter(repositories: repositories, media: media, today: today)
            .project()
        try QDPXWriter.write(project, to: url)
        return [
            ("users", summary.users), ("codes", summary.codes), ("sources", summary.sources),
            ("codings", summary.codings), ("notes", summary.notes), ("cases", summary.cases),
            ("testimony left out (consent ended)", summary.leftOut),
            ("codings left out (their passage is no longer in the text)", summary.codingsOutsideText),
            ("timed codings left out (their recording is not in the media folder)", summary.timedWithoutRecording),
            (
                "case memberships left out (testimony left out, or a stretch no longer in the text)",
                summary.membershipsLeftOut
            ),
        ]
    }

    /// Writes the codebook as a `.qdc`.
    public static func exportCodebook(repositories: REFIRepositories) async throws -> Data {
        let media = MediaLibrary(path: NSTemporaryDirectory(), maxUploadBytes: .max)
        let (project, _) = try await REFIExporter(
            repositories: repositories, media: media, today: PartialDate(dayOf: Date())
        )
        .project()
        return try QDCWriter.data(codes: project.codes, origin: "Threadline")
    }

    /// Imports `url`: a `.qdc` codebook when its name ends so, otherwise a `.qdpx` project.
    public static func importFile(
        repositories: REFIRepositories, mediaPath: String, from url: URL, time: any TimeSource
    ) async throws -> ImportReport {
        let importer = REFIImporter(
            repositories: repositories, media: MediaLibrary(path: mediaPath, maxUploadBytes: .max), time: time)
        let summary =
            url.pathExtension.lowercased() == "qdc"
            ? try await importer.importCodebook(try Data(contentsOf: url))
            : try await importer.importProject(at: url)
        return ImportReport(
            read: summary.read, added: summary.result.added, alreadyStored: summary.result.alreadyStored,
            skipped: summary.skipped)
    }
}
