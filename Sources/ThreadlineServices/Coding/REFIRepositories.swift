public import ThreadlineCore
public import ThreadlineStore

/// The repositories REFI-QDA exchange reads and writes, and no others: the programme's name, places as cases, the
/// enablers sources name, stories, case studies, reflective logs, documents and testimony as sources, transcripts, and the
/// codebook with its codings, and cases with their attributes.
public struct REFIRepositories: Sendable {
    public let programme: any ProgrammeRepository
    public let places: any ContentRepository<Place>
    public let enablers: any ContentRepository<Enabler>
    public let stories: any ContentRepository<Story>
    public let caseStudies: any ContentRepository<CaseStudy>
    public let reflectiveLogs: any ContentRepository<ReflectiveLog>
    public let testimonies: any ContentRepository<Testimony>
    public let documents: any ContentRepository<Document>
    public let transcripts: any TranscriptRepository
    public let coding: any CodingRepository
    /// Cases, their attributes and the evidence belonging to each (REFI-QDA's cases and variables).
    public let cases: any CaseRepository

    /// Takes the exchange's repositories from the whole store: for the composition roots (the application and the
    /// command line), which alone hold it.
    public init(store: ThreadlineStore) {
        programme = store.programme
        places = store.places
        enablers = store.enablers
        stories = store.stories
        caseStudies = store.caseStudies
        reflectiveLogs = store.reflectiveLogs
        testimonies = store.testimonies
        documents = store.documents
        transcripts = store.transcripts
        coding = store.coding
        cases = store.cases
    }
}
