import Foundation

/// Turns a ``QDAProject`` into `project.qde` text plus the list of files that go into `sources/`.
///
/// Elements follow the sequence order of Project.xsd (REFI-QDA 1.0, 2019) so the output validates, and every
/// name is derived from GUIDs so the same project always gives the same bytes.
struct QDAProjectSerializer {
    /// A file for the archive's `sources/` folder.
    enum ArchiveFile {
        case text(String)
        case original(QDAFile)
    }

    private var xml = QDAXMLWriter()
    private(set) var files: [(name: String, content: ArchiveFile)] = []

    /// Serialises `project`, which must already have passed ``QDAProjectValidator``.
    static func serialize(_ project: QDAProject) throws(REFIQDAError) -> QDAProjectSerializer {
        var serializer = QDAProjectSerializer()
        try serializer.write(project)
        return serializer
    }

    var xmlData: Data { Data(xml.text.utf8) }

    /// An empty serializer for a code book.
    static func codebook() -> QDAProjectSerializer { QDAProjectSerializer() }

    /// Writes a `CodeBook` root element holding `codes`.
    mutating func writeCodebook(_ codes: [QDACode], origin: String?) throws(REFIQDAError) {
        try xml.open("CodeBook", [("xmlns", "urn:QDA-XML:codebook:1.0"), ("origin", origin)])
        // Codes requires at least one Code, so an empty code book omits Codes and is then not schema-valid;
        // there is no valid way to write "no codes".
        if !codes.isEmpty {
            try xml.open("Codes")
            for code in codes { try writeCode(code, depth: 0, withNotes: false) }
            xml.close("Codes")
        }
        xml.close("CodeBook")
    }

    private mutating func write(_ project: QDAProject) throws(REFIQDAError) {
        try xml.open(
            "Project",
            [
                ("xmlns", "urn:QDA-XML:project:1.0"), ("name", project.name), ("origin", project.origin),
                ("creatingUserGUID", project.creatingUserGUID?.rawValue),
                ("creationDateTime", project.creationDateTime.map(QDADateTime.format)),
            ])
        if !project.users.isEmpty {
            try xml.open("Users")
            for user in project.users {
                try xml.open("User", [("guid", user.guid.rawValue), ("name", user.name)], empty: true)
            }
            xml.close("Users")
        }
        if !project.codes.isEmpty {
            try xml.open("CodeBook")
            try xml.open("Codes")
            for code in project.codes { try writeCode(code, depth: 0, withNotes: true) }
            xml.close("Codes")
            xml.close("CodeBook")
        }
        if !project.variables.isEmpty {
            try xml.open("Variables")
            for variable in project.variables {
                try xml.open(
                    "Variable",
                    [
                        ("guid", variable.guid.rawValue), ("name", variable.name),
                        ("typeOfVariable", variable.type.rawValue),
                    ],
                    empty: variable.description.isEmpty)
                guard !variable.description.isEmpty else { continue }
                try xml.textElement("Description", variable.description)
                xml.close("Variable")
            }
            xml.close("Variables")
        }
        if !project.cases.isEmpty {
            try xml.open("Cases")
            for item in project.cases { try writeCase(item) }
            xml.close("Cases")
        }
        if !project.sources.isEmpty {
            try xml.open("Sources")
            for source in project.sources { try writeSource(source) }
            xml.close("Sources")
        }
        if !project.notes.isEmpty {
            try xml.open("Notes")
            for note in project.notes {
                try xml.open(
                    "Note",
                    [
                        ("guid", note.guid.rawValue), ("name", note.name),
                        ("creatingUser", note.creatingUser?.rawValue),
                        ("creationDateTime", note.creationDateTime.map(QDADateTime.format)),
                    ])
                try xml.textElement("PlainTextContent", note.plainText)
                xml.close("Note")
            }
            xml.close("Notes")
        }
        xml.close("Project")
    }

