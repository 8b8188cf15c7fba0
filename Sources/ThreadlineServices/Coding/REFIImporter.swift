import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// Brings a REFI-QDA project or codebook from NVivo, ATLAS.ti, MAXQDA or another tool into the programme: users as
/// coders, the codebook, text sources as draft stories (a .docx or PDF's text, keeping the original file),
/// recordings with transcripts as draft internal testimony, cases as cases with their attributes and the sources
/// or stretches belonging to them (``REFICaseImport``), and every coding.
///
/// A Threadline export says what each source was (``REFIThreadlineVariables``), so in a hub that lacks them its
/// case studies, reflective logs, testimony and stories come back as what they were, with their IDs, URL names,
/// places, enablers and dates, and their codings land on them. Missing places are created from the cases it marks
/// as places (other cases are cases); enablers are the programme's framework and are matched by URL name, an
/// enabler the hub lacks being left off with a sentence saying so. Everything arrives as a draft: publishing stays a person's decision here. Testimony
/// keeps the consent the file carries only when it is whole (a scope, the day it was given, a name for named
/// consent, an end not yet come); otherwise it arrives internal only.
///
/// The archive is read and checked completely before anything is stored, and the store writes the rest in one
/// transaction, so a bad project changes nothing. IDs are the project's GUIDs, so the same project imported twice
/// adds nothing the second time and a later export gives the same GUIDs back.
public struct REFIImporter {
    public let repositories: REFIRepositories
    public let media: MediaLibrary
    public let time: any TimeSource

    /// What was read and what the import did with it.
    public struct Summary: Sendable {
        public var read: [(String, Int)] = []
        public var result = CodingImportResult()
        public var skipped: [String] = []
    }

