import ThreadlineCore

/// The workspace's pages grouped by what people do there, for the header and the dashboard.
///
/// Thirty-odd links in one row took half a phone's first screen; grouped, the header shows five group links and
/// the pages of the group the reader is in, and the dashboard lists every group in full as the workspace's map.
public enum WorkspaceNavigation {
    /// One group of workspace pages.
    public struct Group: Sendable {
        /// The group's name as the header shows it ("Gather").
        public var label: String
        /// The anchor of its section on the dashboard (`gather`), which the header's group link opens.
        public var anchor: String
        /// One sentence saying what the group is for, under its heading on the dashboard.
        public var purpose: String
        /// Its pages, in the order people use them.
        public var links: [NavigationLink]
        /// Sections that belong to the group without a link of their own (a code's passages belong with coding).
        public var otherSections: [String] = []

        /// Whether the page in `section` is one of the group's.
        public func contains(section: String) -> Bool {
            links.contains { $0.section == section } || otherSections.contains(section)
        }
    }

    /// Every group, the administration group only for an administrator.
    public static func groups(isAdmin: Bool) -> [Group] {
        func kind(_ kind: EntityKind) -> NavigationLink {
            NavigationLink(
                label: kind.pluralName.capitalizedFirst, url: "/workspace/\(kind.pathSegment)",
                section: kind.pathSegment)
        }
        var administer = [
            NavigationLink(label: "Programme", url: "/workspace/programme", section: "programme"),
            NavigationLink(label: "API tokens", url: "/workspace/tokens", section: "tokens"),
        ]
        if isAdmin {
            administer += [
                NavigationLink(label: "Users", url: "/workspace/users", section: "users"),
                NavigationLink(label: "Audit trail", url: "/workspace/audit", section: "audit"),
            ]
        }
        return [
            Group(
                label: "Gather", anchor: "gather",
                purpose: "Record what people said and did: testimony, stories, logs, figures and surveys.",
                links: [
                    kind(.testimony), kind(.story), kind(.caseStudy), kind(.reflectiveLog), kind(.document),
                    kind(.milestone),
                    kind(.organisation), kind(.indicatorFigure),
                    NavigationLink(label: "Counts and Measures", url: "/workspace/counts", section: "counts"),
                    NavigationLink(label: "Maturity survey", url: "/workspace/maturity", section: "maturity"),
                    NavigationLink(label: "Partnership networks", url: "/workspace/networks", section: "networks"),
                ]),
            Group(
                label: "Analyse", anchor: "analyse",
                purpose: "Code the evidence, compare coders and places, and test the programme's theories.",
                links: [
                    NavigationLink(label: "Coding", url: "/workspace/coding", section: "coding"),
                    NavigationLink(label: "Codebook", url: "/workspace/codes", section: "codes"),
                    NavigationLink(label: "Queries", url: "/workspace/queries", section: "queries"),
                    NavigationLink(
                        label: "Coding matrices", url: "/workspace/matrices?rows=codes&columns=places",
                        section: "matrices"),
                    NavigationLink(label: "Coder agreement", url: "/workspace/agreement", section: "agreement"),
                    NavigationLink(label: "Evidence coverage", url: "/workspace/coverage", section: "coverage"),
                    kind(.programmeTheory), kind(.theoryEvidence),
                    NavigationLink(
                        label: "Theories and evidence", url: "/workspace/theory-overview", section: "theory-overview"),
                ],
                otherSections: ["passages"]),
            Group(
                label: "Publish", anchor: "publish",
                purpose: "Shape what readers see: reports, clips, news, places, enablers and indicators.",
                links: [
                    kind(.report), kind(.reportSection), kind(.clip),
                    NavigationLink(label: "Clip picker", url: "/workspace/clip-picker", section: "clip-picker"),
                    kind(.newsPost), kind(.place), kind(.enabler), kind(.learningArea), kind(.indicator),
                    kind(.countsExample),
                ]),
            Group(
                label: "Administer", anchor: "administer",
                purpose: "Run the hub: the programme's settings, API tokens"
                    + (isAdmin ? ", people's accounts and the audit trail." : "."),
                links: administer),
        ]
    }
}