    /// Writes a code and its children; `withNotes` is false for code books, whose schema has no NoteRef.
    mutating func writeCode(_ code: QDACode, depth: Int, withNotes: Bool) throws(REFIQDAError) {
        // Readers cap nesting, so recursion here is bounded for anything read; hand-built trees get the same cap.
        guard depth < QDPXLimits.default.maximumCodeDepth else {
            throw REFIQDAError(.invalidProject, "Codes are nested too deeply.", element: "Code")
        }
        let attributes: [(String, String?)] = [
            ("guid", code.guid.rawValue), ("name", code.name),
            ("isCodable", code.isCodable ? "true" : "false"),
            ("color", try Self.color(code.color)),
        ]
        let hasContent =
            !code.description.isEmpty || (withNotes && !code.noteRefs.isEmpty) || !code.children.isEmpty
        try xml.open("Code", attributes, empty: !hasContent)
        guard hasContent else { return }
        if !code.description.isEmpty { try xml.textElement("Description", code.description) }
        if withNotes { try writeNoteRefs(code.noteRefs) }
        for child in code.children { try writeCode(child, depth: depth + 1, withNotes: withNotes) }
        xml.close("Code")
    }

    private static func color(_ color: String?) throws(REFIQDAError) -> String? {
        guard let color else { return nil }
        guard let normalised = QDAColor.normalise(color) else {
            throw REFIQDAError(
                .invalidProject, "'\(color.prefix(60))' is not a #RRGGBB colour.", element: "Code",
                attribute: "color")
        }
        return normalised
    }

    private mutating func writeCase(_ item: QDACase) throws(REFIQDAError) {
        try xml.open("Case", [("guid", item.guid.rawValue), ("name", item.name)])
        if !item.description.isEmpty { try xml.textElement("Description", item.description) }
        for target in item.codeRefs {
            try xml.open("CodeRef", [("targetGUID", target.rawValue)], empty: true)
        }
        try writeVariableValues(item.variableValues)
        for target in item.sourceRefs {
            try xml.open("SourceRef", [("targetGUID", target.rawValue)], empty: true)
        }
        for target in item.selectionRefs {
            try xml.open("SelectionRef", [("targetGUID", target.rawValue)], empty: true)
        }
        xml.close("Case")
    }

    private mutating func writeSource(_ source: QDASource) throws(REFIQDAError) {
        let element = QDAProjectValidator.elementName(source.kind)
        let originalPath = source.originalFile.map { file -> String in
            let name = source.guid.rawValue + Self.fileExtension(of: file.name)
            files.append((name, .original(file)))
            return "internal://" + name
        }
        var attributes: [(String, String?)] = [("guid", source.guid.rawValue), ("name", source.name)]
        if element == "TextSource" {
            let textName = source.guid.rawValue + ".txt"
            files.append((textName, .text(source.plainText ?? "")))
            attributes += [("richTextPath", originalPath), ("plainTextPath", "internal://" + textName)]
        } else {
            attributes.append(("path", originalPath))
        }
        attributes += [
            ("creatingUser", source.creatingUser?.rawValue),
            ("creationDateTime", source.creationDateTime.map(QDADateTime.format)),
        ]
        try xml.open(element, attributes)
        if !source.description.isEmpty { try xml.textElement("Description", source.description) }
        switch source.kind {
        case .text, .other:
            for selection in source.selections {
                try writeSelection(selection, element: "PlainTextSelection")
            }
        case .pdf:
            try writeRepresentation(of: source)
        case .audio, .video:
            for transcript in source.transcripts { try writeTranscript(transcript) }
            let selectionElement = source.kind == .audio ? "AudioSelection" : "VideoSelection"
            for selection in source.selections {
                try writeSelection(selection, element: selectionElement)
            }
        case .picture:
            break
        }
        try writeNoteRefs(source.noteRefs)
        try writeVariableValues(source.variableValues)
        xml.close(element)
    }

    /// Writes `VariableValue` elements: the `VariableRef`, then the value's element unless it has none.
    private mutating func writeVariableValues(_ values: [QDAVariableValue]) throws(REFIQDAError) {
        for value in values {
            try xml.open("VariableValue")
            try xml.open("VariableRef", [("targetGUID", value.variableGUID.rawValue)], empty: true)
            if let given = value.value { try xml.textElement(given.elementName, given.xmlText) }
            xml.close("VariableValue")
        }
    }

