import Crypto
import Foundation
import ThreadlineCore
import ThreadlineFormats

/// Turns the programme's evidence and coding into a REFI-QDA project that NVivo, ATLAS.ti or MAXQDA can open:
/// coders as users, the codebook, stories and case studies as text sources, testimony as audio or video sources
/// with their transcripts and sync points, codings as selections, memos as notes, places as cases, and cases
/// with their attribute values and the sources or stretches belonging to them as cases (``REFICaseExport``).
///
/// Each source and case also carries "Threadline …" variables (``REFIThreadlineVariables``) saying what it is here
/// and what else recreating it needs, so that importing the file into a hub without them brings back a case study
/// as a case study, a reflective log as a reflective log, testimony as testimony. A speaker's name, and the name
/// of whoever gave consent, travel only with named consent: anonymised testimony leaves with its speaker's role.
///
/// Testimony whose consent was withdrawn or has expired is left out with its codings: an export leaves the
/// programme, and consent that has ended must not travel with it. GUIDs are Threadline's own IDs, and the GUIDs
/// of things Threadline does not store (selections, notes, sync points) are derived from them, so exporting twice
/// gives the same project.
public struct REFIExporter {
    public let repositories: REFIRepositories
    public let media: MediaLibrary
    public let today: PartialDate

    /// What was exported, for the command line and the page.
    public struct Summary: Sendable {
        public var users = 0
        public var codes = 0
        public var sources = 0
        public var codings = 0
        public var notes = 0
        public var cases = 0
        public var leftOut = 0
        /// Case memberships left out: of testimony left out, or stretches no longer inside their source's text.
        public var membershipsLeftOut = 0
        public var codingsOutsideText = 0
        /// Timed codings (stretches of a recording) of testimony whose recording file is not here: a text source
        /// has no time to hold them.
        public var timedWithoutRecording = 0
    }

    public func project() async throws -> (QDAProject, Summary) {
        var summary = Summary()
        let programme = try await repositories.programme.get()
        let codes = try await repositories.coding.codes()
        let coders = try await repositories.coding.coders()
        let codings = try await repositories.coding.codings(codes: nil)
        let bySource = Dictionary(grouping: codings, by: \.source)
        let files = Dictionary(
            try await repositories.coding.sourceFiles().map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first }
        )
        var notes: [QDANote] = []
        var caseExport = try await REFICaseExport(repository: repositories.cases)
        let enablerSlugs = Dictionary(
            try await repositories.enablers.all().map { ($0.id, $0.slug) }, uniquingKeysWith: { first, _ in first })
        func enabler(_ id: Enabler.ID?) -> String? { id.flatMap { enablerSlugs[$0] } }
        typealias Variable = REFIThreadlineVariables.Name
        typealias Kind = REFIThreadlineVariables.Kind

        func note(_ seed: String, name: String, text: String, by coder: Coder.ID? = nil, at date: Date? = nil)
            -> [QDAGUID]
        {
            guard !text.isEmpty else { return [] }
            let guid = Self.derived(seed)
            notes.append(
                QDANote(
                    guid: guid, name: name, plainText: text, creatingUser: coder.map(Self.guid), creationDateTime: date)
            )
            return [guid]
        }

        // The codebook, as a tree.
        let children = Dictionary(grouping: codes.filter { $0.parentID != nil }, by: { $0.parentID! })
        func qdaCode(_ code: Code, depth: Int) -> QDACode {
            QDACode(
                guid: Self.guid(code.id), name: code.name, isCodable: true, color: code.colour.uppercased(),
                description: code.description,
                children: depth > 200 ? [] : (children[code.id] ?? []).map { qdaCode($0, depth: depth + 1) },
                noteRefs: note("memo:\(code.id)", name: "Memo: \(code.name)", text: code.memo, at: code.updatedAt))
        }
        let ids = Set(codes.map(\.id))
        let roots = codes.filter { $0.parentID.map { !ids.contains($0) } ?? true }.map { qdaCode($0, depth: 0) }
        summary.codes = codes.count

