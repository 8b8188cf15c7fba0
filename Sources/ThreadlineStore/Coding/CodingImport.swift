public import ThreadlineCore

/// Everything a project from another coding tool adds, written in one transaction: all of it, or none.
///
/// Items whose ID is already stored are left as they are (importing the same project twice adds nothing twice);
/// the rest are checked as any single write would be, codings and case memberships against their sources' text.
public struct CodingImport: Sendable {
    /// Coders.
    public var coders: [Coder] = []
    /// Codes, parents before children.
    public var codes: [Code] = []
    /// Places (REFI-QDA cases).
    public var places: [Place] = []
    /// Text sources a Threadline export marked as stories, as draft stories.
    public var stories: [Story] = []
    /// Text sources from other tools (and those Threadline marked as documents), as documents.
    public var documents: [Document] = []
    /// Text sources a Threadline export marked as case studies, as draft case studies.
    public var caseStudies: [CaseStudy] = []
    /// Text sources a Threadline export marked as reflective logs, as draft reflective logs.
    public var reflectiveLogs: [ReflectiveLog] = []
    /// Recordings with transcripts (and text a Threadline export marked as testimony), as draft testimony.
    public var testimonies: [Testimony] = []
    /// The transcript of each new testimony.
    public var transcripts: [Testimony.ID: [TranscriptCue]] = [:]
    /// Recordings to attach to new testimony, with their file names.
    public var recordings: [Testimony.ID: (StoredRecording, String)] = [:]
    /// Original documents of new sources.
    public var sourceFiles: [SourceFile] = []
    /// Codings.
    public var codings: [Coding] = []
    /// Case attributes the project's case variables become; one whose ID is already stored is left as it is.
    public var attributes: [CaseAttribute] = []
    /// Cases, with their values checked against the attributes stored and added. A case whose ID is already stored
    /// keeps what it has and gains only the values it has none of yet (a project's case joining one here).
    public var cases: [ResearchCase] = []
    /// Sources, or stretches of them, belonging to cases; one the same case already holds is left out.
    public var memberships: [CaseMembership] = []

    /// An empty import.
    public init() {}
}

/// What an import added and what it found already stored.
public struct CodingImportResult: Hashable, Sendable {
    /// New items by what they are ("codes", "codings", …).
    public var added: [String: Int] = [:]
    /// Items left as they were because their ID was already stored.
    public var alreadyStored: [String: Int] = [:]

    /// An empty result.
    public init() {}
}
