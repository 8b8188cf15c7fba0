import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// Workspace pages for working with evidence across the programme: the coverage grid (enablers × places: where the
/// evidence is thin) and the clip picker (search testimony, choose a range from its transcript, get the embed code).
struct EvidenceWorkspaceController {
    let enablers: any ContentRepository<Enabler>
    let places: any ContentRepository<Place>
    let milestones: any ContentRepository<Milestone>
    let stories: any ContentRepository<Story>
    let caseStudies: any ContentRepository<CaseStudy>
    let testimonies: any ContentRepository<Testimony>
    let clips: any ContentRepository<Clip>
    let reportSections: any ContentRepository<ReportSection>
    let reportVersions: any ReportRepository
    let transcripts: any TranscriptRepository
    let search: any SearchRepository
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("coverage") { _, context in try await coveragePage(context).response(from: context) }
        group.get("clip-picker") { request, context in try await pickerSearch(request, context).response(from: context)
        }
        group.get("clip-picker/:id") { request, context in
            try await rangePage(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("clip-picker/:id") { request, context in try await createClip(request, context) }
    }

    // MARK: Coverage

    private func coveragePage(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let enablers = try await enablers.all()
        let places = try await places.all()
        let clips = try await clips.all()
        var citedClips: Set<Clip.ID> = []
        for section in try await reportSections.all() {
            for case .clip(let id) in ReportBody(section.body).embeds { citedClips.insert(id) }
        }
        for citation in try await reportVersions.allCitations() {
            if case .clip(let id) = citation.target { citedClips.insert(id) }
        }
        let citedTestimony = Set(clips.filter { citedClips.contains($0.id) }.compactMap(\.testimonyID))
        var items: [EvidenceCoverage.Item] = []
        items += try await stories.all().map { .init(kind: .story, enablerID: $0.enablerID, placeID: $0.placeID) }
        items += try await caseStudies.all().map {
            .init(kind: .caseStudy, enablerID: $0.enablerID, placeID: $0.placeID)
        }
        items += try await milestones.all().map {
            .init(kind: .milestone, enablerID: $0.enablerID, placeID: $0.placeID)
        }
        items += try await testimonies.all().map {
            .init(
                kind: .testimony, enablerID: $0.enablerID, placeID: $0.placeID,
                isCited: citedTestimony.contains($0.id))
        }
        let coverage = EvidenceCoverage(enablers: enablers.map(\.id), places: places.map(\.id), items: items)
        let model = CoverageViewModel(
            places: places.map(\.name),
            rows: zip(enablers, coverage.cells).map { enabler, cells in
                CoverageRow(
                    enabler: "\(enabler.number). \(enabler.name)",
                    cells: cells.map { cell in
                        CoverageCell(
                            isEmpty: cell.isEmpty,
                            text: cell.isEmpty
                                ? "No evidence"
                                : "\(cell.evidence) \(cell.evidence == 1 ? "item" : "items"); "
                                    + "\(cell.citedTestimony) of \(cell.testimony) testimony cited")
                    })
            },
            hasGrid: !enablers.isEmpty && !places.isEmpty, emptyCells: coverage.emptyCellCount,
            totalCells: enablers.count * places.count,
            unplacedText: coverage.unplaced == 0
                ? nil
                : "\(coverage.unplaced) \(coverage.unplaced == 1 ? "item is" : "items are") linked to no enabler or "
                    + "no place and \(coverage.unplaced == 1 ? "is" : "are") not counted.")
        return try await chrome.page(
            model, title: "Evidence coverage", section: "coverage", session: session)
    }

    // MARK: Clip picker

    private func pickerSearch(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let text = request.uri.queryParameters.get("q") ?? ""
        var results: [PickerResult] = []
        var message: String?
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            results = try await testimonies.all().map {
                PickerResult(title: $0.title, url: "/workspace/clip-picker/\($0.id)", snippet: $0.summary.nonBlank)
            }
        } else {
            switch SearchQuery.parse(text) {
            case .failure(let problem):
                message = problem.description
            case .success(let query):
                let found = try await search.search(
                    SearchRequest(
                        query: query, kinds: [.testimony, .transcriptCue], publicOnly: false,
                        today: PartialDate(dayOf: time.now()), limit: 30))
                results = found.hits.map { hit in
                    PickerResult(
                        title: hit.title,
                        url: "/workspace/clip-picker/\(hit.entityID)"
                            + (hit.startMs.map { "?at=\($0)#cue-at-\($0)" } ?? ""),
                        snippet: String(hit.snippet.filter { $0 != SearchHit.markStart && $0 != SearchHit.markEnd }))
                }
                if results.isEmpty { message = "Nothing in the testimony matches \"\(text)\"." }
            }
        }
        let model = PickerSearchViewModel(
            query: text, results: results, hasResults: !results.isEmpty, message: message)
        return try await chrome.page(
            model, title: "Clip picker", section: "clip-picker", session: session)
    }

