/// Checks the rules of a project that span elements: unique GUIDs, references that resolve, selections that
/// fit their text or recording.
///
/// The reader runs it after loading texts (with `lineOf` pointing back into the XML) and the writer runs it
/// before writing, so the writer never produces a file the reader would refuse.
struct QDAProjectValidator {
    private let project: QDAProject
    private let lineOf: (QDAGUID) -> Int?
    private var users: Set<QDAGUID> = []
    private var codes: Set<QDAGUID> = []
    private var notes: Set<QDAGUID> = []
    private var sources: Set<QDAGUID> = []
    /// Every selection of a source or transcript, which a case's `SelectionRef` may name.
    private var selections: Set<QDAGUID> = []
    private var variables: [QDAGUID: QDAVariable] = [:]

    init(project: QDAProject, lineOf: @escaping (QDAGUID) -> Int? = { _ in nil }) {
        self.project = project
        self.lineOf = lineOf
    }

    /// Runs every check, throwing the first failure.
    mutating func validate(checkingDuplicates: Bool) throws(REFIQDAError) {
        if checkingDuplicates { try checkDuplicates() }
        users = Set(project.users.map(\.guid))
        notes = Set(project.notes.map(\.guid))
        sources = Set(project.sources.map(\.guid))
        selections = Set(
            project.sources.flatMap { source in
                (source.selections + source.transcripts.flatMap(\.selections)).map(\.guid)
            })
        variables = Dictionary(project.variables.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        var pending = project.codes[...].map { $0 }
        while let code = pending.popLast() {
            codes.insert(code.guid)
            pending.append(contentsOf: code.children)
        }
        try checkUser(
            project.creatingUserGUID, owner: nil, element: "Project", attribute: "creatingUserGUID")
        try checkCodes()
        for item in project.cases {
            for target in item.codeRefs {
                try check(target, in: codes, owner: item.guid, element: "CodeRef")
            }
            for target in item.sourceRefs {
                try check(target, in: sources, owner: item.guid, element: "SourceRef")
            }
            for target in item.selectionRefs {
                try check(target, in: selections, owner: item.guid, element: "SelectionRef")
            }
            try checkValues(item.variableValues, owner: item.guid)
        }
        for note in project.notes {
            try checkUser(note.creatingUser, owner: note.guid, element: "Note", attribute: "creatingUser")
        }
        for source in project.sources { try checkSource(source) }
    }

    func checkDuplicates() throws(REFIQDAError) {
        var seen: Set<QDAGUID> = []
        func declare(_ guid: QDAGUID, _ element: String) throws(REFIQDAError) {
            guard seen.insert(guid).inserted else {
                throw REFIQDAError(
                    .duplicateGUID, "GUID \(guid) is used by more than one object.", element: element,
                    attribute: "guid")
            }
        }
        for user in project.users { try declare(user.guid, "User") }
        for variable in project.variables { try declare(variable.guid, "Variable") }
        var pending = project.codes
        while let code = pending.popLast() {
            try declare(code.guid, "Code")
            pending.append(contentsOf: code.children)
        }
        for item in project.cases { try declare(item.guid, "Case") }
        for note in project.notes { try declare(note.guid, "Note") }
        for source in project.sources {
            try declare(source.guid, "Source")
            if let representation = source.textRepresentationGUID {
                try declare(representation, "Representation")
            }
            for transcript in source.transcripts {
                try declare(transcript.guid, "Transcript")
                for point in transcript.syncPoints { try declare(point.guid, "SyncPoint") }
            }
            let allSelections = source.selections + source.transcripts.flatMap(\.selections)
            for selection in allSelections {
                try declare(selection.guid, "Selection")
                for coding in selection.codings { try declare(coding.guid, "Coding") }
            }
        }
    }

    private func checkCodes() throws(REFIQDAError) {
        var pending = project.codes
        while let code = pending.popLast() {
            for target in code.noteRefs {
                try check(target, in: notes, owner: code.guid, element: "NoteRef")
            }
            pending.append(contentsOf: code.children)
        }
    }

    private func checkSource(_ source: QDASource) throws(REFIQDAError) {
        let element = Self.elementName(source.kind)
        try checkUser(
            source.creatingUser, owner: source.guid, element: element, attribute: "creatingUser")
        for target in source.noteRefs {
            try check(target, in: notes, owner: source.guid, element: "NoteRef")
        }
        let textLength = source.plainText?.unicodeScalars.count
        for selection in source.selections {
            switch (selection.range, source.kind) {
            case (.text(let start, let end), .text), (.text(let start, let end), .pdf),
                (.text(let start, let end), .other):
                try checkText(
                    start, end, length: textLength, selection: selection, element: "PlainTextSelection")
            case (.media(let begin, let end), .audio), (.media(let begin, let end), .video):
                try checkMedia(begin, end, selection: selection, element: element)
            default:
                throw REFIQDAError(
                    .invalidProject, "Selection \(selection.guid) does not fit a \(element).",
                    element: element,
                    line: lineOf(selection.guid))
            }
            try checkSelectionReferences(selection)
        }
        for transcript in source.transcripts { try checkTranscript(transcript) }
        try checkValues(source.variableValues, owner: source.guid)
    }

    /// Each value names a variable of the project and is of that variable's type.
    private func checkValues(_ values: [QDAVariableValue], owner: QDAGUID) throws(REFIQDAError) {
        for value in values {
            guard let variable = variables[value.variableGUID] else {
                throw REFIQDAError(
                    .unknownReference, "GUID \(value.variableGUID) does not name a variable of the project.",
                    element: "VariableRef", attribute: "targetGUID", line: lineOf(owner))
            }
            if let given = value.value, given.type != variable.type {
                throw REFIQDAError(
                    .invalidValue,
                    "The variable “\(variable.name.prefix(60))” holds \(variable.type.rawValue) values, not "
                        + "\(given.type.rawValue).",
                    element: given.elementName, line: lineOf(owner))
            }
            // A date built by hand rather than read must still be one the reader would take back.
            if case .date(let text) = value.value, !QDAVariableValue.Value.isDate(text) {
                throw REFIQDAError(
                    .invalidValue, "'\(text.prefix(60))' is not an xsd:date such as 2022-07-14.", element: "DateValue",
                    line: lineOf(owner))
            }
        }
    }

    private func checkTranscript(_ transcript: QDATranscript) throws(REFIQDAError) {
        let length = transcript.plainText.unicodeScalars.count
        var points: Set<QDAGUID> = []
        for point in transcript.syncPoints {
            points.insert(point.guid)
            if let position = point.position, position < 0 || position > length {
                throw REFIQDAError(
                    .positionOutOfRange, "Sync point position \(position) is outside 0…\(length).",
                    element: "SyncPoint", attribute: "position", line: lineOf(point.guid))
            }
            if let time = point.timeStampMs, time < 0 {
                throw REFIQDAError(
                    .invalidTimeRange, "Sync point time \(time) ms is negative.", element: "SyncPoint",
                    attribute: "timeStamp", line: lineOf(point.guid))
            }
        }
        for selection in transcript.selections {
            guard case .transcript(let from, let to) = selection.range else {
                throw REFIQDAError(
                    .invalidProject, "Selection \(selection.guid) in a transcript must span sync points.",
                    element: "TranscriptSelection", line: lineOf(selection.guid))
            }
            if let from, !points.contains(from) {
                throw unknown(from, "TranscriptSelection", "fromSyncPoint", owner: selection.guid)
            }
            if let to, !points.contains(to) {
                throw unknown(to, "TranscriptSelection", "toSyncPoint", owner: selection.guid)
            }
            try checkSelectionReferences(selection)
        }
    }

    private func checkText(
        _ start: Int, _ end: Int, length: Int?, selection: QDASelection, element: String
    )
        throws(REFIQDAError)
    {
        guard let length else {
            throw REFIQDAError(
                .invalidProject, "Text selection \(selection.guid) belongs to a source without text.",
                element: element, line: lineOf(selection.guid))
        }
        guard start >= 0, start <= end, end <= length else {
            throw REFIQDAError(
                .positionOutOfRange, "Text selection \(start)…\(end) lies outside the text (0…\(length)).",
                element: element, attribute: start < 0 || start > end ? "startPosition" : "endPosition",
                line: lineOf(selection.guid))
        }
    }

    private func checkMedia(_ begin: Int, _ end: Int, selection: QDASelection, element: String)
        throws(REFIQDAError)
    {
        guard begin >= 0, begin <= end else {
            let selectionElement = element == "AudioSource" ? "AudioSelection" : "VideoSelection"
            throw REFIQDAError(
                .invalidTimeRange, "Media selection \(begin)…\(end) ms is negative or reversed.",
                element: selectionElement, attribute: begin < 0 ? "begin" : "end",
                line: lineOf(selection.guid))
        }
    }

    private func checkSelectionReferences(_ selection: QDASelection) throws(REFIQDAError) {
        try checkUser(
            selection.creatingUser, owner: selection.guid, element: "Selection", attribute: "creatingUser"
        )
        for target in selection.noteRefs {
            try check(target, in: notes, owner: selection.guid, element: "NoteRef")
        }
        for coding in selection.codings {
            try check(coding.codeGUID, in: codes, owner: coding.guid, element: "CodeRef")
            try checkUser(
                coding.creatingUser, owner: coding.guid, element: "Coding", attribute: "creatingUser")
        }
    }

    private func checkUser(_ user: QDAGUID?, owner: QDAGUID?, element: String, attribute: String)
        throws(REFIQDAError)
    {
        guard let user, !users.contains(user) else { return }
        throw unknown(user, element, attribute, owner: owner)
    }

    private func check(_ target: QDAGUID, in declared: Set<QDAGUID>, owner: QDAGUID, element: String)
        throws(REFIQDAError)
    {
        guard !declared.contains(target) else { return }
        throw unknown(target, element, "targetGUID", owner: owner)
    }

    private func unknown(_ target: QDAGUID, _ element: String, _ attribute: String, owner: QDAGUID?)
        -> REFIQDAError
    {
        REFIQDAError(
            .unknownReference, "GUID \(target) does not name anything in the project.", element: element,
            attribute: attribute, line: owner.flatMap(lineOf))
    }

    /// Checks references the model does not keep (note and code references of codings, transcripts, project).
    func checkUnmodelled(notes noteRefs: [(QDAGUID, Int)], codes codeRefs: [(QDAGUID, Int)])
        throws(REFIQDAError)
    {
        for (target, line) in noteRefs where !notes.contains(target) {
            throw REFIQDAError(
                .unknownReference, "GUID \(target) does not name a note.", element: "NoteRef",
                attribute: "targetGUID", line: line)
        }
        for (target, line) in codeRefs where !codes.contains(target) {
            throw REFIQDAError(
                .unknownReference, "GUID \(target) does not name a code.", element: "CodeRef",
                attribute: "targetGUID", line: line)
        }
    }

    static func elementName(_ kind: QDASource.Kind) -> String {
        switch kind {
        case .text, .other: return "TextSource"
        case .pdf: return "PDFSource"
        case .audio: return "AudioSource"
        case .video: return "VideoSource"
        case .picture: return "PictureSource"
        }
    }
}
