import Foundation
import SQLKit
import ThreadlineCore
import ThreadlineMarkdown

/// Keeps the full-text index in step with the content, inside the caller's transaction, so the index can never
/// disagree with what was written.
///
/// Each searchable thing is one row of `search_documents` (a story, a milestone, a testimony's summary, one
/// transcript line); SQLite triggers copy rows into the FTS5 table `search_index`, and PostgreSQL keeps a
/// generated `tsv` column of each row current itself. A row records who may find
/// it: `is_public` (published, and for testimony, consent that is public and not withdrawn) and `public_until`
/// (the day consent ends), which a public search compares with the day it is.
enum SearchIndex {
    static let markdown = MarkdownRenderer()

    /// One row of `search_documents`.
    struct Document {
        var kind: SearchKind
        var entityID: String
        var position: Int = -1
        /// The indexed title (empty for transcript lines, so a testimony's title does not match every line).
        var title: String
        var body: String
        /// The title shown with a result.
        var label: String = ""
        var slug: String?
        var startMs: Int?
        var placeID: String?
        var enablerID: String?
        var day: String?
        var isPublic: Bool
        var publicUntil: String?
    }

    /// Re-indexes one item after it was created or changed (and whatever depends on it, such as a place's
    /// milestones or a testimony's transcript lines).
    static func refresh<Entity: ContentEntity>(_ item: Entity, on sql: any SQLDatabase) async throws {
        switch item {
        case let story as Story:
            try await replace(
                [
                    Document(
                        kind: .story, entityID: story.id.description, title: story.title,
                        body: join(story.summary, markdown.plainText(story.body), story.credit), slug: story.slug,
                        placeID: story.placeID?.description, enablerID: story.enablerID?.description,
                        day: day(story.publishedAt ?? story.createdAt), isPublic: story.status == .published)
                ], of: .story, entity: story.id.description, on: sql)
        case let study as CaseStudy:
            try await replace(
                [
                    Document(
                        kind: .caseStudy, entityID: study.id.description, title: study.title,
                        body: join(study.summary, markdown.plainText(study.body)), slug: study.slug,
                        placeID: study.placeID?.description, enablerID: study.enablerID?.description,
                        day: day(study.publishedAt ?? study.createdAt), isPublic: study.status == .published)
                ], of: .caseStudy, entity: study.id.description, on: sql)
        case let post as NewsPost:
            try await replace(
                [
                    Document(
                        kind: .newsPost, entityID: post.id.description, title: post.title,
                        body: join(post.summary, markdown.plainText(post.body)), slug: post.slug,
                        day: day(post.publishedAt ?? post.createdAt), isPublic: post.status == .published)
                ], of: .newsPost, entity: post.id.description, on: sql)
        case let milestone as Milestone:
            try await refreshMilestone(milestone, on: sql)
        case let place as Place:
            let milestones = try await sql.select().column("*").from("milestones")
                .where("place_id", .equal, place.id.description).all(decoding: Milestone.self)
            for milestone in milestones { try await refreshMilestone(milestone, on: sql) }
        case let testimony as Testimony:
            try await refreshTestimony(testimony, on: sql)
        case let report as Report:
            try await refreshReport(report, on: sql)
        case let log as ReflectiveLog:
            try await replace(
                [
                    Document(
                        kind: .reflectiveLog, entityID: log.id.description, title: log.title,
                        body: join(
                            markdown.plainText(log.what), markdown.plainText(log.soWhat),
                            markdown.plainText(log.nowWhat), log.credit),
                        slug: log.slug, placeID: log.placeID?.description,
                        enablerID: log.enablerIDs.first?.description,
                        day: log.date.map(day) ?? day(log.createdAt), isPublic: log.status == .published)
                ], of: .reflectiveLog, entity: log.id.description, on: sql)
        case let theory as ProgrammeTheory:
            try await replace(
                [
                    Document(
                        kind: .programmeTheory, entityID: theory.id.description, title: theory.displayTitle,
                        body: join(
                            markdown.plainText(theory.context), markdown.plainText(theory.mechanism),
                            markdown.plainText(theory.outcome), markdown.plainText(theory.changeNote)),
                        slug: theory.slug, enablerID: theory.enablerID?.description,
                        day: day(theory.publishedAt ?? theory.createdAt), isPublic: theory.status == .published)
                ], of: .programmeTheory, entity: theory.id.description, on: sql)
        default:
            return
        }
    }

