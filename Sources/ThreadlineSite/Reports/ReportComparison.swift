import ThreadlineCore

/// What changed between two versions of a report: its details and summary, then each section (matched by ID, so a
/// moved or renamed section is compared with itself), line by line.
public struct ReportComparison {
    public let older: ReportSnapshot
    public let newer: ReportSnapshot

    /// A section's text as compared: heading, position and area on top, then its Markdown and questions.
    public static func text(of section: ReportSection) -> String {
        var lines = [
            "Heading: \(section.title)", "Position: \(section.position)",
            "Learning area: \(section.learningAreaID?.description ?? "none")", "",
        ]
        lines.append(section.body)
        if !section.questions.isEmpty {
            lines.append("")
            lines += section.questions.map { "Question: \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    public static func details(of report: Report) -> String {
        [
            "Title: \(report.title)", "URL name: \(report.slug)", "Period: \(report.periodText ?? "not given")",
            "Authors: \(report.authors.joined(separator: "; "))",
        ].joined(separator: "\n")
    }

    public func viewModel(title: String, fromNumber: Int, toNumber: Int, manageURL: String) -> ReportCompareViewModel {
        var parts: [ReportComparePart] = []
        func add(_ heading: String, _ old: String, _ new: String, state: String? = nil) {
            let lines = LineDiff.lines(from: old, to: new)
            let changed = LineDiff.hasChanges(lines)
            parts.append(
                ReportComparePart(
                    heading: heading, state: state ?? (changed ? "Changed" : "Unchanged"),
                    lines: lines.map { line in
                        switch line {
                        case .same(let text): DiffLineView(text: text, isAdded: false, isRemoved: false)
                        case .added(let text): DiffLineView(text: text, isAdded: true, isRemoved: false)
                        case .removed(let text): DiffLineView(text: text, isAdded: false, isRemoved: true)
                        }
                    }))
        }
        add("Details", Self.details(of: older.report), Self.details(of: newer.report))
        add("Summary", older.report.summary, newer.report.summary)
        let oldSections = Dictionary(older.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(newer.sections.map(\.id))
        for section in newer.sections {
            if let before = oldSections[section.id] {
                add("Section: \(section.title)", Self.text(of: before), Self.text(of: section))
            } else {
                add("Section: \(section.title)", "", Self.text(of: section), state: "Added")
            }
        }
        for section in older.sections where !newIDs.contains(section.id) {
            add("Section: \(section.title)", Self.text(of: section), "", state: "Removed")
        }
        return ReportCompareViewModel(
            title: title, fromNumber: fromNumber, toNumber: toNumber, manageURL: manageURL, parts: parts,
            hasChanges: parts.contains { $0.state != "Unchanged" })
    }

    /// Creates the value from each of its fields.
    public init(older: ReportSnapshot, newer: ReportSnapshot) {
        self.older = older
        self.newer = newer
    }
}
