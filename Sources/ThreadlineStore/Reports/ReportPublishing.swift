import Foundation
import SQLKit
import ThreadlineCore

/// Records report versions and citations inside the caller's transaction, so a report is never marked published
/// without the version readers will see.
enum ReportPublishing {
    /// Snapshots are stored as JSON with dates as seconds since 1970, which keeps them exact.
    static func encode(_ snapshot: ReportSnapshot) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(snapshot), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> ReportSnapshot {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(ReportSnapshot.self, from: Data(text.utf8))
    }

    /// One stored version.
    struct VersionRow: Decodable {
        var report_id: String
        var number: Int
        var published_at: Double
        var published_by: String?
        var snapshot: String

        func version() throws -> ReportVersion {
            guard let id = Report.ID(report_id) else { throw StoreError.notFound("The report \(report_id)") }
            return ReportVersion(
                reportID: id, number: number, publishedAt: Date(timeIntervalSince1970: published_at),
                publishedBy: published_by.flatMap { User.ID($0) }, snapshot: try ReportPublishing.decode(snapshot))
        }
    }

    static func sections(of id: Report.ID, on sql: any SQLDatabase) async throws -> [ReportSection] {
        try await sql.select().column("*").from("report_sections").where("report_id", .equal, id.description)
            .orderBy(ContentTable<ReportSection>().ordering(on: sql)).all(decoding: ReportSection.self)
    }

    static func latest(of id: Report.ID, on sql: any SQLDatabase) async throws -> ReportVersion? {
        try await sql.select().column("*").from("report_versions").where("report_id", .equal, id.description)
            .orderBy("number", .descending).limit(1).first(decoding: VersionRow.self)?.version()
    }

    /// Records the report (already stored as published) as a version if it changed, and replaces its citations.
    /// The version holds the report's published sections only (`ReportSnapshot.nextVersion`): a draft section goes
    /// out only once someone publishes it, or includes it when publishing the version (`SQLReportRepository`).
    @discardableResult
    static func record(_ report: Report, by user: User.ID?, at date: Date, on sql: any SQLDatabase) async throws
        -> ReportVersion
    {
        let snapshot = ReportSnapshot.nextVersion(of: report, sections: try await sections(of: report.id, on: sql))
        let latest = try await latest(of: report.id, on: sql)
        let version: ReportVersion
        if let latest, latest.snapshot.hasSameContent(as: snapshot) {
            version = latest
        } else {
            version = ReportVersion(
                reportID: report.id, number: (latest?.number ?? 0) + 1, publishedAt: date, publishedBy: user,
                snapshot: snapshot)
            try await insert(version, on: sql)
        }
        try await SearchIndex.refreshReport(report, on: sql)
        try await replaceCitations(with: version, on: sql)
        return version
    }

    /// Stores one version as it is (from `record`, or from an imported bundle).
    static func insert(_ version: ReportVersion, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "report_versions")
            .columns("report_id", "number", "published_at", "published_by", "snapshot")
            .values(
                SQLBind(version.reportID.description), SQLBind(version.number),
                SQLBind(version.publishedAt.timeIntervalSince1970), SQLBind(version.publishedBy?.description),
                SQLBind(try encode(version.snapshot))
            ).run()
    }

    /// Makes the report's citations those of `version`, its latest.
    static func replaceCitations(with version: ReportVersion, on sql: any SQLDatabase) async throws {
        let report = version.reportID
        try await sql.delete(from: "report_citations").where("report_id", .equal, report.description).run()
        for (position, citation) in version.snapshot.citations.enumerated() {
            try await sql.insert(into: "report_citations")
                .columns(
                    "report_id", "position", "report_title", "section_id", "section_title", "section_anchor",
                    "target_kind", "target_key"
                )
                .values(
                    SQLBind(report.description), SQLBind(position), SQLBind(citation.reportTitle),
                    SQLBind(citation.sectionID.description), SQLBind(citation.sectionTitle),
                    SQLBind(citation.sectionAnchor), SQLBind(citation.target.kindName), SQLBind(citation.target.key)
                ).run()
        }
    }

    /// Stores a bundle's published versions and makes each report's citations those of its latest.
    static func importVersions(_ versions: [Report.ID: [ReportVersion]], on sql: any SQLDatabase) async throws {
        for (_, list) in versions.sorted(by: { $0.key < $1.key }) {
            for version in list { try await insert(version, on: sql) }
            if let latest = list.max(by: { $0.number < $1.number }) {
                try await replaceCitations(with: latest, on: sql)
            }
        }
    }

    /// Every version of every report, for an export: publishers and authors left out, as users do not travel.
    static func allVersions(on sql: any SQLDatabase) async throws -> [Report.ID: [ReportVersion]] {
        let rows = try await sql.select().column("*").from("report_versions").orderBy("report_id")
            .orderBy("number").all(decoding: VersionRow.self)
        var versions: [Report.ID: [ReportVersion]] = [:]
        for row in rows {
            var version = try row.version()
            version.publishedBy = nil
            version.snapshot.report.authorID = nil
            for index in version.snapshot.sections.indices { version.snapshot.sections[index].authorID = nil }
            versions[version.reportID, default: []].append(version)
        }
        return versions
    }

    /// Records a version for every published report that has none (after an import).
    static func recordMissing(on sql: any SQLDatabase) async throws {
        let reports = try await sql.select().column("*").from("reports").where("status", .equal, "published")
            .all(decoding: Report.self)
        for report in reports where try await latest(of: report.id, on: sql) == nil {
            try await record(report, by: nil, at: report.publishedAt ?? report.updatedAt, on: sql)
        }
    }
}