    /// Removes an item's entries (and, for a place, its milestones', which the database deletes with it).
    static func remove(kind: EntityKind, id: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "search_documents").where("entity_id", .equal, id).run()
        if kind == .place {
            try await sql.delete(from: "search_documents").where("kind", .equal, SearchKind.milestone.rawValue)
                .where("place_id", .equal, id).run()
        }
    }

    private static func refreshMilestone(_ milestone: Milestone, on sql: any SQLDatabase) async throws {
        var placeIsPublic = true
        if let place = milestone.placeID {
            placeIsPublic =
                try await sql.select().column("status").from("places").where("id", .equal, place.description)
                .first(decodingColumn: "status", as: String.self) == PublicationStatus.published.rawValue
        }
        try await replace(
            [
                Document(
                    kind: .milestone, entityID: milestone.id.description, title: milestone.title,
                    body: markdown.plainText(milestone.description), placeID: milestone.placeID?.description,
                    enablerID: milestone.enablerID?.description, day: milestone.date.map(day),
                    isPublic: milestone.status == .published && placeIsPublic)
            ], of: .milestone, entity: milestone.id.description, on: sql)
    }

    /// A report as readers find it: the words of its latest published version (the words being edited are not
    /// public), public while the report is published. A report never published is indexed for the team only.
    /// Embeds are left out: a clip's quote is found through its testimony, under that testimony's consent.
    static func refreshReport(_ report: Report, on sql: any SQLDatabase) async throws {
        let latest = try await ReportPublishing.latest(of: report.id, on: sql)
        let shown = latest?.snapshot ?? ReportSnapshot(report: report, sections: [])
        let sections = shown.sections.map { section in
            join(
                section.title, markdown.plainText(ReportBody(section.body).markdownWithoutEmbeds),
                section.questions.joined(separator: "\n"))
        }
        try await replace(
            [
                Document(
                    kind: .report, entityID: report.id.description, title: shown.report.title,
                    body: ([markdown.plainText(shown.report.summary)] + sections).joined(separator: "\n"),
                    slug: report.slug, day: day(latest?.publishedAt ?? report.createdAt),
                    isPublic: report.status == .published && latest != nil)
            ], of: .report, entity: report.id.description, on: sql)
    }

    /// A testimony's summary and every line of its transcript, with the visibility its consent gives today and
    /// the day that visibility ends.
    static func refreshTestimony(_ testimony: Testimony, on sql: any SQLDatabase) async throws {
        let cues = try await sql.select().columns("start_ms", "end_ms", "speaker", "text").from("transcript_cues")
            .where("testimony_id", .equal, testimony.id.description).orderBy("position")
            .all(decoding: TranscriptCue.self)
        try await refreshTestimony(testimony, cues: cues, on: sql)
    }

    static func refreshTestimony(_ testimony: Testimony, cues: [TranscriptCue], on sql: any SQLDatabase) async throws {
        let isPublic =
            testimony.status == .published && testimony.consentScope != .internalOnly
            && testimony.consentWithdrawnOn == nil
        let until = testimony.consentExpiresOn.map(day)
        let id = testimony.id.description
        var documents = [
            Document(
                kind: .testimony, entityID: id, title: testimony.title, body: testimony.summary,
                placeID: testimony.placeID?.description, enablerID: testimony.enablerID?.description,
                day: testimony.recordedOn.map(day) ?? day(testimony.createdAt), isPublic: isPublic, publicUntil: until)
        ]
        documents.reserveCapacity(cues.count + 1)
        for (position, cue) in cues.enumerated() {
            documents.append(
                Document(
                    kind: .transcriptCue, entityID: id, position: position, title: "", body: cue.text,
                    label: testimony.title,
                    startMs: cue.startMs, placeID: documents[0].placeID, enablerID: documents[0].enablerID,
                    day: documents[0].day, isPublic: isPublic, publicUntil: until))
        }
        try await sql.delete(from: "search_documents").where("entity_id", .equal, id).run()
        try await insert(documents, on: sql)
    }

    private static func replace(
        _ documents: [Document], of kind: SearchKind, entity: String, on sql: any SQLDatabase
    ) async throws {
        try await sql.delete(from: "search_documents").where("entity_id", .equal, entity).run()
        try await insert(documents, on: sql)
    }

    /// Rows per INSERT, well under every engine's limit on bound values.
    private static let batchSize = 400

    static func insert(_ documents: [Document], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let insert = sql.insert(into: "search_documents")
                .columns(
                    "kind", "entity_id", "position", "title", "body", "label", "slug", "start_ms", "place_id",
                    "enabler_id", "day", "is_public", "public_until")
            for document in documents[start..<min(start + batchSize, documents.count)] {
                insert.values(
                    SQLBind(document.kind.rawValue), SQLBind(document.entityID), SQLBind(document.position),
                    SQLBind(document.title), SQLBind(document.body),
                    SQLBind(document.label.isEmpty ? document.title : document.label), SQLBind(document.slug),
                    SQLBind(document.startMs),
                    SQLBind(document.placeID), SQLBind(document.enablerID), SQLBind(document.day),
                    SQLBind(document.isPublic ? 1 : 0), SQLBind(document.publicUntil))
            }
            try await insert.run()
        }
    }

    /// Empties the index and indexes everything again.
    static func rebuild(on sql: any SQLDatabase) async throws -> Int {
        try await sql.delete(from: "search_documents").run()
        func all<E: ContentEntity>(_: E.Type) async throws -> [E] {
            try await sql.select().column("*").from(E.kind.collectionKey).all(decoding: E.self)
        }
        for story in try await all(Story.self) { try await refresh(story, on: sql) }
        for study in try await all(CaseStudy.self) { try await refresh(study, on: sql) }
        for post in try await all(NewsPost.self) { try await refresh(post, on: sql) }
        for milestone in try await all(Milestone.self) { try await refreshMilestone(milestone, on: sql) }
        for testimony in try await all(Testimony.self) { try await refreshTestimony(testimony, on: sql) }
        for report in try await all(Report.self) { try await refreshReport(report, on: sql) }
        for log in try await all(ReflectiveLog.self) { try await refresh(log, on: sql) }
        for theory in try await all(ProgrammeTheory.self) { try await refresh(theory, on: sql) }
        if DatabaseEngine(of: sql) == .sqlite {
            // FTS5 merges its index segments on request; PostgreSQL's GIN index needs no such step.
            try await sql.raw("INSERT INTO search_index(search_index) VALUES('optimize')").run()
        }
        return try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("search_documents")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    static func join(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func day(_ date: Date) -> String {
        PartialDate(dayOf: date).description
    }

    /// A partial date's first day, so that `2022-07` sorts and compares as 1 July 2022.
    static func day(_ date: PartialDate) -> String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)?.description ?? date.description
    }
}
