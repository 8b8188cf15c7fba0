public import ThreadlineCore

/// A whole programme as one value: what `threadline export` writes and `threadline import` reads.
///
/// On disk it is one versioned JSON document (see `ProgrammeBundleWriter` and `ProgrammeBundleReader`).
/// Milestones are held here as a flat list, each with its `placeID`; the file nests them under their place.
public struct ProgrammeBundle: Equatable, Sendable {
    /// The value of the document's `format` key, which marks a file as a Threadline programme bundle.
    public static let formatName = "threadline-programme"
    /// The version of the format this build writes, and the newest it reads.
    public static let currentVersion = 1

    /// The programme's name and description.
    public var programme: Programme
    /// The system enablers of its framework.
    public var enablers: [Enabler]
    /// The learning areas of its reports.
    public var learningAreas: [LearningArea]
    /// The local areas taking part.
    public var places: [Place]
    /// The steps of the places' journeys; every one belongs to a place in `places`.
    public var milestones: [Milestone]
    /// The organisations taking part.
    public var organisations: [Organisation]
    /// The local stories.
    public var stories: [Story]
    /// The case studies.
    public var caseStudies: [CaseStudy]
    /// The news posts.
    public var newsPosts: [NewsPost]
    /// The testimony, with consent (recordings themselves travel separately, named by their SHA-256).
    public var testimonies: [Testimony]
    /// The transcript of each testimony that has one; the file nests it under its testimony.
    public var transcripts: [Testimony.ID: [TranscriptCue]]
    /// The clips of testimony.
    public var clips: [Clip]
    /// The learning reports; the file nests each one's published versions under it.
    public var reports: [Report]
    /// Every published version of each report, oldest first: what readers saw, and see.
    public var reportVersions: [Report.ID: [ReportVersion]]
    /// The sections of the reports.
    public var reportSections: [ReportSection]
    /// Counts and Measures indicators.
    public var indicators: [Indicator]
    /// Counts and Measures figures.
    public var indicatorFigures: [IndicatorFigure]
    /// Counts and Measures examples.
    public var countsExamples: [CountsExample]
    /// Reflective-practice logs.
    public var reflectiveLogs: [ReflectiveLog]
    /// Versions of programme theories.
    public var programmeTheories: [ProgrammeTheory]
    /// Links between theories and the evidence that supports or challenges them.
    public var theoryEvidence: [TheoryEvidence]
    /// Documents added to code, with their extracted text (their original files travel with the media).
    public var documents: [Document]

    /// Creates a bundle; collections left out start empty.
    public init(
        programme: Programme,
        enablers: [Enabler] = [],
        learningAreas: [LearningArea] = [],
        places: [Place] = [],
        milestones: [Milestone] = [],
        organisations: [Organisation] = [],
        stories: [Story] = [],
        caseStudies: [CaseStudy] = [],
        newsPosts: [NewsPost] = [],
        testimonies: [Testimony] = [],
        transcripts: [Testimony.ID: [TranscriptCue]] = [:],
        clips: [Clip] = [],
        reports: [Report] = [],
        reportSections: [ReportSection] = [],
        indicators: [Indicator] = [],
        indicatorFigures: [IndicatorFigure] = [],
        countsExamples: [CountsExample] = [],
        reflectiveLogs: [ReflectiveLog] = [],
        programmeTheories: [ProgrammeTheory] = [],
        theoryEvidence: [TheoryEvidence] = [],
        documents: [Document] = [],
        reportVersions: [Report.ID: [ReportVersion]] = [:]
    ) {
        self.programme = programme
        self.enablers = enablers
        self.learningAreas = learningAreas
        self.places = places
        self.milestones = milestones
        self.organisations = organisations
        self.stories = stories
        self.caseStudies = caseStudies
        self.newsPosts = newsPosts
        self.testimonies = testimonies
        self.transcripts = transcripts
        self.clips = clips
        self.reports = reports
        self.reportSections = reportSections
        self.indicators = indicators
        self.indicatorFigures = indicatorFigures
        self.countsExamples = countsExamples
        self.reflectiveLogs = reflectiveLogs
        self.programmeTheories = programmeTheories
        self.theoryEvidence = theoryEvidence
        self.documents = documents
        self.reportVersions = reportVersions
    }
}