        func selection(_ coding: Coding, range: QDASelection.Range) -> QDASelection {
            summary.codings += 1
            return QDASelection(
                guid: Self.derived("selection:\(coding.id)"),
                name: coding.isTimeOnly
                    ? "\(TimeSpanText.preciseClock(coding.startMs ?? 0))–\(TimeSpanText.preciseClock(coding.endMs ?? 0))"
                    : String(coding.excerpt.prefix(60)), range: range,
                creatingUser: Self.guid(coding.coderID), creationDateTime: coding.createdAt,
                codings: [
                    QDACoding(
                        guid: Self.guid(coding.id), codeGUID: Self.guid(coding.codeID),
                        creatingUser: Self.guid(coding.coderID), creationDateTime: coding.createdAt)
                ],
                noteRefs: note(
                    "coding-memo:\(coding.id)", name: "Memo on a coding", text: coding.memo, by: coding.coderID,
                    at: coding.createdAt))
        }

        // A source edited after coding may no longer hold a passage's positions; such a coding cannot be exported
        // (the file would not be valid), so it is counted and left out rather than failing the whole export.
        func fitting(_ codings: [Coding], in text: CodableText) -> [Coding] {
            let kept = codings.filter { !$0.isTimeOnly && text.problem(start: $0.start, end: $0.end) == nil }
            summary.codingsOutsideText += codings.count(where: { !$0.isTimeOnly }) - kept.count
            return kept
        }

