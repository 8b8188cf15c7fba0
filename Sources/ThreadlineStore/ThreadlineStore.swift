import Foundation
public import Logging
import SQLKit
public import ThreadlineCore
public import ThreadlineFormats

/// Everything Threadline stores, behind its repository protocols, over one database.
public struct ThreadlineStore: Sendable {
    /// The open database.
    public let database: Database
    /// The programme's description.
    public let programme: any ProgrammeRepository
    /// System enablers.
    public let enablers: any ContentRepository<Enabler>
    /// Learning areas.
    public let learningAreas: any ContentRepository<LearningArea>
    /// Places.
    public let places: any ContentRepository<Place>
    /// Journey milestones.
    public let milestones: any ContentRepository<Milestone>
    /// Organisations.
    public let organisations: any ContentRepository<Organisation>
    /// Local stories.
    public let stories: any ContentRepository<Story>
    /// Case studies.
    public let caseStudies: any ContentRepository<CaseStudy>
    /// News posts.
    public let newsPosts: any ContentRepository<NewsPost>
    /// First-hand testimony and its consent.
    public let testimonies: any ContentRepository<Testimony>
    /// Named ranges of testimony.
    public let clips: any ContentRepository<Clip>
    /// Learning reports.
    public let reports: any ContentRepository<Report>
    /// The sections of reports.
    public let reportSections: any ContentRepository<ReportSection>
    /// Counts and Measures indicators.
    public let indicators: any ContentRepository<Indicator>
    /// Counts and Measures figures.
    public let indicatorFigures: any ContentRepository<IndicatorFigure>
    /// Counts and Measures examples.
    public let countsExamples: any ContentRepository<CountsExample>
    /// Reflective-practice logs.
    public let reflectiveLogs: any ContentRepository<ReflectiveLog>
    /// Versions of programme theories.
    public let programmeTheories: any ContentRepository<ProgrammeTheory>
    /// Links between theories and the evidence that supports or challenges them.
    public let theoryEvidence: any ContentRepository<TheoryEvidence>
    /// Documents added to code.
    public let documents: any ContentRepository<Document>
    /// Published versions of reports and what they cite.
    public let reportVersions: any ReportRepository
    /// Transcript cues of each testimony, and the recordings' register.
    public let transcripts: any TranscriptRepository
    /// Full-text search across the evidence.
    public let search: any SearchRepository
    /// The codebook, coders and codings.
    public let coding: any CodingRepository
    /// Cases, their attributes and the evidence that belongs to each.
    public let cases: any CaseRepository
    /// The maturity survey: scale, surveys, links and answers.
    public let maturity: any MaturityRepository
    /// Partnership network surveys: waves, members, links and ties.
    public let networks: any NetworkRepository
    /// Workspace users.
    public let users: any UserRepository
    /// Browser sessions.
    public let sessions: any SessionRepository
    /// API tokens.
    public let apiTokens: any APITokenRepository
    /// Failed sign-in tracking.
    public let loginThrottle: any LoginThrottle
    /// The audit trail of every change, for admins.
    public let audit: any AuditRepository

    /// Creates the SQL store over an open database.
    public init(database: Database, ids: any IDGenerator = RandomIDGenerator(), bcryptCost: UInt8 = 12) {
        self.database = database
        programme = SQLProgrammeRepository(database: database)
        enablers = SQLContentRepository(database: database)
        learningAreas = SQLContentRepository(database: database)
        places = SQLContentRepository(database: database)
        milestones = SQLContentRepository(database: database)
        organisations = SQLContentRepository(database: database)
        stories = SQLContentRepository(database: database)
        caseStudies = SQLContentRepository(database: database)
        newsPosts = SQLContentRepository(database: database)
        testimonies = SQLContentRepository(database: database)
        clips = SQLContentRepository(database: database)
        reports = SQLContentRepository(database: database)
        reportSections = SQLContentRepository(database: database)
        indicators = SQLContentRepository(database: database)
        indicatorFigures = SQLContentRepository(database: database)
        countsExamples = SQLContentRepository(database: database)
        reflectiveLogs = SQLContentRepository(database: database)
        programmeTheories = SQLContentRepository(database: database)
        theoryEvidence = SQLContentRepository(database: database)
        documents = SQLContentRepository(database: database)
        reportVersions = SQLReportRepository(database: database)
        transcripts = SQLTranscriptRepository(database: database)
        search = SQLSearchRepository(database: database)
        coding = SQLCodingRepository(database: database)
        cases = SQLCaseRepository(database: database)
        maturity = SQLMaturityRepository(database: database)
        networks = SQLNetworkRepository(database: database)
        let users = SQLUserRepository(database: database, bcryptCost: bcryptCost)
        self.users = users
        sessions = SQLSessionRepository(database: database, users: users)
        apiTokens = SQLAPITokenRepository(database: database, users: users, ids: ids)
        loginThrottle = SQLLoginThrottle(database: database)
        audit = SQLAuditRepository(database: database)
    }