    private mutating func writeRepresentation(of source: QDASource) throws(REFIQDAError) {
        guard let text = source.plainText else { return }
        let guid =
            source.textRepresentationGUID
            ?? Self.derivedGUID(from: source.guid, purpose: "representation")
        let textName = guid.rawValue + ".txt"
        files.append((textName, .text(text)))
        try xml.open(
            "Representation",
            [
                ("guid", guid.rawValue), ("name", source.name), ("plainTextPath", "internal://" + textName),
            ],
            empty: source.selections.isEmpty)
        guard !source.selections.isEmpty else { return }
        for selection in source.selections {
            try writeSelection(selection, element: "PlainTextSelection")
        }
        xml.close("Representation")
    }

    private mutating func writeTranscript(_ transcript: QDATranscript) throws(REFIQDAError) {
        let textName = transcript.guid.rawValue + ".txt"
        files.append((textName, .text(transcript.plainText)))
        try xml.open(
            "Transcript",
            [
                ("guid", transcript.guid.rawValue), ("name", transcript.name),
                ("plainTextPath", "internal://" + textName),
            ])
        for point in transcript.syncPoints {
            try xml.open(
                "SyncPoint",
                [
                    ("guid", point.guid.rawValue), ("timeStamp", point.timeStampMs.map(String.init)),
                    ("position", point.position.map(String.init)),
                ], empty: true)
        }
        for selection in transcript.selections {
            try writeSelection(selection, element: "TranscriptSelection")
        }
        xml.close("Transcript")
    }

    private mutating func writeSelection(_ selection: QDASelection, element: String)
        throws(REFIQDAError)
    {
        var attributes: [(String, String?)] = [
            // `name` is optional on selections and many tools leave it out; an empty name is written the same way.
            ("guid", selection.guid.rawValue), ("name", selection.name.isEmpty ? nil : selection.name),
        ]
        switch selection.range {
        case .text(let start, let end):
            attributes += [("startPosition", String(start)), ("endPosition", String(end))]
        case .media(let begin, let end):
            attributes += [("begin", String(begin)), ("end", String(end))]
        case .transcript(let from, let to):
            attributes += [("fromSyncPoint", from?.rawValue), ("toSyncPoint", to?.rawValue)]
        }
        attributes += [
            ("creatingUser", selection.creatingUser?.rawValue),
            ("creationDateTime", selection.creationDateTime.map(QDADateTime.format)),
        ]
        let isEmpty = selection.codings.isEmpty && selection.noteRefs.isEmpty
        try xml.open(element, attributes, empty: isEmpty)
        guard !isEmpty else { return }
        for coding in selection.codings {
            try xml.open(
                "Coding",
                [
                    ("guid", coding.guid.rawValue), ("creatingUser", coding.creatingUser?.rawValue),
                    ("creationDateTime", coding.creationDateTime.map(QDADateTime.format)),
                ])
            try xml.open("CodeRef", [("targetGUID", coding.codeGUID.rawValue)], empty: true)
            xml.close("Coding")
        }
        try writeNoteRefs(selection.noteRefs)
        xml.close(element)
    }

    private mutating func writeNoteRefs(_ targets: [QDAGUID]) throws(REFIQDAError) {
        for target in targets {
            try xml.open("NoteRef", [("targetGUID", target.rawValue)], empty: true)
        }
    }

    /// The extension of `name` including the dot, or `""`; only simple ASCII extensions are kept so archive
    /// names stay portable.
    private static func fileExtension(of name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        let ext = last[last.index(after: dot)...]
        guard !ext.isEmpty, ext.count <= 10,
            ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else {
            return ""
        }
        return "." + ext.lowercased()
    }

    /// A GUID derived from another with two FNV-1a 64-bit hashes, so derived names are stable across writes.
    static func derivedGUID(from guid: QDAGUID, purpose: String) -> QDAGUID {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in (purpose + ":" + guid.rawValue).utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
            return hash
        }
        let hex =
            String(fnv(0xcbf2_9ce4_8422_2325), radix: 16) + String(fnv(0x8422_2325_cbf2_9ce4), radix: 16)
        let digits = Array(String(repeating: "0", count: max(0, 32 - hex.count)) + hex)
        let text =
            String(digits[0..<8]) + "-" + String(digits[8..<12]) + "-" + String(digits[12..<16]) + "-"
            + String(digits[16..<20]) + "-" + String(digits[20..<32])
        return QDAGUID(text) ?? guid
    }
}