    /// Imports a whole `.qdpx` project.
    public func importProject(at url: URL, limits: QDPXLimits = .default) async throws -> Summary {
        let staging = media.root.appendingPathComponent(".refi-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        let project = try QDPXReader.read(from: url, extractingFilesTo: staging, limits: limits)
        return try await importProject(project)
    }

    /// The case study, reflective log or testimony stored here under a text source's GUID, with what it is ("case
    /// studies", "reflective logs", "testimony"); `nil` when there is none, and for a story (the store matches
    /// stories by ID itself).
    /// A document's layout as a Threadline export carried it, when it fits the text (blocks in order, inside it);
    /// otherwise each line is a paragraph.
    static func layout(_ json: String?, of text: String) -> [SourceBlock] {
        let length = text.unicodeScalars.count
        if let json, let blocks = try? JSONDecoder().decode([SourceBlock].self, from: Data(json.utf8)),
            zip(blocks, blocks.dropFirst()).allSatisfy({ $0.end <= $1.start }),
            blocks.allSatisfy({ 0 <= $0.start && $0.start < $0.end && $0.end <= length })
        {
            return blocks
        }
        return CodableText(text: text).blocks
    }

    private func storedTextSource(_ uuid: UUID) async throws -> (CodingSource, String)? {
        if try await repositories.caseStudies.get(CaseStudy.ID(uuid)) != nil {
            return (CodingSource(caseStudy: CaseStudy.ID(uuid)), "case studies")
        }
        if try await repositories.reflectiveLogs.get(ReflectiveLog.ID(uuid)) != nil {
            return (CodingSource(reflectiveLog: ReflectiveLog.ID(uuid)), "reflective logs")
        }
        // Testimony without a recording travels as its transcript's text.
        if try await repositories.testimonies.get(Testimony.ID(uuid)) != nil {
            return (CodingSource(testimony: Testimony.ID(uuid)), "testimony")
        }
        if try await repositories.stories.get(Story.ID(uuid)) != nil {
            return (CodingSource(story: Story.ID(uuid)), "sources")
        }
        if try await repositories.documents.get(Document.ID(uuid)) != nil {
            return (CodingSource(document: Document.ID(uuid)), "sources")
        }
        return nil
    }

    /// Imports a `.qdc` codebook.
    public func importCodebook(_ data: Data) async throws -> Summary {
        let codes = try QDCReader.read(data: data)
        return try await importProject(QDAProject(name: "Codebook", codes: codes))
    }

    public func importProject(_ project: QDAProject) async throws -> Summary {
        var summary = Summary()
        let now = time.now()
        var plan = CodingImport()
        let notes = Dictionary(project.notes.map { ($0.guid, $0.plainText) }, uniquingKeysWith: { first, _ in first })
        func memo(_ refs: [QDAGUID]) -> String { refs.compactMap { notes[$0] }.joined(separator: "\n\n") }

        plan.coders = project.users.compactMap { user in
            Coder.ID(user.guid.rawValue).map {
                Coder(id: $0, name: user.name.nonBlank ?? "Coder \(user.guid.rawValue.prefix(8))")
            }
        }
        // Codings with no named coder are credited to one coder standing for the project.
        let fallbackCoder = Coder(
            id: Coder.ID(REFIExporter.derived("imported-coder:\(project.name)").rawValue)!,
            name: "Imported from \(project.origin?.nonBlank ?? project.name.nonBlank ?? "another tool")")

        // A code named like another under the same parent (here already, or earlier in the file) is that code: tools
        // differ on whether sibling names must differ, and Threadline's codebook keeps them apart.
        let existingCodes = try await repositories.coding.codes()
        var codeByName: [String: Code.ID] = [:]
        func nameKey(_ parent: Code.ID?, _ name: String) -> String {
            "\(parent?.description ?? "")/\(name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())"
        }
        for code in existingCodes { codeByName[nameKey(code.parentID, code.name)] = code.id }
        let existingIDs = Set(existingCodes.map(\.id))
        var codeMap: [QDAGUID: Code.ID] = [:]
        var palette = CodePalette.Picker(used: existingCodes.map(\.colour))
        var codeCount = 0
        var stack: [(QDACode, parent: Code.ID?, position: Int)] = project.codes.enumerated().reversed().map {
            ($1, nil, $0)
        }
        while let (code, parent, position) = stack.popLast() {
            guard let guid = Code.ID(code.guid.rawValue) else { continue }
            codeCount += 1
            var id = guid
            if !existingIDs.contains(guid), let same = codeByName[nameKey(parent, code.name)], same != guid {
                id = same
                summary.skipped.append("The code “\(code.name)” joins the code of that name already here.")
            } else {
                // A code without a colour of its own gets the palette's next, so imported codes look different.
                let colour: String
                if let own = code.color.flatMap({ Code.isColour($0) ? $0.lowercased() : nil }) {
                    colour = own
                    palette.use(own)
                } else {
                    colour = palette.next()
                }
                plan.codes.append(
                    Code(
                        id: id, parentID: parent, name: code.name, description: code.description, colour: colour,
                        memo: memo(code.noteRefs), position: position, createdAt: now))
                codeByName[nameKey(parent, code.name)] = id
            }
            codeMap[code.guid] = id
            stack += code.children.enumerated().reversed().map { ($1, id, $0) }
        }

        // Places: the cases a Threadline export marks as places (the others are cases); a case whose name is a
        // place's name is that place.
        let places = try await repositories.places.all()
        var slugs = Set(places.map(\.slug))
        var placeOfSource: [QDAGUID: Place.ID] = [:]
        for item in project.cases {
            let carried = REFIThreadlineVariables.Reading(item.variableValues, in: project)
            guard carried.kind == .place else { continue }
            let existing = places.first {
                $0.id.rawValue.uuidString == item.guid.rawValue
                    || $0.name.caseInsensitiveCompare(item.name.trimmingCharacters(in: .whitespaces)) == .orderedSame
            }
            let id = existing?.id ?? Place.ID(item.guid.rawValue)!
            if existing == nil {
                plan.places.append(
                    Place(
                        id: id, name: item.name.nonBlank ?? "Imported case",
                        slug: Self.unique(carried[.slug] ?? item.name, item.guid, in: &slugs),
                        summary: item.description, createdAt: now))
            }
            for source in item.sourceRefs where placeOfSource[source] == nil { placeOfSource[source] = id }
        }

        var storySlugs = Set(try await repositories.stories.all().map(\.slug))
        var caseStudySlugs = Set(try await repositories.caseStudies.all().map(\.slug))
        var logSlugs = Set(try await repositories.reflectiveLogs.all().map(\.slug))
        let enablers = try await repositories.enablers.all()
        let today = PartialDate(dayOf: now)
        /// The enabler here with a Threadline export's URL name for it; one the hub lacks is said and left off.
        func enabler(_ slug: String?, of title: String) -> Enabler.ID? {
            guard let slug else { return nil }
            if let found = enablers.first(where: { $0.slug == slug }) { return found.id }
            summary.skipped.append(
                "“\(title)” is about the enabler “\(slug)”, which this hub does not have, so it arrived without it.")
            return nil
        }
        /// A testimony's speaker, date, enabler and consent as the file carries them; consent that did not come
        /// whole leaves the testimony internal only, as testimony from other tools is.
        func fill(_ testimony: inout Testimony, from carried: REFIThreadlineVariables.Reading, title: String) {
            testimony.speakerRole = carried[.speakerRole] ?? ""
            testimony.speakerName = carried[.speakerName] ?? ""
            testimony.recordedOn = carried.date(.recordedOn)
            testimony.enablerID = enabler(carried[.enabler], of: title)
            let givenOn = carried.date(.consentGivenOn)
            let endsOn = carried.date(.consentEndsOn)
            var consent = ConsentRecord(
                givenBy: carried[.consentGivenBy] ?? "", givenOn: givenOn, scope: .internalOnly, expiresOn: endsOn)
            if let scope = carried[.consentScope].flatMap(ConsentScope.init(rawValue:)), scope != .internalOnly {
                let endsLater = endsOn.map { end in end > today && givenOn.map { end > $0 } ?? false } ?? true
                let whole =
                    givenOn?.isDay == true && endsLater && (scope != .publicNamed || !testimony.speakerName.isEmpty)
                if whole {
                    consent.scope = scope
                } else {
                    summary.skipped.append(
                        "The consent of “\(title)” did not come whole, so it arrived as internal only.")
                }
            }
            testimony.consent = consent
        }
        var storedElsewhere: [String: Int] = [:]
        var codingCount = 0
        var noteCount = project.notes.count
        var newFiles: [URL] = []
        var recordings: [URL] = []
        // What each source became, and the stretch each of its selections covers, for the cases' memberships.
        var sourceOf: [QDAGUID: CodingSource] = [:]
        var stretchOf: [QDAGUID: (CodingSource, Range<Int>)] = [:]
        do {
            for source in project.sources {
                guard let uuid = UUID(uuidString: source.guid.rawValue) else { continue }
                let created = source.creationDateTime ?? now
                let title = source.name.nonBlank ?? "Imported source"
                func coding(
                    _ qda: QDACoding, of selection: QDASelection, in codingSource: CodingSource, _ range: Range<Int>
                )
                    -> Coding?
                {
                    guard let id = Coding.ID(qda.guid.rawValue),
                        let code = codeMap[qda.codeGUID] ?? Code.ID(qda.codeGUID.rawValue)
                    else { return nil }
                    let coderGUID = qda.creatingUser ?? selection.creatingUser ?? project.creatingUserGUID
                    let named = coderGUID.flatMap { Coder.ID($0.rawValue) }
                    let coder =
                        named.flatMap { id in plan.coders.contains { $0.id == id } ? id : nil } ?? fallbackCoder.id
                    codingCount += 1
                    return Coding(
                        id: id, codeID: code, source: codingSource, coderID: coder, start: range.lowerBound,
                        end: range.upperBound, memo: memo(selection.noteRefs),
                        createdAt: qda.creationDateTime ?? selection.creationDateTime ?? created)
                }
                switch source.kind {
                case .text, .pdf, .other:
                    guard let text = source.plainText else {
                        summary.skipped.append("“\(title)” has no plain text to code, so it was left out.")
                        continue
                    }
                    let carried = REFIThreadlineVariables.Reading(source.variableValues, in: project)
                    let place = placeOfSource[source.guid]
                    var codingSource: CodingSource
                    var keepsOriginalAsSourceFile = true
                    if let (stored, kind) = try await storedTextSource(uuid) {
                        // The hub's own export coming back: each item stays what it is here, never a second copy
                        // as something else; its codings are matched by their GUIDs as any are.
                        codingSource = stored
                        storedElsewhere[kind, default: 0] += 1
                    } else {
                        // What the item was where it was exported, when what it needs to be that again came with
                        // it and makes the same text (or its codings would move); otherwise it is a document.
                        var recreated: CodingSource?
                        // An export from before the Markdown was carried gave the Markdown as the text: it serves when
                        // it reads as itself.
                        let markdown = (carried[.markdown] ?? text).nonBlank.flatMap {
                            CodableText(markdown: $0).text == text ? $0 : nil
                        }
                        switch carried.kind {
                        case .story?:
                            if let markdown {
                                let story = Story(
                                    id: Story.ID(uuid), title: title,
                                    slug: Self.unique(carried[.slug] ?? title, source.guid, in: &storySlugs),
                                    summary: source.description, body: markdown, placeID: place,
                                    enablerID: enabler(carried[.enabler], of: title), credit: carried[.credit] ?? "",
                                    createdAt: created)
                                plan.stories.append(story)
                                recreated = CodingSource(story: story.id)
                            }
                        case .caseStudy?:
                            if let markdown {
                                let item = CaseStudy(
                                    id: CaseStudy.ID(uuid), title: title,
                                    slug: Self.unique(carried[.slug] ?? title, source.guid, in: &caseStudySlugs),
                                    format: carried[.format].flatMap(CaseStudyFormat.init(rawValue:)) ?? .selfContained,
                                    summary: source.description, body: markdown, placeID: place,
                                    enablerID: enabler(carried[.enabler], of: title), createdAt: created)
                                plan.caseStudies.append(item)
                                recreated = CodingSource(caseStudy: item.id)
                            }
                        case .reflectiveLog?:
                            var log = ReflectiveLog(
                                id: ReflectiveLog.ID(uuid), title: title,
                                slug: Self.unique(carried[.slug] ?? title, source.guid, in: &logSlugs), placeID: place,
                                date: carried.date(.date), what: carried.all(.what).first ?? "",
                                soWhat: carried.all(.soWhat).first ?? "", nowWhat: carried.all(.nowWhat).first ?? "",
                                credit: carried[.credit] ?? "", createdAt: created)
                            if CodableText(markdown: log.codableBody).text == text {
                                log.enablerIDs = carried.all(.enabler).compactMap { enabler($0, of: title) }
                                plan.reflectiveLogs.append(log)
                                recreated = CodingSource(reflectiveLog: log.id)
                            }
                        case .testimony?:
                            // Testimony without a recording travels as its transcript's text, its cues beside it.
                            if let lines = carried[.cues], let cues = REFIThreadlineVariables.cues(lines, text: text) {
                                var testimony = Testimony(
                                    id: Testimony.ID(uuid), title: title, summary: source.description, placeID: place,
                                    durationMs: cues.map(\.endMs).max(), durationSource: "transcript",
                                    createdAt: created)
                                fill(&testimony, from: carried, title: title)
                                plan.testimonies.append(testimony)
                                plan.transcripts[testimony.id] = cues
                                recreated = CodingSource(testimony: testimony.id)
                            }
                        case .document?, .place?, .researchCase?, nil:
                            break
                        }
                        if let recreated {
                            codingSource = recreated
                        } else {
                            if let kind = carried.kind, kind != .document {
                                summary.skipped.append(
                                    "“\(title)” was a \(kind.rawValue) where it was exported, but what it needs to be "
                                        + "one again did not come with it, so it arrived as a document.")
                            }
                            var document = Document(
                                id: Document.ID(uuid), title: title, summary: source.description, placeID: place,
                                enablerID: carried.kind == .document ? enabler(carried[.enabler], of: title) : nil,
                                date: carried.date(.date), origin: carried[.credit] ?? "", text: text,
                                blocks: Self.layout(carried[.layout], of: text), format: "text", createdAt: created)
                            // A document keeps its original itself, as an uploaded one does.
                            if let file = source.originalFile, case .file(let url) = file.contents {
                                let stored = try media.storeOriginal(fileAt: url)
                                if stored.isNew, let kept = media.originalURL(sha256: stored.sha256) {
                                    newFiles.append(kept)
                                }
                                document.fileName = carried[.fileName] ?? file.name
                                document.fileSHA256 = stored.sha256
                                document.fileBytes = stored.bytes
                                document.format = DocumentFormat(fileName: file.name)?.rawValue ?? "text"
                                keepsOriginalAsSourceFile = false
                            }
                            plan.documents.append(document)
                            codingSource = CodingSource(document: document.id)
                        }
                    }
                    sourceOf[source.guid] = codingSource
                    for selection in source.selections {
                        guard case .text(let start, let end) = selection.range else { continue }
                        guard start < end else {
                            summary.skipped.append(
                                "An empty passage of “\(title)” (at \(start)) was left out: a coding needs words.")
                            continue
                        }
                        stretchOf[selection.guid] = (codingSource, start..<end)
                        plan.codings += selection.codings.compactMap {
                            coding($0, of: selection, in: codingSource, start..<end)
                        }
                    }
                    if keepsOriginalAsSourceFile, let file = source.originalFile, case .file(let url) = file.contents {
                        let stored = try media.storeOriginal(fileAt: url)
                        if stored.isNew, let kept = media.originalURL(sha256: stored.sha256) { newFiles.append(kept) }
                        plan.sourceFiles.append(
                            SourceFile(
                                source: codingSource, name: file.name, sha256: stored.sha256, bytes: stored.bytes))
                    }
                case .audio, .video:
                    var testimony = Testimony(
                        id: Testimony.ID(uuid), title: title, summary: source.description,
                        placeID: placeOfSource[source.guid], createdAt: created)
                    let carried = REFIThreadlineVariables.Reading(source.variableValues, in: project)
                    if carried.kind == .testimony { fill(&testimony, from: carried, title: title) }
                    if let file = source.originalFile, case .file(let url) = file.contents {
                        do {
                            let recording = try media.store(fileAt: url)
                            if let kept = media.fileURL(sha256: recording.sha256) { recordings.append(kept) }
                            plan.recordings[testimony.id] = (recording, file.name)
                            testimony.durationMs = recording.durationMs
                        } catch let refusal as MediaLibrary.Refusal {
                            summary.skipped.append("The recording of “\(title)” was not kept: \(refusal.message)")
                        }
                    }
                    // The sync points Threadline's own export adds at the ends of coded passages and of stretches
                    // belonging to cases.
                    let transcriptSelections = source.transcripts.first?.selections ?? []
                    let passageEnds = Set(
                        transcriptSelections.flatMap(\.codings).flatMap { coding -> [QDAGUID] in
                            guard let id = Coding.ID(coding.guid.rawValue) else { return [] }
                            return [REFIExporter.derived("coding-from:\(id)"), REFIExporter.derived("coding-to:\(id)")]
                        }
                            + transcriptSelections.flatMap { selection -> [QDAGUID] in
                                let (from, to) = REFICaseExport.syncPoints(of: selection.guid)
                                return [from, to]
                            })
                    let transcript = source.transcripts.first.map {
                        REFITranscriptReading($0, durationMs: testimony.durationMs, passageEnds: passageEnds)
                    }
                    plan.testimonies.append(testimony)
                    plan.transcripts[testimony.id] = transcript?.cues ?? []
                    let codingSource = CodingSource(testimony: testimony.id)
                    sourceOf[source.guid] = codingSource
                    let syncPoints = Dictionary(
                        (source.transcripts.first?.syncPoints ?? []).map { ($0.guid, $0) },
                        uniquingKeysWith: { a, _ in a })
                    for selection in source.transcripts.first?.selections ?? [] {
                        guard case .transcript(let from, let to) = selection.range,
                            let start = from.flatMap({ syncPoints[$0]?.position }),
                            let end = to.flatMap({ syncPoints[$0]?.position }),
                            let mappedStart = transcript?.position(start, isEnd: false),
                            let mappedEnd = transcript?.position(end, isEnd: true), mappedStart < mappedEnd
                        else {
                            summary.skipped.append("A transcript passage of “\(title)” has no place in its text.")
                            continue
                        }
                        stretchOf[selection.guid] = (codingSource, mappedStart..<mappedEnd)
                        plan.codings += selection.codings.compactMap {
                            coding($0, of: selection, in: codingSource, mappedStart..<mappedEnd)
                        }
                    }
                    for selection in source.selections {
                        guard case .media(let begin, let end) = selection.range else { continue }
                        guard let range = transcript?.positions(fromMs: begin, toMs: end) else {
                            // No transcribed words there: the stretch itself is coded, by time (the store places
                            // it in the transcript). Another tool may measure the recording a little longer than
                            // Threadline does, so a stretch running past its end is cut there.
                            let cut = min(end, testimony.durationMs ?? end)
                            guard begin < cut else {
                                summary.skipped.append(
                                    "\(selection.codings.count) coding(s) of “\(title)” cover no stretch of its "
                                        + "recording (\(begin)–\(end) ms), so they were left out.")
                                continue
                            }
                            plan.codings += selection.codings.compactMap {
                                var timed = coding($0, of: selection, in: codingSource, 0..<0)
                                timed?.startMs = begin
                                timed?.endMs = cut
                                return timed
                            }
                            continue
                        }
                        stretchOf[selection.guid] = (codingSource, range)
                        plan.codings += selection.codings.compactMap {
                            coding($0, of: selection, in: codingSource, range)
                        }
                    }
                case .picture:
                    summary.skipped.append("The picture “\(title)” was left out: Threadline codes text and recordings.")
                }
            }
            if plan.codings.contains(where: { $0.coderID == fallbackCoder.id }) { plan.coders.append(fallbackCoder) }
            let cases = try REFICaseImport(
                project: project,
                stored: (try await repositories.cases.attributes(), try await repositories.cases.cases()),
                sources: sourceOf, selections: stretchOf, now: now)
            plan.attributes = cases.attributes
            plan.cases = cases.cases
            plan.memberships = cases.memberships
            summary.skipped += cases.skipped
            summary.result = try await repositories.coding.importProject(plan)
            for (kind, count) in storedElsewhere { summary.result.alreadyStored[kind, default: 0] += count }
        } catch {
            // Nothing refers to files this import added, so they go too: a refused import leaves no trace.
            for file in newFiles { try? FileManager.default.removeItem(at: file) }
            for file in recordings
            where (try? await repositories.transcripts.testimonies(usingRecording: file.lastPathComponent).isEmpty)
                == true
            {
                try? FileManager.default.removeItem(at: file)
            }
            throw error
        }
        noteCount = max(noteCount, 0)
        summary.read = [
            ("users", project.users.count), ("codes", codeCount), ("sources", project.sources.count),
            ("codings", codingCount), ("notes", noteCount), ("cases", project.cases.count),
        ]
        return summary
    }

    /// A URL name for an imported item that no other item of its kind has.
    public static func unique(_ name: String, _ guid: QDAGUID, in taken: inout Set<String>) -> String {
        let base = Slug.make(from: name).nonBlank ?? "imported-\(guid.rawValue.prefix(8).lowercased())"
        var slug = base
        var number = 2
        while taken.contains(slug) {
            slug = "\(base)-\(number)"
            number += 1
        }
        taken.insert(slug)
        return slug
    }

    /// Creates the value from each of its fields.
    public init(repositories: REFIRepositories, media: MediaLibrary, time: any TimeSource) {
        self.repositories = repositories
        self.media = media
        self.time = time
    }
}
