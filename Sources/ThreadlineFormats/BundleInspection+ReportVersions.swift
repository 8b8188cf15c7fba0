import Foundation
import ThreadlineCore

extension BundleInspection {
    /// The keys of one published version in a bundle.
    static let reportVersionKeys = ["number", "published_at", "report", "sections"]

    /// The published versions listed under a report record (`published_versions`), oldest first.
    ///
    /// A version is history: its report and sections are checked as records of their kinds, but not for unique ids
    /// or for references, since what a version once cited may since have been deleted.
    mutating func reportVersions(_ value: JSONValue?, of reportID: String, at reportPath: String) -> [ReportVersion] {
        guard let value, value != .null else { return [] }
        let path = "\(reportPath).\(ProgrammeBundleFormat.publishedVersionsKey)"
        guard let items = value.arrayValue else {
            report(path, "Expected a list of published versions, found \(value.kindName).")
            return []
        }
        var versions: [ReportVersion] = []
        var previous = 0
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard let object = item.objectValue else {
                report(itemPath, "Expected an object (one published version), found \(item.kindName).")
                continue
            }
            for key in object.keys.sorted() where !Self.reportVersionKeys.contains(key) {
                report(
                    "\(itemPath).\(Self.shortened(key))",
                    "Unknown key; a published version has: \(Self.reportVersionKeys.joined(separator: ", ")).")
            }
            guard let number = object["number"]?.numberValue, number == number.rounded(), number > Double(previous),
                number < 1e9
            else {
                report("\(itemPath).number", "Missing, or not a whole number after the version before (\(previous)).")
                continue
            }
            guard let stamp = object["published_at"]?.stringValue,
                let publishedAt = ProgrammeBundleFormat.instant(stamp)
            else {
                report(
                    "\(itemPath).published_at", "Missing, or not a date and time (write it like 2022-10-05T09:00:00Z).")
                continue
            }
            let before = problemCount
            let published = snapshotRecord(Report.self, object["report"], at: "\(itemPath).report")
            var sections: [ReportSection] = []
            switch object["sections"] {
            case .array(let list):
                for (position, section) in list.enumerated() {
                    if let record = snapshotRecord(ReportSection.self, section, at: "\(itemPath).sections[\(position)]")
                    {
                        sections.append(record)
                    }
                }
            case nil, .null:
                break
            case let other?:
                report("\(itemPath).sections", "Expected a list of sections, found \(other.kindName).")
            }
            guard problemCount == before, let published else { continue }
            guard published.id.description == reportID.lowercased() else {
                report("\(itemPath).report.id", "A published version must be of the report it is listed under.")
                continue
            }
            previous = Int(number)
            versions.append(
                ReportVersion(
                    reportID: published.id, number: previous, publishedAt: publishedAt, publishedBy: nil,
                    snapshot: ReportSnapshot(report: published, sections: sections)))
        }
        return versions
    }

    /// One record of a published version, checked against its kind's schema and decoded.
    private mutating func snapshotRecord<Entity: ContentEntity>(
        _ type: Entity.Type, _ value: JSONValue?, at path: String
    ) -> Entity? {
        guard let object = value?.objectValue else {
            report(
                path,
                "Expected an object (the \(Entity.kind.singularName) as published), found "
                    + "\(value?.kindName ?? "nothing").")
            return nil
        }
        let before = problemCount
        checkKeys(of: object, schema: Entity.schema, at: path, extraKeys: [], placeIsImplied: false)
        for problem in Entity.schema.problems(in: object) { report(problem.prefixed(by: path)) }
        checkTimestamps(of: object, at: path)
        guard problemCount == before else { return nil }
        return decode(Entity.self, from: object, at: path)
    }
}
