extension ReportSnapshot {
    /// What the next published version of `report` holds: its sections that are published, and the drafts the
    /// publishing editor has chosen to include (seeing that they are drafts).
    ///
    /// A draft section is work in progress — often a contributor's — and nobody has decided it should be read;
    /// publishing a new version of the report must not carry it out to the public page unseen.
    public static func nextVersion(
        of report: Report, sections: [ReportSection], including drafts: Set<ReportSection.ID> = []
    ) -> ReportSnapshot {
        ReportSnapshot(
            report: report, sections: sections.filter { $0.status == .published || drafts.contains($0.id) })
    }
}
