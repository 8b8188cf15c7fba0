import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The workspace pages where evaluators code evidence: the list of codable sources and the coding page of each
/// (select a passage, apply codes, memo and remove codings, see your own coding or everyone's).
///
/// Selecting with a mouse or touch fills the passage's positions through a small script; without it (or from the
/// keyboard) a coder types or pastes the passage's words and the server finds them, so no one needs a pointer.
struct CodingWorkspaceController {
    let places: any ContentRepository<Place>
    let stories: any ContentRepository<Story>
    let caseStudies: any ContentRepository<CaseStudy>
    let testimonies: any ContentRepository<Testimony>
    let reflectiveLogs: any ContentRepository<ReflectiveLog>
    let documents: any ContentRepository<Document>
    let coding: any CodingRepository
    let cases: CaseBook
    let chrome: WorkspaceChrome
    let time: any TimeSource
    let ids: any IDGenerator

    /// Classes of the coder colours in the stylesheet, given to coders in name order.
    static let coderPalette = (1...6).map { "coder-\($0)" }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("coding") { _, context in try await index(context).response(from: context) }
        group.get("coding/:kind/:id") { request, context in
            try await page(request, context, problems: [], form: nil).response(from: context)
        }
        group.post("coding/:kind/:id") { request, context in try await apply(request, context) }
        group.post("codings/:id/memo") { request, context in try await saveMemo(request, context) }
        group.post("codings/:id/delete") { request, context in try await deleteCoding(request, context) }
        group.post("codings/undo") { request, context in try await undo(request, context) }
        group.post("annotations/:id/delete") { request, context in try await deleteAnnotation(request, context) }
    }

    // MARK: Sources

    private func index(_ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let me = Coder.ID(session.user.id.rawValue)
        let codings = try await coding.codings(codes: nil)
        var all: [CodingSource: Int] = [:]
        var mine: [CodingSource: Int] = [:]
        for coding in codings {
            all[coding.source, default: 0] += 1
            if coding.coderID == me { mine[coding.source, default: 0] += 1 }
        }
        let places = Dictionary(try await places.all().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var titles: [CodingSource: String] = [:]
        func row(_ source: CodingSource, title: String, place: Place.ID?) -> CodingSourceRow {
            titles[source] = title.nonBlank ?? "Untitled"
            return CodingSourceRow(
                title: title.nonBlank ?? "Untitled", url: "/workspace/coding/\(source.key)",
                place: place.flatMap { places[$0] }, codingCount: all[source] ?? 0, mineCount: mine[source] ?? 0)
        }
        let stories = try await stories.all().map {
            row(CodingSource(story: $0.id), title: $0.title, place: $0.placeID)
        }
        let caseStudies = try await caseStudies.all().map {
            row(CodingSource(caseStudy: $0.id), title: $0.title, place: $0.placeID)
        }
        let logs = try await reflectiveLogs.all().map {
            row(CodingSource(reflectiveLog: $0.id), title: $0.title, place: $0.placeID)
        }
        let documents = try await documents.all().map {
            row(CodingSource(document: $0.id), title: $0.title, place: $0.placeID)
        }
        let testimony = try await testimonies.all().map {
            row(CodingSource(testimony: $0.id), title: $0.title, place: $0.placeID)
        }
        let relocations = try await coding.relocationProblems().map {
            CodingRelocationRow(
                sourceTitle: titles[$0.source] ?? $0.source.key,
                url: "/workspace/coding/\($0.source.key)?view=all#coding-\($0.codingID)", excerpt: $0.excerpt,
                reason: $0.reason)
        }
        let model = CodingIndexViewModel(
            groups: [
                CodingSourceGroup(heading: "Stories", sources: stories, hasSources: !stories.isEmpty),
                CodingSourceGroup(heading: "Case studies", sources: caseStudies, hasSources: !caseStudies.isEmpty),
                CodingSourceGroup(heading: "Reflective logs", sources: logs, hasSources: !logs.isEmpty),
                CodingSourceGroup(heading: "Documents", sources: documents, hasSources: !documents.isEmpty),
                CodingSourceGroup(heading: "Testimony transcripts", sources: testimony, hasSources: !testimony.isEmpty),
            ],
            hasCodes: !(try await coding.codes().isEmpty), relocations: relocations)
        return try await chrome.page(
            model, title: "Coding", section: "coding", session: session)
    }

    /// The source named by the URL, with its title and workspace edit page, and its text when reading the title
    /// brought that too (a document's), so that a long document is not read and decoded twice.
    private func source(_ context: AppRequestContext) async throws -> (
        CodingSource, title: String, editURL: String, text: CodableText?
    ) {
        let kindText = context.slug(parameter: "kind")
        guard let kind = EntityKind(rawValue: kindText) ?? EntityKind(pathSegment: kindText),
            let uuid = UUID(uuidString: context.slug(parameter: "id")),
            let source = CodingSource(kind: kind, id: uuid)
        else { throw HTTPError(.notFound) }
        let editURL = "/workspace/\(kind.pathSegment)/\(source.idText)"
        switch kind {
        case .story:
            guard let story = try await stories.get(Story.ID(uuid)) else { throw HTTPError(.notFound) }
            return (source, story.title, editURL, nil)
        case .caseStudy:
            guard let item = try await caseStudies.get(CaseStudy.ID(uuid)) else { throw HTTPError(.notFound) }
            return (source, item.title, editURL, nil)
        case .reflectiveLog:
            guard let item = try await reflectiveLogs.get(ReflectiveLog.ID(uuid)) else {
                throw HTTPError(.notFound)
            }
            return (source, item.title, editURL, nil)
        case .document:
            guard let item = try await documents.get(Document.ID(uuid)) else { throw HTTPError(.notFound) }
            return (source, item.title, editURL, item.codableText)
        default:
            guard let item = try await testimonies.get(Testimony.ID(uuid)) else { throw HTTPError(.notFound) }
            return (source, item.title, "/workspace/testimony/\(source.idText)/media", nil)
        }
    }

    /// The text of `source`: `known` if reading the source brought it, else read now.
    private func text(of source: CodingSource, known: CodableText?) async throws -> CodableText? {
        if let known { return known }
        return try await coding.codableText(of: source)
    }

    // MARK: The coding page

    private func page(
        _ request: Request, _ context: AppRequestContext, problems: [String], form: CodingFormValues?,
        checked: Set<String> = []
    ) async throws -> HTMLPage {
        let session = try context.requireSession()
        let (source, title, editURL, knownText) = try await source(context)
        guard let text = try await text(of: source, known: knownText) else { throw HTTPError(.notFound) }
        let me = Coder.ID(session.user.id.rawValue)
        let showsAll = request.uri.queryParameters.get("view") == "all"
        let codes = try await coding.codes()
        let tree = CodeTree(codes)
        let codeNames = Dictionary(
            tree.entries.map { ($0.code.id, $0.path.joined(separator: " › ")) }, uniquingKeysWith: { a, _ in a })
        let coders = try await coding.coders()
        let coderNames = Dictionary(coders.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let allCodings = try await coding.codings(of: source)
        let codeFilter = request.uri.queryParameters.get("code").flatMap { Code.ID($0) }
        let visible = (showsAll ? allCodings : allCodings.filter { $0.coderID == me })
            .filter { coding in codeFilter.map { coding.codeID == $0 } ?? true }
        // The codings just made, which the page offers to undo (and the U key undoes).
        let lastIDs = Set(
            (request.uri.queryParameters.get("last") ?? "").split(separator: ",").compactMap { Coding.ID(String($0)) })
        let undoable = allCodings.filter { lastIDs.contains($0.id) && AccessPolicy.canChange($0, as: context.viewer) }
        let coderIDs = Array(Set(allCodings.map(\.coderID)).union([me]))
            .sorted { (coderNames[$0] ?? "", $0) < (coderNames[$1] ?? "", $1) }
        var coderClasses: [Coder.ID: String] = [:]
        for (index, id) in coderIDs.enumerated() {
            coderClasses[id] = Self.coderPalette[index % Self.coderPalette.count]
        }
        let from = request.uri.queryParameters.get("from").flatMap { Int($0) }
        let to = request.uri.queryParameters.get("to").flatMap { Int($0) }
        let focus = from.flatMap { from in to.flatMap { to in from < to ? from..<to : nil } }
        // Timed codings hold no words: they are listed, not marked in the text or striped beside it.
        let pieces = CodedTextPieces(
            text: text, codings: visible.filter { !$0.isTimeOnly }, codeNames: codeNames,
            coderClasses: showsAll ? coderClasses : [:],
            focus: focus)
        let rows = visible.map { coding in
            let stale = !coding.isTimeOnly && text.excerpt(start: coding.start, end: coding.end) != coding.excerpt
            let stretch = coding.isTimeOnly ? Self.stretchText(coding) : nil
            return CodingRowView(
                id: coding.id.description, anchor: "coding-\(coding.id)",
                codeName: codeNames[coding.codeID] ?? "Unknown code",
                codeClass: "code-\(coding.codeID)", coderName: coderNames[coding.coderID] ?? "Unknown coder",
                coderClass: coderClasses[coding.coderID] ?? "", excerpt: coding.excerpt,
                positionText: coding.isTimeOnly ? "the recording" : "characters \(coding.start)–\(coding.end)",
                timeText: stretch != nil
                    ? nil
                    : coding.startMs.flatMap { start in
                        coding.endMs.map { "\(TimeSpanText.clock(start))–\(TimeSpanText.clock($0))" }
                    },
                stretchText: stretch, stretchStartMs: stretch == nil ? nil : coding.startMs,
                memo: coding.memo, canChange: AccessPolicy.canChange(coding, as: context.viewer),
                memoAction: "/workspace/codings/\(coding.id)/memo",
                deleteAction: "/workspace/codings/\(coding.id)/delete",
                isStale: stale)
        }
        var notice: String?
        switch request.uri.queryParameters.get("notice") {
        case "applied": notice = "Coded."
        case "removed": notice = "The coding was removed."
        case "memo": notice = "Memo saved."
        case "undone": notice = "The coding was undone."
        case "noted": notice = "Note added."
        case "unnoted": notice = "The note was removed."
        case "cased": notice = "The passage was added to the case."
        default: notice = nil
        }
        let base = "/workspace/coding/\(source.key)"
        let notes = try await coding.annotations(of: source).map { note in
            AnnotationView(
                id: note.id.description, author: coderNames[note.coderID] ?? "Unknown coder", excerpt: note.excerpt,
                note: note.note, positionText: "characters \(note.start)–\(note.end)",
                focusURL: "\(base)?view=all&from=\(note.start)&to=\(note.end)#passage",
                deleteAction: "/workspace/annotations/\(note.id)/delete",
                canChange: AccessPolicy.canChange(note, as: context.viewer))
        }
        let stripes = visible.filter { !$0.isTimeOnly }.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
            .map { coding in
                let name = codeNames[coding.codeID] ?? "Unknown code"
                return CodingStripeView(
                    codingID: coding.id.description, codeClass: "code-\(coding.codeID)",
                    label: showsAll ? "\(name) — \(coderNames[coding.coderID] ?? "Unknown coder")" : name)
            }
        var model = CodingPageViewModel(
            title: title.nonBlank ?? "Untitled", kindName: source.kind.singularName.capitalizedFirst,
            sourceKey: source.key, editURL: editURL, action: base, csrfToken: session.csrfToken,
            textHTML: pieces.html, hasText: text.length > 0, isTranscript: source.isTimed, showsAll: showsAll,
            mineURL: base, allURL: base + "?view=all",
            coders: coderIDs.filter { showsAll || $0 == me }.map {
                CoderLegendItem(
                    name: coderNames[$0] ?? session.user.displayName, colourClass: coderClasses[$0] ?? "",
                    isMe: $0 == me)
            },
            codeOptions: tree.entries.map {
                CodeOption(
                    id: $0.code.id.description, name: $0.code.name, path: $0.path.joined(separator: " › "),
                    depthClass: "depth-\(min($0.depth, 5))", isChecked: checked.contains($0.code.id.description))
            },
            hasCodes: !codes.isEmpty, codings: rows, codingCount: rows.count, problems: problems,
            hasProblems: !problems.isEmpty, notice: notice, form: form ?? CodingFormValues(),
            stripes: stripes, notes: notes, player: try await player(of: source),
            codeFilterOptions: tree.entries.map {
                OptionView(
                    value: $0.code.id.description, label: $0.path.joined(separator: " › "),
                    isSelected: $0.code.id == codeFilter)
            },
            viewValue: showsAll ? "all" : nil, filterAction: base,
            undoIDs: undoable.map(\.id.description).joined(separator: ","),
            undoLabel: undoable.compactMap { codeNames[$0.codeID] }.joined(separator: ", "),
            undoCodeIDs: undoable.map(\.codeID.description).joined(separator: ","))
        let allCases = try await cases.cases.cases()
        let caseNames = Dictionary(allCases.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        model.caseOptions = allCases.map { OptionView(value: $0.id.description, label: $0.name, isSelected: false) }
        model.memberOf = try await cases.cases.memberships(of: source).compactMap { membership in
            caseNames[membership.caseID].map {
                CaseLink(
                    name: $0, url: "/workspace/cases/\(membership.caseID)",
                    part: membership.range == nil ? "" : " (a stretch)")
            }
        }
        var page = try await chrome.page(
            model, title: "Coding: \(title.nonBlank ?? "Untitled")", section: "coding",
            session: session)
        if !problems.isEmpty { page.status = .unprocessableContent }
        return page
    }

    private func apply(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (session, form) = try await context.verifiedForm(request)
        guard AccessPolicy.canCode(as: context.viewer) else { throw HTTPError(.forbidden) }
        let (source, _, _, knownText) = try await source(context)
        guard let text = try await text(of: source, known: knownText) else { throw HTTPError(.notFound) }
        let values = CodingFormValues(
            quote: form["quote"], occurrence: form["occurrence"].nonBlank ?? "1", start: form["start"],
            end: form["end"], newCode: form["new_code"], fromTime: form["from_time"], toTime: form["to_time"])
        let chosen = Set(form.all("code"))
        var problems: [String] = []
        var range: Range<Int>?
        // A stretch of the recording (marked in and out, or typed) when no words are given; the store checks it.
        var stretch: (startMs: Int, endMs: Int)?
        let hasWords =
            !values.start.trimmingCharacters(in: .whitespaces).isEmpty
            || values.quote.contains(where: { !$0.isWhitespace })
        let hasTimes =
            values.fromTime.contains(where: { !$0.isWhitespace }) || values.toTime.contains(where: { !$0.isWhitespace })
        if !hasWords, hasTimes, source.isTimed {
            let from = TimeSpanText.milliseconds(from: values.fromTime)
            let to = TimeSpanText.milliseconds(from: values.toTime)
            if from == nil {
                problems.append(Self.timeProblem(values.fromTime, field: "From"))
            }
            if to == nil {
                problems.append(Self.timeProblem(values.toTime, field: "To"))
            }
            if let from, let to {
                stretch = (from, to)
                range = text.passage(startMs: from, endMs: to)
            }
        } else if let start = Int(values.start.trimmingCharacters(in: .whitespaces)),
            let end = Int(values.end.trimmingCharacters(in: .whitespaces))
        {
            if let problem = text.problem(start: start, end: end) {
                problems.append(problem.message)
            } else {
                range = start..<end
            }
        } else if values.quote.contains(where: { !$0.isWhitespace }) {
            let occurrence = Int(values.occurrence) ?? 0
            if occurrence < 1 {
                problems.append("Which occurrence of the words to code must be a number from 1.")
            } else if let found = PassageFinder(text).find(values.quote, occurrence: occurrence) {
                range = found
            } else {
                problems.append(
                    occurrence == 1
                        ? "The words \"\(values.quote)\" are not in the text."
                        : "The words \"\(values.quote)\" do not occur \(occurrence) times in the text.")
            }
        } else {
            problems.append(
                source.isTimed
                    ? "Select a passage in the text, type the words to code, or mark a stretch of the recording."
                    : "Select a passage in the text, or type the words to code.")
        }
        var codeIDs = chosen.compactMap { Code.ID($0) }
        var made: [Coding] = []
        let newName = values.newCode.trimmingCharacters(in: .whitespacesAndNewlines)
        let annotates = form["action"] == "annotate"
        let addsToCase = form["action"] == "case"
        if addsToCase {
            if let range, range.isEmpty {
                problems.append("A case holds words or the whole source: select some words to add.")
            }
            if ResearchCase.ID(form["case_id"]) == nil { problems.append("Choose the case to add the passage to.") }
        } else if annotates {
            if let range, range.isEmpty {
                problems.append("A note is written on words: select some, or code the stretch instead.")
            }
            if form["note"].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("Write the note to add to the passage.")
            }
        } else if codeIDs.isEmpty && newName.isEmpty {
            problems.append("Choose at least one code, or name a new one.")
        }
        guard problems.isEmpty, let range else {
            return try await page(request, context, problems: problems, form: values, checked: chosen).response(
                from: context)
        }
        if addsToCase, let caseID = ResearchCase.ID(form["case_id"]) {
            do {
                _ = try await cases.addSource(
                    source, range: range, to: caseID, as: context.viewer, ids: ids, now: time.now())
            } catch let error as ValidationError {
                return try await page(
                    request, context, problems: error.problems.map(\.message), form: values, checked: chosen
                ).response(from: context)
            }
            return Response(status: .seeOther, headers: [.location: "/workspace/coding/\(source.key)?notice=cased"])
        }
        if annotates {
            do {
                let coder = try await coding.coder(for: session.user)
                _ = try await coding.add(
                    Annotation(
                        id: ids.next(Annotation.self), source: source, coderID: coder.id, start: range.lowerBound,
                        end: range.upperBound, note: form["note"].trimmingCharacters(in: .whitespacesAndNewlines),
                        createdAt: time.now()))
            } catch let error as StoreError {
                return try await page(request, context, problems: [error.description], form: values, checked: chosen)
                    .response(from: context)
            }
            return Response(
                status: .seeOther, headers: [.location: "/workspace/coding/\(source.key)?notice=noted#notes"])
        }
        do {
            if !newName.isEmpty {
                let codes = try await coding.codes()
                if let existing = codes.first(where: {
                    $0.parentID == nil && $0.name.caseInsensitiveCompare(newName) == .orderedSame
                }) {
                    codeIDs.append(existing.id)
                } else {
                    let code = Code(
                        id: ids.next(Code.self), name: newName,
                        position: (codes.filter { $0.parentID == nil }.map(\.position).max() ?? -1) + 1,
                        createdAt: time.now())
                    try await coding.save(code)
                    codeIDs.append(code.id)
                }
            }
            let coder = try await coding.coder(for: session.user)
            let now = time.now()
            made = try await coding.add(
                Array(Set(codeIDs)).sorted().map {
                    Coding(
                        id: ids.next(Coding.self), codeID: $0, source: source, coderID: coder.id,
                        start: range.lowerBound, end: range.upperBound, startMs: stretch?.startMs,
                        endMs: stretch?.endMs, createdAt: now)
                })
        } catch StoreError.conflict(let found) {
            // The form's own words: the messages say which time or passage is wrong without the API's field names.
            return try await page(request, context, problems: found.map(\.message), form: values, checked: chosen)
                .response(from: context)
        } catch let error as StoreError {
            return try await page(request, context, problems: [error.description], form: values, checked: chosen)
                .response(from: context)
        }
        return Response(
            status: .seeOther,
            headers: [
                .location:
                    "/workspace/coding/\(source.key)?notice=applied&last=\(made.map(\.id.description).joined(separator: ","))#codings"
            ])
    }

    /// A testimony's recording, to play beside its transcript.
    private func player(of source: CodingSource) async throws -> CodingPlayerView? {
        guard source.kind == .testimony, let testimony = try await testimonies.get(Testimony.ID(source.id)),
            testimony.mediaSHA256 != nil
        else { return nil }
        return CodingPlayerView(
            element: (testimony.mediaType ?? "").hasPrefix("video/") ? "video" : "audio",
            source: "/testimony/\(testimony.id)/recording",
            durationText: testimony.durationMs.map(TimeSpanText.preciseClock))
    }

    /// A timed coding's stretch as a person reads it, with tenths of a second: "1:12.4–1:40.0".
    static func stretchText(_ coding: Coding) -> String? {
        guard let start = coding.startMs, let end = coding.endMs else { return nil }
        return "\(TimeSpanText.preciseClock(start))–\(TimeSpanText.preciseClock(end))"
    }

    /// Why a typed time could not be read.
    private static func timeProblem(_ text: String, field: String) -> String {
        let typed = text.trimmingCharacters(in: .whitespaces)
        return typed.isEmpty
            ? "\(field): give a time in the recording, such as 1:12.4."
            : "\(field): “\(typed)” is not a time; write minutes and seconds (1:12.4) or seconds (72.4)."
    }

    private func deleteAnnotation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        guard let id = Annotation.ID(context.slug(parameter: "id")), let annotation = try await coding.annotation(id)
        else { throw HTTPError(.notFound) }
        guard AccessPolicy.canChange(annotation, as: context.viewer) else { throw HTTPError(.forbidden) }
        guard form["confirm"] == "yes" else {
            throw HTTPError(.badRequest, message: "Tick “I am sure” beside the note to remove it. Nothing was removed.")
        }
        try await coding.deleteAnnotation(id)
        return Response(
            status: .seeOther,
            headers: [.location: "/workspace/coding/\(annotation.source.key)?notice=unnoted#notes"])
    }

    /// Removes the codings just made (the page's Undo, and its U key): each only if the viewer may change it.
    private func undo(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let ids = form["ids"].split(separator: ",").compactMap { Coding.ID(String($0)) }
        var source: CodingSource?
        for id in ids {
            guard let coding = try await coding.coding(id) else { continue }
            guard AccessPolicy.canChange(coding, as: context.viewer) else { throw HTTPError(.forbidden) }
            try await self.coding.deleteCoding(coding.id)
            source = coding.source
        }
        guard let source else {
            throw HTTPError(.notFound, message: "The codings to undo are already gone.")
        }
        return Response(
            status: .seeOther, headers: [.location: "/workspace/coding/\(source.key)?notice=undone#source-text"])
    }

    /// The coding named by the URL, if the viewer may change it.
    private func changeableCoding(_ context: AppRequestContext) async throws -> Coding {
        guard let id = Coding.ID(context.slug(parameter: "id")), let coding = try await coding.coding(id) else {
            throw HTTPError(.notFound)
        }
        guard AccessPolicy.canChange(coding, as: context.viewer) else { throw HTTPError(.forbidden) }
        return coding
    }

    private func saveMemo(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let coding = try await changeableCoding(context)
        try await self.coding.setMemo(form["memo"], on: coding.id)
        return Response(
            status: .seeOther,
            headers: [.location: "/workspace/coding/\(coding.source.key)?notice=memo#coding-\(coding.id)"])
    }

    private func deleteCoding(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (_, form) = try await context.verifiedForm(request)
        let coding = try await changeableCoding(context)
        // Removing asks first (a ticked box, which works without scripts): the coding's memo goes with it.
        guard form["confirm"] == "yes" else {
            throw HTTPError(
                .badRequest, message: "Tick “I am sure” beside the coding to remove it. Nothing was removed.")
        }
        try await self.coding.deleteCoding(coding.id)
        return Response(
            status: .seeOther, headers: [.location: "/workspace/coding/\(coding.source.key)?notice=removed#codings"])
    }
}
