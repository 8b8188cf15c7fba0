public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `ReportRepository`.
public struct SQLReportRepository: ReportRepository {
    private let database: Database

    /// Creates a repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    public func publish(
        _ id: Report.ID, by user: User.ID?, at date: Date, including drafts: Set<ReportSection.ID>
    ) async throws -> ReportVersion {
        let version = try await database.write { sql in
            let table = ContentTable<Report>()
            guard var report = try await table.get(id, on: sql) else {
                throw StoreError.notFound("The report \(id)")
            }
            try await Self.publishIncluded(drafts, of: report, at: date, on: sql)
            if report.status != .published {
                report.status = .published
                report.publishedAt = report.publishedAt ?? date
                report.updatedAt = date
                try await table.update(report, on: sql)
            }
            let version = try await ReportPublishing.record(report, by: user, at: date, on: sql)
            try await AuditLog.record(
                .published, kind: EntityKind.report.rawValue, id: id.description,
                summary: "Published version \(version.number) of the report “\(report.displayTitle)”.",
                changes: [AuditChange(field: "version", from: nil, to: .number(Double(version.number)))], on: sql)
            try await ContentVersion.bump(on: sql)
            return version
        }
        database.noteContentChange()
        return version
    }

    /// Publishes the draft sections an editor chose to include in a version, each audited as a publication.
    private static func publishIncluded(
        _ drafts: Set<ReportSection.ID>, of report: Report, at date: Date, on sql: any SQLDatabase
    ) async throws {
        guard !drafts.isEmpty else { return }
        let sections = try await ReportPublishing.sections(of: report.id, on: sql)
        let strangers = drafts.subtracting(sections.map(\.id))
        guard strangers.isEmpty else {
            throw StoreError.conflict(
                strangers.sorted().map {
                    FieldProblem(field: "include_sections", message: "\($0) is not a section of this report.")
                })
        }
        let table = ContentTable<ReportSection>()
        for var section in sections where drafts.contains(section.id) && section.status != .published {
            section.status = .published
            section.publishedAt = section.publishedAt ?? date
            section.updatedAt = date
            try await table.update(section, on: sql)
            try await AuditLog.record(
                .published, kind: EntityKind.reportSection.rawValue, id: section.id.description,
                summary:
                    "Published the draft section “\(section.displayTitle)” with a version of “\(report.displayTitle)”.",
                changes: [AuditChange(field: "status", from: .string("draft"), to: .string("published"))], on: sql)
        }
    }

    public func sections(of id: Report.ID) async throws -> [ReportSection] {
        try await database.read { try await ReportPublishing.sections(of: id, on: $0) }
    }

    public func versions(of id: Report.ID) async throws -> [ReportVersion] {
        try await database.read { sql in
            try await sql.select().column("*").from("report_versions").where("report_id", .equal, id.description)
                .orderBy("number", .descending).all(decoding: ReportPublishing.VersionRow.self)
                .map { try $0.version() }
        }
    }

    public func version(_ number: Int, of id: Report.ID) async throws -> ReportVersion? {
        try await database.read { sql in
            try await sql.select().column("*").from("report_versions").where("report_id", .equal, id.description)
                .where("number", .equal, number).first(decoding: ReportPublishing.VersionRow.self)?.version()
        }
    }

    public func latestVersion(of id: Report.ID) async throws -> ReportVersion? {
        try await database.read { try await ReportPublishing.latest(of: id, on: $0) }
    }

    private struct CitationRow: Decodable {
        var report_id: String
        var report_title: String
        var section_id: String
        var section_title: String
        var section_anchor: String
        var target_kind: String
        var target_key: String

        var citation: ReportCitation? {
            guard let report = Report.ID(report_id), let section = ReportSection.ID(section_id),
                let target = ReportCitation.Target(kindName: target_kind, key: target_key)
            else { return nil }
            return ReportCitation(
                reportID: report, reportTitle: report_title, sectionID: section, sectionTitle: section_title,
                sectionAnchor: section_anchor,
                target: target)
        }
    }

    private func publishedCitations(_ filter: @escaping @Sendable (SQLSelectBuilder) -> SQLSelectBuilder) async throws
        -> [ReportCitation]
    {
        try await database.read { sql in
            let builder = sql.select()
                .columns(
                    SQLColumn("report_id", table: "c"), SQLColumn("report_title", table: "c"),
                    SQLColumn("section_id", table: "c"),
                    SQLColumn("section_title", table: "c"), SQLColumn("section_anchor", table: "c"),
                    SQLColumn("target_kind", table: "c"), SQLColumn("target_key", table: "c")
                )
                .from(SQLAlias(SQLIdentifier("report_citations"), as: SQLIdentifier("c")))
                .join(
                    SQLAlias(SQLIdentifier("reports"), as: SQLIdentifier("r")),
                    on: SQLColumn("id", table: "r"), .equal, SQLColumn("report_id", table: "c")
                )
                .where(SQLColumn("status", table: "r"), .equal, SQLBind("published"))
            return try await filter(builder)
                .orderBy(SQLColumn("report_title", table: "c")).orderBy(SQLColumn("report_id", table: "c"))
                .orderBy(SQLColumn("position", table: "c"))
                .all(decoding: CitationRow.self).compactMap(\.citation)
        }
    }

    public func citations(of targets: [ReportCitation.Target]) async throws -> [ReportCitation] {
        guard !targets.isEmpty else { return [] }
        let wanted = Set(targets)
        let keys = Array(Set(targets.map(\.key)))
        return try await publishedCitations { builder in
            builder.where(SQLColumn("target_key", table: "c"), .in, SQLBind.group(keys))
        }.filter { wanted.contains($0.target) }
    }

    public func allCitations() async throws -> [ReportCitation] {
        try await publishedCitations { $0 }
    }
}
