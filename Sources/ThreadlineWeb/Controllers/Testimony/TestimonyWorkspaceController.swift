import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace page for a testimony's recording, transcript and clips: upload the recording (streamed to the
/// API by a small script, with progress), paste or load a transcript (WebVTT, SRT or `[hh:mm:ss]` text), correct
/// cues and speakers line by line, and see the clips cut from it.
struct TestimonyWorkspaceController {
    let testimonies: any ContentRepository<Testimony>
    let clips: any ContentRepository<Clip>
    let transcripts: any TranscriptRepository
    let chrome: WorkspaceChrome
    let media: MediaLibrary

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("testimony/:id/media") { request, context in
            let query = request.uri.queryParameters
            let from = query.get("from").flatMap { Int($0) }.map { max($0, 0) } ?? 0
            return try await page(
                context, transcriptText: nil, problems: [], from: from,
                notice: query.get("saved").flatMap(Self.savedNotice)
            ).response(from: context)
        }
        group.post("testimony/:id/transcript") { request, context in try await importTranscript(request, context) }
        group.post("testimony/:id/cues") { request, context in try await saveCues(request, context) }
        group.post("testimony/:id/safe-labels") { request, context in try await saveSafeLabels(request, context) }
    }

    private func testimony(_ context: AppRequestContext) async throws -> Testimony {
        guard let id = Testimony.ID(context.slug(parameter: "id")), let testimony = try await testimonies.get(id)
        else { throw HTTPError(.notFound) }
        return testimony
    }

    private func importTranscript(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let testimony = try await testimony(context)
        guard AccessPolicy.canEdit(testimony, as: context.viewer) else { throw HTTPError(.forbidden) }
        let text = form["transcript"]
        do {
            let outcome = try TranscriptImport.parseWithNotes(
                Data(text.utf8), format: form["format"].nonBlank, fileName: form["transcript_name"].nonBlank,
                durationMs: testimony.durationMs)
            try await transcripts.replace(cues: outcome.cues, of: testimony.id, durationFromTranscript: true)
            // Shown on this answer rather than after a redirect: the notes (a cue skipped, cues sorted) are about
            // this file, and a page address should not carry sentences.
            let lines = outcome.cues.count
            return try await page(
                context, transcriptText: nil, problems: [],
                notice: "The transcript was imported as \(outcome.format.displayName): \(lines) "
                    + "\(lines == 1 ? "line" : "lines"); it replaced the one before.",
                notes: outcome.notes
            ).response(from: context)
        } catch let error as ValidationError {
            var page = try await page(context, transcriptText: text, problems: error.problems)
            page.status = .unprocessableContent
            return try page.response(from: context)
        }
    }

    private func saveCues(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let testimony = try await testimony(context)
        guard AccessPolicy.canEdit(testimony, as: context.viewer) else { throw HTTPError(.forbidden) }
        let editor = CueEditorForm(form: form)
        var problems = editor.problems
        var merged: [TranscriptCue]?
        if problems.isEmpty {
            merged = editor.merged(into: try await transcripts.cues(of: testimony.id))
            if merged == nil {
                problems.append(
                    FieldProblem(
                        field: "rows",
                        message: "The transcript changed after this page was opened (someone imported or edited it), "
                            + "so these lines were not saved. What you typed is below: copy what you need, then reload."
                    ))
            }
        }
        guard let merged, problems.isEmpty else {
            var page = try await page(
                context, transcriptText: nil, problems: problems, from: CueEditorForm.firstRow(form),
                editedForm: form)
            page.status = .unprocessableContent
            return try page.response(from: context)
        }
        try await transcripts.replace(cues: merged, of: testimony.id, durationFromTranscript: true)
        let from = editor.replacing.lowerBound
        return Response(
            status: .seeOther,
            headers: [
                .location: "/workspace/testimony/\(testimony.id)/media?saved=cues\(from > 0 ? "&from=\(from)" : "")"
            ])
    }

    /// What the page says after a save, named by the `saved` query parameter of the redirect.
    static func savedNotice(_ saved: String) -> String? {
        switch saved {
        case "cues": "The transcript's lines were saved."
        case "transcript": "The transcript was imported; it replaced the one before."
        case "labels": "The speaker labels the public sees were saved."
        default: nil
        }
    }

    /// Marks which speaker labels the public may see as written under anonymised consent (an editor's decision,
    /// like publishing); every label left unticked is shown as the role or "Speaker N".
    private func saveSafeLabels(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canPublish(as: context.viewer) else { throw HTTPError(.forbidden) }
        let testimony = try await testimony(context)
        try await transcripts.setSafeSpeakerLabels(form.all("safe_label"), of: testimony.id)
        return Response(
            status: .seeOther, headers: [.location: "/workspace/testimony/\(testimony.id)/media?saved=labels"])
    }

    /// Each distinct label of the transcript with what the public of an anonymised testimony would see for it.
    private func labelRows(_ cues: [TranscriptCue], of testimony: Testimony, canMark: Bool) async throws
        -> [SpeakerLabelView]
    {
        let labels = cues.compactMap { $0.speaker?.nonBlank }
        let safe = try await transcripts.safeSpeakerLabels(of: testimony.id)
        let shown = TranscriptPrivacy.publicLabels(for: labels, of: testimony, safeLabels: safe)
        let standard = Set(TranscriptPrivacy.standardSafeLabels.map(TranscriptPrivacy.key))
        let role = TranscriptPrivacy.key(testimony.speakerRole)
        var seen: Set<String> = []
        return labels.filter { seen.insert($0).inserted }.enumerated().map { index, label in
            let key = TranscriptPrivacy.key(label)
            return SpeakerLabelView(
                index: index, label: label, publicLabel: shown[label] ?? label,
                isMarkedSafe: safe.contains { TranscriptPrivacy.key($0) == key },
                isAlwaysSafe: standard.contains(key) || (!role.isEmpty && key == role), canMark: canMark)
        }
    }

    private func page(
        _ context: AppRequestContext, transcriptText: String?, problems: [FieldProblem], from: Int = 0,
        notice: String? = nil, notes: [String] = [], editedForm: FormData? = nil
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let testimony = try await testimony(context)
        let cues = try await transcripts.cues(of: testimony.id)
        let clips = try await clips.all().filter { $0.testimonyID == testimony.id }
        // One page of lines at a time, so a long transcript is neither sent nor saved whole.
        let first =
            cues.isEmpty
            ? 0
            : min(
                from - from % CueEditorForm.pageSize, (cues.count - 1) / CueEditorForm.pageSize * CueEditorForm.pageSize
            )
        let shown = first..<min(first + CueEditorForm.pageSize, cues.count)
        var rows: [CueRowView] = shown.map { index in
            let cue = cues[index]
            return CueRowView(
                index: index, number: index + 1, start: CueEditorForm.text(cue.startMs),
                end: CueEditorForm.text(cue.endMs), speaker: cue.speaker ?? "", text: cue.text)
        }
        var firstRow = first
        var total = cues.count
        if let editedForm {
            // Show what was typed, not what is stored, so nothing is lost while problems are fixed.
            firstRow = CueEditorForm.firstRow(editedForm)
            total = Int(editedForm["total"]) ?? cues.count
            rows = (firstRow..<(firstRow + CueEditorForm.rowCount(editedForm))).map {
                CueRowView(
                    index: $0, number: $0 + 1, start: editedForm["start_\($0)"], end: editedForm["end_\($0)"],
                    speaker: editedForm["speaker_\($0)"], text: editedForm["text_\($0)"])
            }
        } else if shown.upperBound == cues.count {
            // The last page ends with a blank line to fill in, which adds one.
            let next = CueEditorForm.text(cues.last?.endMs ?? 0)
            rows.append(
                CueRowView(index: cues.count, number: cues.count + 1, start: next, end: "", speaker: "", text: ""))
        }
        let base = "/workspace/testimony/\(testimony.id)"
        let canMarkLabels = AccessPolicy.canPublish(as: context.viewer)
        let labels = try await labelRows(cues, of: testimony, canMark: canMarkLabels)
        let model = TestimonyMediaViewModel(
            title: testimony.title, editURL: base, csrfToken: session.csrfToken,
            uploadURL: "/api/v1/testimony/\(testimony.id)/recording",
            recording: testimony.mediaSHA256.map { _ in
                RecordingView(
                    type: testimony.mediaType ?? "", size: MediaLibrary.megabytes(Int64(testimony.mediaBytes ?? 0)),
                    duration: testimony.durationMs.map(TimeSpanText.clock) ?? "not known",
                    durationSource: testimony.durationSource ?? "", name: testimony.mediaName ?? "",
                    source: "/testimony/\(testimony.id)/recording",
                    element: (testimony.mediaType ?? "").hasPrefix("video/") ? "video" : "audio")
            },
            maxUpload: MediaLibrary.megabytes(media.maxUploadBytes),
            consent: testimony.consentScope.label,
            transcriptText: transcriptText ?? "", problems: problems.map(Self.problemView),
            hasProblems: !problems.isEmpty, cues: rows, rowCount: rows.count, hasCues: !cues.isEmpty,
            lines: Self.linePages(base: base, shown: shown, total: cues.count, firstRow: firstRow, formTotal: total),
            notice: notice, notes: notes, hasNotes: !notes.isEmpty,
            clips: clips.map {
                ClipLink(
                    title: $0.title, url: "/workspace/clips/\($0.id)",
                    rangeText: PublicSite.rangeText($0.startMs, $0.endMs))
            },
            hasClips: !clips.isEmpty, newClipURL: "/workspace/clips/new",
            labels: labels, hasLabels: !labels.isEmpty,
            isAnonymised: testimony.consentScope == .publicAnonymised,
            canMarkLabels: canMarkLabels
        )
        return try await chrome.page(
            model, title: "Recording and transcript: \(testimony.title)",
            section: EntityKind.testimony.pathSegment, session: session)
    }

    /// A problem as the page names it, linked to the control it is about: a line's start or end in the editor,
    /// the pasted transcript (whose problems name the line of the pasted text), or the format.
    static func problemView(_ problem: FieldProblem) -> ProblemView {
        for (prefix, id) in [("start_", "cue-start-"), ("end_", "cue-end-")] where problem.field.hasPrefix(prefix) {
            return ProblemView(fieldID: id + problem.field.dropFirst(prefix.count), message: problem.message)
        }
        if problem.field.hasPrefix("line ") {
            return ProblemView(
                fieldID: "transcript", message: "The transcript, \(problem.field): \(problem.message)")
        }
        switch problem.field {
        case "format": return ProblemView(fieldID: "format", message: "Format: \(problem.message)")
        case "transcript": return ProblemView(fieldID: "transcript", message: problem.message)
        default: return ProblemView(fieldID: "cues-title", message: problem.message)
        }
    }

    /// Which lines the editor shows, out of how many, and links to the pages before and after.
    static func linePages(base: String, shown: Range<Int>, total: Int, firstRow: Int, formTotal editedTotal: Int)
        -> CueLinePages
    {
        let size = CueEditorForm.pageSize
        func url(_ from: Int) -> String { "\(base)/media?from=\(from)#cues-title" }
        return CueLinePages(
            firstRow: firstRow, total: editedTotal,
            rangeText: total > size
                ? "Lines \(shown.lowerBound + 1)–\(shown.upperBound) of \(total.formatted())." : "",
            previousURL: shown.lowerBound > 0 ? url(max(shown.lowerBound - size, 0)) : nil,
            nextURL: shown.upperBound < total ? url(shown.upperBound) : nil)
    }
}
