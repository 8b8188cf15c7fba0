import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// The evaluators' view of programme theories, drafts included: every version by enabler, and for one version its
/// context, mechanism and outcome, every evidence link (any status, with its edit page) and its whole history, so a
/// theory can be weighed and revised before anything is published.
struct TheoryWorkspaceController {
    let enablers: any ContentRepository<Enabler>
    let stories: any ContentRepository<Story>
    let caseStudies: any ContentRepository<CaseStudy>
    let testimonies: any ContentRepository<Testimony>
    let clips: any ContentRepository<Clip>
    let countsExamples: any ContentRepository<CountsExample>
    let reflectiveLogs: any ContentRepository<ReflectiveLog>
    let programmeTheories: any ContentRepository<ProgrammeTheory>
    let theoryEvidence: any ContentRepository<TheoryEvidence>
    let chrome: WorkspaceChrome
    let renderer: PageRenderer

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("theory-overview") { _, context in try await overview(context).response(from: context) }
        group.get("theory-overview/:id") { _, context in try await version(context).response(from: context) }
    }

    private func overview(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let theories = try await programmeTheories.all()
        let history = TheoryHistory(theories) { _ in true }
        let links = try await theoryEvidence.all()
        let enablers = try await enablers.all().sorted { ($0.number, $0.name) < ($1.number, $1.name) }
        var groups: [WorkspaceTheoryGroup] = []
        for enabler in enablers {
            let own = history.latestVersions.filter { $0.enablerID == enabler.id }
            guard !own.isEmpty else { continue }
            groups.append(
                WorkspaceTheoryGroup(
                    enablerName: "\(enabler.number). \(enabler.name)",
                    theories: own.map { theory in
                        let cited = links.filter { $0.theoryID == theory.id }
                        return WorkspaceTheoryItem(
                            title: theory.title, cycle: theory.cycle, url: "/workspace/theory-overview/\(theory.id)",
                            status: theory.status.rawValue,
                            supports: cited.filter { $0.stance == .supports }.count,
                            challenges: cited.filter { $0.stance == .challenges }.count,
                            versions: history.chain(through: theory).count)
                    }))
        }
        return try await chrome.page(
            WorkspaceTheoryOverviewModel(groups: groups, hasGroups: !groups.isEmpty),
            title: "Programme theories", section: "theory-overview", session: session)
    }

    private func version(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard let id = ProgrammeTheory.ID(context.slug(parameter: "id")),
            let theory = try await programmeTheories.get(id)
        else { throw HTTPError(.notFound) }
        let history = TheoryHistory(try await programmeTheories.all()) { _ in true }
        let enabler = try await theory.enablerID.asyncMap { try await enablers.get($0) } ?? nil
        var supporting: [WorkspaceEvidenceItem] = []
        var challenging: [WorkspaceEvidenceItem] = []
        for link in try await theoryEvidence.all().filter({ $0.theoryID == theory.id }) {
            let item = WorkspaceEvidenceItem(
                kindLabel: link.evidence?.kind.singularName.capitalizedFirst ?? "Nothing chosen",
                title: try await evidenceTitle(link) ?? "(deleted)",
                url: link.evidence.map { "/workspace/\($0.kind.pathSegment)/\($0.id)" },
                note: link.note.nonBlank, status: link.status.rawValue,
                editURL: "/workspace/\(EntityKind.theoryEvidence.pathSegment)/\(link.id)")
            if link.stance == .challenges { challenging.append(item) } else { supporting.append(item) }
        }
        let versions = history.chain(through: theory).map { version in
            WorkspaceTheoryVersion(
                title: version.title, cycle: version.cycle, url: "/workspace/theory-overview/\(version.id)",
                status: version.status.rawValue, isCurrent: version.id == theory.id,
                changeNote: version.changeNote.nonBlank)
        }
        let model = WorkspaceTheoryModel(
            title: theory.title, cycle: theory.cycle, status: theory.status.rawValue,
            enablerName: enabler.map { "\($0.number). \($0.name)" },
            editURL: "/workspace/\(EntityKind.programmeTheory.pathSegment)/\(theory.id)",
            newEvidenceURL: "/workspace/\(EntityKind.theoryEvidence.pathSegment)/new",
            contextHTML: renderer.html(theory.context), mechanismHTML: renderer.html(theory.mechanism),
            outcomeHTML: renderer.html(theory.outcome), supporting: supporting, hasSupporting: !supporting.isEmpty,
            challenging: challenging, hasChallenging: !challenging.isEmpty, versions: versions)
        return try await chrome.page(
            model, title: "\(theory.title) (\(theory.cycle))", section: "theory-overview",
            session: session)
    }

    /// The title of the item a link cites, whatever its status; `nil` when it was deleted or none is chosen.
    private func evidenceTitle(_ link: TheoryEvidence) async throws -> String? {
        if let id = link.storyID { return try await stories.get(id)?.title }
        if let id = link.caseStudyID { return try await caseStudies.get(id)?.title }
        if let id = link.testimonyID { return try await testimonies.get(id)?.title }
        if let id = link.clipID { return try await clips.get(id)?.displayTitle }
        if let id = link.reflectiveLogID { return try await reflectiveLogs.get(id)?.title }
        if let id = link.exampleID { return try await countsExamples.get(id)?.title }
        return nil
    }
}