    private func testimony(_ context: AppRequestContext) async throws -> Testimony {
        guard let id = Testimony.ID(context.slug(parameter: "id")), let testimony = try await testimonies.get(id)
        else { throw HTTPError(.notFound) }
        return testimony
    }

    private func rangePage(
        _ request: Request, _ context: AppRequestContext, problems: [String], form: FormData?
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let testimony = try await testimony(context)
        let cues = try await transcripts.cues(of: testimony.id)
        var created: PickerCreatedClip?
        if let id = request.uri.queryParameters.get("created").flatMap({ Clip.ID($0) }),
            let clip = try await clips.get(id)
        {
            created = PickerCreatedClip(
                title: clip.title, code: ReportEmbed.clip(clip.id).directive,
                rangeText: PublicSite.rangeText(clip.startMs, clip.endMs), editURL: "/workspace/clips/\(clip.id)")
        }
        let at = request.uri.queryParameters.get("at").flatMap { Int($0) }
        let chosenStart = form.flatMap { Int($0["start"]) } ?? cues.firstIndex { $0.startMs == at }
        let chosenEnd = form.flatMap { Int($0["end"]) } ?? chosenStart
        let model = PickerRangeViewModel(
            title: testimony.title, action: "/workspace/clip-picker/\(testimony.id)", csrfToken: session.csrfToken,
            clipTitle: form?["title"] ?? "", created: created, problems: problems, hasProblems: !problems.isEmpty,
            cues: cues.enumerated().map { index, cue in
                PickerCue(
                    index: index, anchor: "cue-at-\(cue.startMs)", timeText: TimeSpanText.clock(cue.startMs),
                    speaker: cue.speaker?.nonBlank, text: cue.text, isStart: index == chosenStart,
                    isEnd: index == chosenEnd)
            },
            hasCues: !cues.isEmpty, mediaURL: "/workspace/testimony/\(testimony.id)/media")
        var page = try await chrome.page(
            model, title: "Choose a range: \(testimony.title)", section: "clip-picker",
            session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func createClip(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCreate(as: context.viewer) else { throw HTTPError(.forbidden) }
        let testimony = try await testimony(context)
        // A clip is cut from its testimony's place: a contributor clips only the testimony of their own places.
        guard AccessPolicy.canWork(inPlace: testimony.placeID, of: Testimony.self, as: context.viewer) else {
            throw HTTPError(.forbidden)
        }
        let cues = try await transcripts.cues(of: testimony.id)
        var problems: [String] = []
        let title = form["title"].trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { problems.append("Give the clip a name.") }
        let start = Int(form["start"])
        let end = Int(form["end"])
        if start.map({ cues.indices.contains($0) }) != true { problems.append("Choose the line the clip starts at.") }
        if end.map({ cues.indices.contains($0) }) != true { problems.append("Choose the line the clip ends at.") }
        if let start, let end, cues.indices.contains(start), cues.indices.contains(end), end < start {
            problems.append("The clip must end at or after the line it starts at.")
        }
        guard problems.isEmpty, let start, let end else {
            return try await rangePage(request, context, problems: problems, form: form).response(from: context)
        }
        let now = time.now()
        // An editor's clip is published at once (whether anyone outside the team hears it is still decided by its
        // testimony's consent); a contributor's is a draft for an editor to publish, like all their work.
        let publishes = AccessPolicy.canPublish(as: context.viewer)
        let clip = Clip(
            id: ids.next(Clip.self), testimonyID: testimony.id, title: title, startMs: cues[start].startMs,
            endMs: cues[end].endMs, note: "", status: publishes ? .published : .draft, authorID: session.user.id,
            createdAt: now, publishedAt: publishes ? now : nil)
        do {
            try await clips.create(clip)
        } catch let error as StoreError {
            return try await rangePage(request, context, problems: [error.description], form: form).response(
                from: context)
        }
        return Response(
            status: .seeOther, headers: [.location: "/workspace/clip-picker/\(testimony.id)?created=\(clip.id)"])
    }
}