    /// Opens the database at `url` (running migrations) and returns the store over it; `readerCount` and
    /// `searchPath` are as for `Database.open`.
    public static func open(
        _ url: DatabaseURL,
        ids: any IDGenerator = RandomIDGenerator(),
        bcryptCost: UInt8 = 12,
        readerCount: Int = 4,
        searchPath: String? = nil,
        logger: Logger
    ) async throws -> ThreadlineStore {
        ThreadlineStore(
            database: try await Database.open(url, readerCount: readerCount, searchPath: searchPath, logger: logger),
            ids: ids, bcryptCost: bcryptCost)
    }
}

extension ThreadlineStore {
    /// A number that changes whenever content (or the programme's description) changes, in any process.
    public func contentVersion() async throws -> Int {
        try await database.read { sql in try await ContentVersion.read(on: sql) }
    }

    /// How many content items the database holds, all kinds together.
    public func contentCount() async throws -> Int {
        try await database.read { sql in
            var total = 0
            for kind in EntityKind.allCases {
                total +=
                    try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from(kind.collectionKey)
                    .first(decodingColumn: "n", as: Int.self) ?? 0
            }
            return total
        }
    }

    /// The whole programme — description and every item, drafts included — as one bundle.
    public func exportBundle() async throws -> ProgrammeBundle {
        try await database.read { sql in
            func all<E: ContentEntity>(_: E.Type) async throws -> [E] {
                try await sql.select().column("*").from(E.kind.collectionKey).orderBy(
                    ContentTable<E>().ordering(on: sql)
                )
                .all(decoding: E.self)
                .map { item in
                    var copy = item
                    copy.authorID = nil  // Authorship is workspace data; bundles move between hubs.
                    return copy
                }
            }
            return ProgrammeBundle(
                programme: try await ProgrammeTable.get(on: sql) ?? SQLProgrammeRepository.placeholder,
                enablers: try await all(Enabler.self),
                learningAreas: try await all(LearningArea.self),
                places: try await all(Place.self),
                milestones: try await all(Milestone.self),
                organisations: try await all(Organisation.self),
                stories: try await all(Story.self),
                caseStudies: try await all(CaseStudy.self),
                newsPosts: try await all(NewsPost.self),
                testimonies: try await all(Testimony.self),
                transcripts: try await Self.allTranscripts(on: sql),
                clips: try await all(Clip.self),
                reports: try await all(Report.self),
                reportSections: try await all(ReportSection.self),
                indicators: try await all(Indicator.self),
                indicatorFigures: try await all(IndicatorFigure.self),
                countsExamples: try await all(CountsExample.self),
                reflectiveLogs: try await all(ReflectiveLog.self),
                programmeTheories: try await all(ProgrammeTheory.self),
                theoryEvidence: try await all(TheoryEvidence.self),
                documents: try await all(Document.self),
                reportVersions: try await ReportPublishing.allVersions(on: sql)
            )
        }
    }

    private struct CueRow: Decodable {
        var testimonyID: String
        var cue: TranscriptCue

        enum CodingKeys: String, CodingKey { case testimonyID = "testimony_id" }

