import ThreadlineCore
import ThreadlineStore

/// Rules about the item another item belongs to, which the item itself cannot show: a clip belongs to its
/// testimony's place, and a report section to its report. The workspace form and the API both ask here, so the two
/// doors cannot disagree; the decisions themselves are `AccessPolicy`'s.
public struct ParentItemRule: Sendable {
    /// For the place of the testimony a clip cuts from.
    public let testimonies: any ContentRepository<Testimony>
    /// For the report a section is added to.
    public let reports: any ContentRepository<Report>

    /// The problem, on the field that names the parent, when `viewer` may not put `item` there; `nil` otherwise,
    /// and for a parent that does not exist (the store refuses that reference itself).
    ///
    /// - A contributor may clip only testimony of a place they work in (`AccessPolicy.placeRefusal`).
    /// - A contributor may add a section only to a report they started (`AccessPolicy.canAddSection`); a section
    ///   already in a report may be saved there, so the check is made when the section is new or moves.
    public func problem<Entity: ContentEntity>(_ item: Entity, original: Entity?, viewer: Viewer) async throws
        -> FieldProblem?
    {
        guard let role = viewer.role, role < .editor else { return nil }
        if let clip = item as? Clip, let testimonyID = clip.testimonyID,
            let testimony = try await testimonies.get(testimonyID),
            let refusal = AccessPolicy.placeRefusal(for: testimony.placeID, as: viewer)
        {
            return FieldProblem(field: "testimony_id", message: "This testimony is another place's. \(refusal.message)")
        }
        if let section = item as? ReportSection, let reportID = section.reportID,
            (original as? ReportSection)?.reportID != reportID,
            let report = try await reports.get(reportID), !AccessPolicy.canAddSection(to: report, as: viewer)
        {
            return FieldProblem(
                field: "report_id",
                message:
                    "This report is someone else's: ask an editor to add your section, or start a report of your own.")
        }
        return nil
    }

    /// Creates the value from each of its fields.
    public init(testimonies: any ContentRepository<Testimony>, reports: any ContentRepository<Report>) {
        self.testimonies = testimonies
        self.reports = reports
    }
}
