import Foundation
import ThreadlineCore

/// The keys and conventions of the programme bundle document, shared by its writer and its reader.
enum ProgrammeBundleFormat {
    /// The key naming the format.
    static let formatKey = "format"
    /// The key holding the format's version.
    static let versionKey = "version"
    /// The key holding the programme's name and description.
    static let programmeKey = "programme"
    /// The key, inside each place, holding that place's milestones.
    static let milestonesKey = "milestones"
    /// The key, inside each testimony, holding its transcript's cues.
    static let transcriptKey = "transcript"
    /// The key, inside a report record, of its published versions (oldest first).
    static let publishedVersionsKey = "published_versions"
    /// The milestone key the file leaves out: the place a milestone is listed under is its place.
    static let impliedPlaceKey = "place_id"
    /// The key of a record's author, never written and ignored when read.
    static let authorKey = "author_id"
    /// The record keys that hold instants.
    static let timestampKeys = ["created_at", "updated_at", "published_at"]
    /// The keys every record may have besides its schema's fields.
    static let metadataKeys: Set<String> = Set(["id", "status", authorKey]).union(timestampKeys)

    /// The kinds stored as top-level collections, in the order the reader checks them.
    static let topLevelKinds: [EntityKind] = [
        .enabler, .learningArea, .place, .organisation, .story, .caseStudy, .newsPost, .testimony, .clip, .report,
        .reportSection, .indicator, .indicatorFigure, .countsExample, .reflectiveLog, .programmeTheory, .theoryEvidence,
        .document,
    ]

    /// Every key allowed at the top of the document.
    static let topLevelKeys: Set<String> = Set([formatKey, versionKey, programmeKey])
        .union(topLevelKinds.map(\.collectionKey))

    /// The text of an instant as the file writes it: ISO 8601 in UTC with whole seconds, `2022-10-05T09:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// The instant an ISO 8601 date-and-time text names, read as `JSONValue.decode` will read it; `nil` if none.
    static func instant(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle().parse(text)
    }
}