        init(from decoder: any Decoder) throws {
            testimonyID = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .testimonyID)
            cue = try TranscriptCue(from: decoder)
        }
    }

    private static func allTranscripts(on sql: any SQLDatabase) async throws -> [Testimony.ID: [TranscriptCue]] {
        let rows = try await sql.select().columns("testimony_id", "start_ms", "end_ms", "speaker", "text")
            .from("transcript_cues").orderBy("testimony_id").orderBy("position").all(decoding: CueRow.self)
        var transcripts: [Testimony.ID: [TranscriptCue]] = [:]
        for row in rows {
            guard let id = Testimony.ID(row.testimonyID) else { continue }
            transcripts[id, default: []].append(row.cue)
        }
        return transcripts
    }

    /// Writes a checked bundle in one transaction: all of it, or (on any error) none of it.
    ///
    /// With `replacing` the existing content is deleted first (in the same transaction); without it a
    /// database that already holds content is refused, so an import never silently mixes two programmes.
    public func importBundle(_ bundle: ProgrammeBundle, replacing: Bool) async throws {
        try await database.write { sql in
            if replacing {
                // Surveys hang off places and enablers, which replacing deletes, and bundles do not carry them yet:
                // refuse rather than lose a year's answers without a word.
                let surveys =
                    try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("maturity_surveys")
                    .first(decodingColumn: "n", as: Int.self) ?? 0
                if surveys > 0 {
                    throw StoreError.conflict([
                        FieldProblem(
                            field: "",
                            message: "The database holds \(surveys.groupedText) maturity "
                                + (surveys == 1 ? "survey" : "surveys")
                                + ", which programme bundles do not carry; replacing the content would delete "
                                + "their answers. Import into a new, empty database instead."
                        )
                    ])
                }
                // Network waves of a place go with the place; the same reasoning applies.
                let waves =
                    try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("network_waves")
                    .where(SQLColumn("place_id"), .isNot, SQLLiteral.null)
                    .first(decodingColumn: "n", as: Int.self) ?? 0
                if waves > 0 {
                    throw StoreError.conflict([
                        FieldProblem(
                            field: "",
                            message: "The database holds \(waves.groupedText) network survey "
                                + (waves == 1 ? "wave" : "waves")
                                + " of places, which programme bundles do not carry; replacing the content would "
                                + "delete them. Import into a new, empty database instead."
                        )
                    ])
                }
                // Children before parents, so foreign keys never point at deleted rows mid-way.
                for kind in EntityKind.allCases.reversed() {
                    try await sql.delete(from: kind.collectionKey).run()
                }
                try await sql.delete(from: "search_documents").run()
                // Codings name their sources by kind and ID, so no foreign key removes those of deleted content.
                try await sql.delete(from: "codings").run()
                try await sql.delete(from: "annotations").run()
                try await sql.delete(from: "case_sources").run()
            } else {
                for kind in EntityKind.allCases {
                    let existing = try await sql.select().column("id").from(kind.collectionKey).limit(1).first()
                    if existing != nil {
                        throw StoreError.conflict([
                            FieldProblem(
                                field: "",
                                message: "The database already holds content (\(kind.pluralName) among it). "
                                    + "Import into an empty database, or ask to replace what is there."
                            )
                        ])
                    }
                }
            }
            try await ProgrammeTable.save(bundle.programme, on: sql)
            func insert<E: ContentEntity>(_ items: [E]) async throws {
                let table = ContentTable<E>()
                for item in items { try await table.insert(item, on: sql) }
            }
            try await insert(bundle.enablers)
            try await insert(bundle.places)
            try await insert(bundle.organisations)
            try await insert(bundle.stories)
            try await insert(bundle.learningAreas)
            try await insert(bundle.milestones)
            try await insert(bundle.caseStudies)
            try await insert(bundle.newsPosts)
            try await insert(bundle.testimonies)
            for (testimony, cues) in bundle.transcripts {
                try await SQLTranscriptRepository.insertCues(cues, of: testimony, on: sql)
            }
            try await insert(bundle.clips)
            try await insert(bundle.reports)
            try await insert(bundle.reportSections)
            try await insert(bundle.indicators)
            try await insert(bundle.indicatorFigures)
            try await insert(bundle.countsExamples)
            try await insert(bundle.reflectiveLogs)
            try await insert(bundle.programmeTheories)
            try await insert(bundle.theoryEvidence)
            try await insert(bundle.documents)
            try await ReportPublishing.importVersions(bundle.reportVersions, on: sql)
            // A bundle from a build that kept draft sections in versions: what its readers saw stays published.
            try await ShownSections.publish(on: sql, engine: database.engine)
            // A published report from a bundle without its versions (an older export, or one written by hand) is
            // published as it stands.
            try await ReportPublishing.recordMissing(on: sql)
            _ = try await SearchIndex.rebuild(on: sql)
            // One event with counts: a bundle carries a whole programme.
            let counts = Self.auditCounts(of: bundle)
            try await AuditLog.record(
                .imported, kind: "programme", id: "programme",
                summary: (replacing ? "Replaced the programme’s content with a bundle: " : "Imported a bundle: ")
                    + counts.map { "\($0.count) \($0.kind.pluralName)" }.joined(separator: ", ") + ".",
                changes: counts.map { AuditChange(field: $0.kind.rawValue, from: nil, to: .number(Double($0.count))) },
                on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    /// How many items of each kind a bundle holds, leaving out kinds it has none of.
    private static func auditCounts(of bundle: ProgrammeBundle) -> [(kind: EntityKind, count: Int)] {
        let counts: [(kind: EntityKind, count: Int)] = [
            (.enabler, bundle.enablers.count), (.learningArea, bundle.learningAreas.count),
            (.place, bundle.places.count), (.milestone, bundle.milestones.count),
            (.organisation, bundle.organisations.count), (.story, bundle.stories.count),
            (.caseStudy, bundle.caseStudies.count), (.newsPost, bundle.newsPosts.count),
            (.testimony, bundle.testimonies.count), (.clip, bundle.clips.count), (.report, bundle.reports.count),
            (.reportSection, bundle.reportSections.count), (.indicator, bundle.indicators.count),
            (.indicatorFigure, bundle.indicatorFigures.count), (.countsExample, bundle.countsExamples.count),
            (.reflectiveLog, bundle.reflectiveLogs.count), (.programmeTheory, bundle.programmeTheories.count),
            (.theoryEvidence, bundle.theoryEvidence.count), (.document, bundle.documents.count),
        ]
        return counts.filter { $0.count > 0 }
    }
}

extension ThreadlineStore {
    /// Runs `body`, then closes the database whether it succeeded or threw: connections are never left open.
    public func closing<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            let result = try await body()
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }
}