        var sources: [QDASource] = []
        var placeSources: [Place.ID: [QDAGUID]] = [:]
        // A source's text is what it reads as (a story's Markdown rendered), the text its codings count in; the
        // Markdown travels beside it as a Threadline variable so an import can make the story again.
        func textSource(
            _ source: CodingSource, id: UUID, name: String, text: CodableText, summaryText: String, place: Place.ID?,
            date: Date, values: [(Variable, String?)], original stored: SourceFile? = nil
        ) {
            let guid = QDAGUID(id.uuidString)!
            let original = (stored ?? files[source]).flatMap { file in
                media.originalURL(sha256: file.sha256).map { QDAFile(name: file.name, contents: .file($0)) }
            }
            sources.append(
                QDASource(
                    guid: guid, name: name, kind: original.map { Self.kind(ofDocument: $0.name) } ?? .text,
                    plainText: text.text,
                    originalFile: original,
                    selections: fitting(bySource[source] ?? [], in: text).map {
                        selection($0, range: .text(start: $0.start, end: $0.end))
                    } + caseExport.textSelections(of: source, in: text),
                    creationDateTime: date, description: summaryText,
                    variableValues: REFIThreadlineVariables.values(values)))
            if let place { placeSources[place, default: []].append(guid) }
        }
        for story in try await repositories.stories.all() {
            textSource(
                CodingSource(story: story.id), id: story.id.rawValue, name: story.title,
                text: CodableText(markdown: story.body),
                summaryText: story.summary, place: story.placeID, date: story.createdAt,
                values: [
                    (.kind, Kind.story.rawValue), (.slug, story.slug), (.enabler, enabler(story.enablerID)),
                    (.credit, story.credit), (.markdown, story.body),
                ])
        }
        for item in try await repositories.caseStudies.all() {
            textSource(
                CodingSource(caseStudy: item.id), id: item.id.rawValue, name: item.title,
                text: CodableText(markdown: item.body),
                summaryText: item.summary, place: item.placeID, date: item.createdAt,
                values: [
                    (.kind, Kind.caseStudy.rawValue), (.slug, item.slug), (.format, item.format.rawValue),
                    (.enabler, enabler(item.enablerID)), (.markdown, item.body),
                ])
        }
        for log in try await repositories.reflectiveLogs.all() {
            textSource(
                CodingSource(reflectiveLog: log.id), id: log.id.rawValue, name: log.title,
                text: CodableText(markdown: log.codableBody),
                summaryText: log.credit, place: log.placeID, date: log.createdAt,
                values: [
                    (.kind, Kind.reflectiveLog.rawValue), (.slug, log.slug), (.date, log.date?.description),
                    (.what, log.what), (.soWhat, log.soWhat), (.nowWhat, log.nowWhat), (.credit, log.credit),
                ] + log.enablerIDs.map { (.enabler, enabler($0)) })
        }
        for document in try await repositories.documents.all() {
            let source = CodingSource(document: document.id)
            textSource(
                source, id: document.id.rawValue, name: document.title, text: document.codableText,
                summaryText: document.summary, place: document.placeID, date: document.createdAt,
                values: [
                    (.kind, Kind.document.rawValue), (.enabler, enabler(document.enablerID)),
                    (.date, document.date?.description), (.credit, document.origin), (.fileName, document.fileName),
                    (.layout, Self.layoutJSON(document.blocks)),
                ],
                original: document.fileSHA256.map {
                    SourceFile(
                        source: source, name: document.fileName ?? "original", sha256: $0,
                        bytes: document.fileBytes ?? 0)
                })
        }
        for testimony in try await repositories.testimonies.all() {
            switch testimony.consent.state(on: today) {
            case .withdrawn, .expired:
                summary.leftOut += 1
                continue
            case .current: break
            }
            let source = CodingSource(testimony: testimony.id)
            let text = CodableText(cues: try await repositories.transcripts.cues(of: testimony.id))
            let guid = Self.guid(testimony.id)
            let recording = testimony.mediaSHA256.flatMap { media.fileURL(sha256: $0) }
                .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
            if let place = testimony.placeID { placeSources[place, default: []].append(guid) }
            let named = testimony.consentScope == .publicNamed
            var values: [(Variable, String?)] = [
                (.kind, Kind.testimony.rawValue), (.recordedOn, testimony.recordedOn?.description),
                (.speakerRole, testimony.speakerRole), (.speakerName, named ? testimony.speakerName : nil),
                (.consentGivenBy, named ? testimony.consentGivenBy : nil),
                (.consentGivenOn, testimony.consentGivenOn?.description),
                (.consentScope, testimony.consentScope.rawValue),
                (.consentEndsOn, testimony.consentExpiresOn?.description), (.enabler, enabler(testimony.enablerID)),
            ]
            guard let recording else {
                summary.timedWithoutRecording += (bySource[source] ?? []).count(where: \.isTimeOnly)
                values.append((.cues, REFIThreadlineVariables.cueLines(text, withSpeakers: named)))
                // Without a recording the transcript is all there is: it travels as the text source it is, never
                // as an audio source pointing at no file.
                sources.append(
                    QDASource(
                        guid: guid, name: testimony.title, kind: .text, plainText: text.text,
                        selections: fitting(bySource[source] ?? [], in: text).map {
                            selection($0, range: .text(start: $0.start, end: $0.end))
                        } + caseExport.textSelections(of: source, in: text),
                        creationDateTime: testimony.createdAt, description: testimony.summary,
                        variableValues: REFIThreadlineVariables.values(values)))
                continue
            }
            var syncPoints: [QDASyncPoint] = []
            for (index, range) in text.cueRanges.enumerated() {
                syncPoints.append(
                    QDASyncPoint(
                        guid: Self.derived("cue-start:\(testimony.id):\(index)"), timeStampMs: range.cue.startMs,
                        position: range.start))
                syncPoints.append(
                    QDASyncPoint(
                        guid: Self.derived("cue-end:\(testimony.id):\(index)"), timeStampMs: range.cue.endMs,
                        position: range.end))
            }
            var selections: [QDASelection] = []
            for coding in fitting(bySource[source] ?? [], in: text) {
                let from = Self.derived("coding-from:\(coding.id)")
                let to = Self.derived("coding-to:\(coding.id)")
                syncPoints.append(QDASyncPoint(guid: from, timeStampMs: coding.startMs, position: coding.start))
                syncPoints.append(QDASyncPoint(guid: to, timeStampMs: coding.endMs, position: coding.end))
                selections.append(selection(coding, range: .transcript(fromSyncPoint: from, toSyncPoint: to)))
            }
            // A stretch coded by time is a selection of the recording itself (AudioSelection or VideoSelection, its
            // begin and end in milliseconds), as NVivo codes a media timeline.
            let stretches = (bySource[source] ?? []).filter(\.isTimeOnly).compactMap { coding -> QDASelection? in
                guard let startMs = coding.startMs, let endMs = coding.endMs else { return nil }
                return selection(coding, range: .media(beginMs: startMs, endMs: endMs))
            }
            let caseStretches = caseExport.transcriptSelections(of: source, in: text)
            syncPoints += caseStretches.syncPoints
            selections += caseStretches.selections
            sources.append(
                QDASource(
                    guid: guid, name: testimony.title,
                    kind: testimony.mediaType?.hasPrefix("video/") == true ? .video : .audio,
                    originalFile: QDAFile(
                        name: "\(guid.rawValue).\(Self.fileExtension(testimony.mediaType))", contents: .file(recording)),
                    transcripts: [
                        QDATranscript(
                            guid: Self.derived("transcript:\(testimony.id)"), name: "Transcript: \(testimony.title)",
                            plainText: text.text, syncPoints: syncPoints, selections: selections)
                    ],
                    selections: stretches,
                    creationDateTime: testimony.createdAt, description: testimony.summary,
                    variableValues: REFIThreadlineVariables.values(values)))
        }
        summary.sources = sources.count
        let places = try await repositories.places.all().map { place in
            QDACase(
                guid: Self.guid(place.id), name: place.name, description: place.summary,
                sourceRefs: placeSources[place.id] ?? [],
                variableValues: REFIThreadlineVariables.values([(.kind, Kind.place.rawValue), (.slug, place.slug)]))
        }
        let cases = places + caseExport.qdaCases(exported: Set(sources.map(\.guid)))
        summary.cases = cases.count
        summary.membershipsLeftOut = caseExport.leftOut
        let users = coders.map { QDAUser(guid: Self.guid($0.id), name: $0.name) }
        summary.users = users.count
        summary.notes = notes.count
        let project = QDAProject(
            name: programme.name, origin: "Threadline", users: users, codes: roots,
            variables: REFIThreadlineVariables.definitions + caseExport.variables, sources: sources, cases: cases,
            notes: notes)
        return (project, summary)
    }

    /// The GUID of a stored item: its UUID, upper-case as REFI-QDA tools write it.
    public static func guid<E>(_ id: EntityID<E>) -> QDAGUID {
        QDAGUID(id.rawValue.uuidString)!
    }

    /// A GUID that is always the same for `seed`: the first 16 bytes of its SHA-256, marked as a name-based UUID.
    public static func derived(_ seed: String) -> QDAGUID {
        var bytes = Array(SHA256.hash(data: Data(seed.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let uuid = UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
        return QDAGUID(uuid.uuidString)!
    }

    public static func kind(ofDocument name: String) -> QDASource.Kind {
        name.lowercased().hasSuffix(".pdf") ? .pdf : .text
    }

    /// The file extension a recording of `mediaType` carries in a `.qdpx`, so that the tool opening it knows the
    /// file by its name; "bin" only for a type it cannot name.
    public static func fileExtension(_ mediaType: String?) -> String {
        // A stored type may carry parameters ("audio/ogg; codecs=opus"): the extension depends on the type alone.
        let type = mediaType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return switch type {
        case "audio/mpeg": "mp3"
        case "audio/wav", "audio/x-wav", "audio/wave": "wav"
        case "audio/ogg", "application/ogg": "ogg"
        case "video/ogg": "ogv"
        case "audio/flac", "audio/x-flac": "flac"
        case "audio/aac": "aac"
        case "video/quicktime": "mov"
        case "video/mp4": "mp4"
        case "audio/mp4": "m4a"
        case "video/webm": "webm"
        case "audio/webm": "weba"
        default: "bin"
        }
    }

    /// Creates the value from each of its fields.
    public init(repositories: REFIRepositories, media: MediaLibrary, today: PartialDate) {
        self.repositories = repositories
        self.media = media
        self.today = today
    }
}

extension REFIExporter {
    /// A document's layout as JSON with its keys sorted, so the same document always exports the same text.
    static func layoutJSON(_ blocks: [SourceBlock]) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(blocks)).map { String(decoding: $0, as: UTF8.self) }
    }
}
