import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SAX parser for QDA-XML `Project` and `CodeBook` documents.
///
/// SAX keeps memory flat and the work linear: each element is handled once as it streams past, and
/// everything it needs is at hand in the few "current" values below, so 100,000 codings cost no more per
/// coding than ten. Unknown elements (Sets, Graphs, Links, PDF regions…) are skipped whole.
final class QDAProjectParser: NSObject, XMLParserDelegate {
    /// The documents the parser accepts at the root.
    enum Root {
        case project
        case codebook
    }

    private let expectedRoot: Root
    private let limits: QDPXLimits
    private(set) var result = QDAParsedProject()
    private var failure: REFIQDAError?

    private var stack: [String] = []
    private var skipDepth = 0
    private var line = 0

    private var codeStack: [QDACode] = []
    private var currentCase: QDACase?
    private var currentSource: QDASource?
    private var currentTranscript: QDATranscript?
    private var currentSelection: QDASelection?
    private var currentCoding: QDACoding?
    private var currentNote: QDANote?
    private var currentVariable: QDAVariable?
    /// The variable value being read, and whether its `VariableRef` has been seen.
    private var currentVariableValue: QDAVariableValue?
    private var variableValueHasRef = false

    private var capturedText: String?

    init(expectedRoot: Root, limits: QDPXLimits) {
        self.expectedRoot = expectedRoot
        self.limits = limits
    }

    /// Parses `data`, throwing the first problem found.
    static func parse(_ data: Data, expecting root: Root, limits: QDPXLimits) throws(REFIQDAError)
        -> QDAParsedProject
    {
        try QDAXMLDeclaration.checkEncoding(data)
        try QDAXMLDeclaration.checkProcessingInstructions(data)
        let delegate = QDAProjectParser(expectedRoot: root, limits: limits)
        // XMLParser(data:) on Linux reports a spurious internal error at the end of documents of 10 MB or more
        // (seen with swift-corelibs-foundation 6.3); the stream-based entry point parses them correctly.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = delegate.failure { throw failure }
        // On Linux, XMLParser.parse() can return true after a reported error, and even for a document whose
        // root is never closed, so success is judged from the error, the element stack and the root.
        if !succeeded || parser.parserError != nil {
            throw REFIQDAError(
                .malformedXML, "The XML is not well formed: \(Self.describe(parser.parserError)).",
                element: delegate.stack.last, line: Self.knownLine(parser), column: Self.knownColumn(parser))
        }
        guard delegate.sawRoot else {
            throw REFIQDAError(
                .malformedXML, "The document has no root element.", line: Self.knownLine(parser) ?? 1)
        }
        if let open = delegate.stack.last {
            throw REFIQDAError(
                .malformedXML, "The document ends before <\(open)> is closed.", element: open,
                line: Self.knownLine(parser))
        }
        return delegate.result
    }

    private var sawRoot = false

    // MARK: - XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let name = Self.localName(elementName)
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        line = parser.lineNumber
        let parent = stack.last
        stack.append(name)
        do throws(REFIQDAError) {
            let reader = QDAAttributeReader(element: name, attributes: attributeDict, line: line)
            if try !start(name, parent: parent, reader) {
                stack.removeLast()
                skipDepth = 1
            }
        } catch {
            fail(error, parser)
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let name = stack.popLast() else { return }
        line = parser.lineNumber
        do throws(REFIQDAError) {
            try end(name, parent: stack.last)
        } catch {
            fail(error, parser)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        fail(
            REFIQDAError(
                .malformedXML, "The XML is not well formed: \(Self.describe(parseError)).",
                element: stack.last,
                line: Self.knownLine(parser) ?? 1, column: Self.knownColumn(parser)), parser)
    }

    /// The parser's line, or `nil` where it does not know one: after a failed or empty parse, and on an encoding
    /// error, Foundation's `XMLParser` reports line 0, which would name a line no document has (fuzzing found both).
    private static func knownLine(_ parser: XMLParser) -> Int? {
        parser.lineNumber >= 1 ? parser.lineNumber : nil
    }

    /// The parser's column, or `nil` where it does not know one (it reports column 0 then).
    private static func knownColumn(_ parser: XMLParser) -> Int? {
        parser.columnNumber >= 1 ? parser.columnNumber : nil
    }

    /// Turns XMLParser's bare error codes into words for the common cases.
    private static func describe(_ error: (any Error)?) -> String {
        guard let error else { return "the parser stopped" }
        let code = (error as NSError).code
        // libxml2's XML_I18N_CONV_FAILED, reported (at line 0) for bytes such as `<` and three NULs, which libxml2
        // takes for the start of a UCS-4 document; fuzzing found it.
        if code == 6003 { return "its bytes cannot be read in the encoding they appear to be in (QDA-XML is UTF-8)" }
        // XMLParser passes on libxml2's error numbers (`xmlParserErrors` in libxml2's xmlerror.h), said here as a
        // person fixing the file by hand needs them.
        switch code {
        case 76: return "an end tag does not match its start tag (an element is not closed)"
        case 5: return "the document does not end where its root element does (an element left open, or more after it)"
        case 4: return "the document is empty"
        case 22, 68:
            return "a name is missing: an '&' that starts no entity (write & as &amp;), or a '<' that starts no tag"
        case 14, 23: return "an entity reference without its closing ';' (write & as &amp;)"
        case 26: return "an entity XML does not define (such as &nbsp;: write the character itself)"
        case 38: return "a '<' inside an attribute value (write it as &lt;)"
        case 39, 40, 41, 43, 44: return "an attribute whose value is not in quotes"
        case 42: return "an attribute given twice on one element"
        case 6, 7, 8, 9: return "a character XML does not allow (a control character such as NUL, say)"
        case 45: return "a comment that is not closed with -->"
        case 63: return "a CDATA section that is not closed with ]]>"
        case 46, 47: return "a processing instruction that is not closed with ?>"
        case 73: return "a tag that is not closed with '>'"
        case 74, 77: return "an element that is not closed"
        case 65: return "a space is missing (between two attributes, say)"
        default: return "the XML reader stopped on something it cannot read (libxml2 error \(code))"
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skipDepth == 0, capturedText != nil { capturedText? += string }
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        if skipDepth == 0, capturedText != nil {
            capturedText? += String(decoding: cdataBlock, as: UTF8.self)
        }
    }

    private func fail(_ error: REFIQDAError, _ parser: XMLParser) {
        failure = error
        parser.abortParsing()
    }

    private static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    // MARK: - Element handling

    /// Handles an opening tag; returns `false` to skip the element and everything inside it.
    private func start(_ name: String, parent: String?, _ reader: QDAAttributeReader)
        throws(REFIQDAError) -> Bool
    {
        guard let parent else { return try startRoot(name, reader) }
        switch (parent, name) {
        case ("Project", "Users"), ("Project", "CodeBook"), ("CodeBook", "Codes"), ("Project", "Cases"),
            ("Project", "Sources"), ("Project", "Notes"), ("Project", "Variables"):
            return true
        case ("Variables", "Variable"):
            try startVariable(reader)
            return true
        case ("Case", "VariableValue"), ("TextSource", "VariableValue"), ("PDFSource", "VariableValue"),
            ("PictureSource", "VariableValue"), ("AudioSource", "VariableValue"), ("VideoSource", "VariableValue"):
            // The GUID is a placeholder until the VariableRef names the variable; a value without one is refused.
            currentVariableValue = QDAVariableValue(variableGUID: QDAGUID.random(), value: nil)
            variableValueHasRef = false
            return true
        case ("VariableValue", "VariableRef"):
            currentVariableValue?.variableGUID = try reader.guid("targetGUID")
            variableValueHasRef = true
            return true
        case ("VariableValue", _):
            return try startValue(name)
        case ("Users", "User"):
            let guid = try declare(reader.guid("guid"))
            result.project.users.append(QDAUser(guid: guid, name: reader.string("name") ?? ""))
            return true
        case ("Codes", "Code"), ("Code", "Code"):
            return try startCode(reader)
        case ("Cases", "Case"):
            currentCase = QDACase(
                guid: try declare(reader.guid("guid")), name: reader.string("name") ?? "")
            return true
        case ("Sources", _):
            return try startSource(name, reader)
        case ("Notes", "Note"):
            return try startNote(reader)
        case (_, "Description"), (_, "PlainTextContent"):
            return startCapture(name, parent: parent)
        case (_, "NoteRef"):
            try addNoteRef(reader.guid("targetGUID"), parent: parent)
            return true
        case ("Case", "CodeRef"):
            currentCase?.codeRefs.append(try reader.guid("targetGUID"))
            return true
        case ("Case", "SourceRef"):
            currentCase?.sourceRefs.append(try reader.guid("targetGUID"))
            return true
        case ("Case", "SelectionRef"):
            currentCase?.selectionRefs.append(try reader.guid("targetGUID"))
            return true
        default:
            return try startInsideSource(name, parent: parent, reader)
        }
    }

    private func startRoot(_ name: String, _ reader: QDAAttributeReader) throws(REFIQDAError) -> Bool {
        sawRoot = true
        switch (name, expectedRoot) {
        case ("Project", _):
            result.project.name = reader.string("name") ?? ""
            result.project.origin = reader.string("origin")
            result.project.creatingUserGUID = try reader.optionalGUID("creatingUserGUID")
            result.project.creationDateTime = try reader.optionalDate("creationDateTime")
            return true
        case ("CodeBook", .codebook):
            return true
        default:
            let expected = expectedRoot == .project ? "<Project>" : "<CodeBook>"
            throw REFIQDAError(
                .unexpectedRoot, "The root element must be \(expected).", element: name, line: reader.line)
        }
    }

    private func startCode(_ reader: QDAAttributeReader) throws(REFIQDAError) -> Bool {
        guard codeStack.count < limits.maximumCodeDepth else {
            throw REFIQDAError(
                .limitExceeded, "Codes are nested deeper than \(limits.maximumCodeDepth) levels.",
                element: "Code",
                line: reader.line)
        }
        let code = QDACode(
            guid: try declare(reader.guid("guid")),
            name: try reader.requiredString("name"),
            isCodable: try reader.boolean("isCodable"),
            color: try reader.optionalColor("color"))
        codeStack.append(code)
        return true
    }

    private func startSource(_ name: String, _ reader: QDAAttributeReader) throws(REFIQDAError)
        -> Bool
    {
        let kind: QDASource.Kind
        switch name {
        case "TextSource": kind = .text
        case "PDFSource": kind = .pdf
        case "PictureSource": kind = .picture
        case "AudioSource": kind = .audio
        case "VideoSource": kind = .video
        default: return false
        }
        let guid = try declare(reader.guid("guid"))
        var source = QDASource(
            guid: guid, name: reader.string("name") ?? "", kind: kind,
            creatingUser: try reader.optionalGUID("creatingUser"),
            creationDateTime: try reader.optionalDate("creationDateTime"))
        let index = result.project.sources.count
        if kind == .text {
            if let path = reader.string("plainTextPath") {
                result.pendingTexts.append(
                    .init(slot: .source(index), path: path, element: name, line: reader.line))
            }
            if let path = reader.string("richTextPath") {
                addPendingFile(index, path, name, "richTextPath", reader.line)
            }
        } else if let path = reader.string("path") {
            addPendingFile(index, path, name, "path", reader.line)
        }
        if kind == .text, reader.string("plainTextPath") == nil { source.plainText = "" }
        currentSource = source
        return true
    }

    private func startVariable(_ reader: QDAAttributeReader) throws(REFIQDAError) {
        let guid = try declare(reader.guid("guid"))
        let name = try reader.requiredString("name")
        let typeText = try reader.requiredString("typeOfVariable")
        guard let type = QDAVariable.ValueType(rawValue: typeText.trimmingCharacters(in: .whitespaces)) else {
            let known = QDAVariable.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
            throw REFIQDAError(
                .invalidValue, "'\(typeText.prefix(60))' is not a type of variable (\(known)).", element: "Variable",
                attribute: "typeOfVariable", line: reader.line)
        }
        currentVariable = QDAVariable(guid: guid, name: name, type: type)
    }

    /// The value elements a `VariableValue` may hold, by name.
    private static let valueTypes = Dictionary(
        uniqueKeysWithValues: QDAVariable.ValueType.allCases.map { ($0.rawValue + "Value", $0) })

    /// Starts reading one of `TextValue`, `BooleanValue`, … inside a `VariableValue`: after its `VariableRef`, and
    /// only one of them, as the schema's sequence and choice say.
    private func startValue(_ name: String) throws(REFIQDAError) -> Bool {
        guard Self.valueTypes[name] != nil else {
            throw REFIQDAError(
                .invalidProject,
                "<VariableValue> holds <VariableRef> and then one of "
                    + QDAVariable.ValueType.allCases.map { "<\($0.rawValue)Value>" }.joined(separator: ", ")
                    + "; <\(name)> is not one of them.",
                element: name, line: line)
        }
        guard variableValueHasRef else {
            throw REFIQDAError(
                .invalidProject, "<\(name)> comes before the <VariableRef> naming its variable.", element: name,
                line: line)
        }
        guard currentVariableValue?.value == nil else {
            throw REFIQDAError(
                .invalidProject, "A <VariableValue> holds more than one value.", element: name, line: line)
        }
        capturedText = ""
        return true
    }

    private func addPendingFile(
        _ index: Int, _ path: String, _ element: String, _ attribute: String, _ line: Int
    ) {
        result.pendingFiles.append(
            .init(sourceIndex: index, path: path, element: element, attribute: attribute, line: line))
    }

    private func startNote(_ reader: QDAAttributeReader) throws(REFIQDAError) -> Bool {
        let index = result.project.notes.count
        currentNote = QDANote(
            guid: try declare(reader.guid("guid")), name: reader.string("name") ?? "", plainText: "",
            creatingUser: try reader.optionalGUID("creatingUser"),
            creationDateTime: try reader.optionalDate("creationDateTime"))
        if let path = reader.string("plainTextPath") {
            result.pendingTexts.append(
                .init(slot: .note(index), path: path, element: "Note", line: reader.line))
        }
        return true
    }

    /// Handles elements that only occur within a source: selections, codings, transcripts, representations.
    private func startInsideSource(_ name: String, parent: String, _ reader: QDAAttributeReader)
        throws(REFIQDAError) -> Bool
    {
        guard currentSource != nil else { return false }
        switch (parent, name) {
        case ("PDFSource", "Representation"):
            currentSource?.textRepresentationGUID = try declare(reader.guid("guid"))
            currentSource?.plainText = ""
            if let path = reader.string("plainTextPath"), let index = currentSourceIndex {
                result.pendingTexts.append(
                    .init(slot: .source(index), path: path, element: name, line: reader.line))
            }
            return true
        case ("TextSource", "PlainTextSelection"), ("Representation", "PlainTextSelection"):
            let start = try reader.integer("startPosition")
            let end = try reader.integer("endPosition")
            guard start >= 0, start <= end else {
                throw REFIQDAError(
                    .positionOutOfRange,
                    "Text selection \(start)…\(end) is negative or starts after it ends.",
                    element: name, attribute: start < 0 ? "startPosition" : "endPosition", line: reader.line)
            }
            try startSelection(reader, range: .text(start: start, end: end))
            return true
        case ("AudioSource", "AudioSelection"), ("VideoSource", "VideoSelection"):
            let begin = try reader.integer("begin")
            let end = try reader.integer("end")
            guard begin >= 0, begin <= end else {
                throw REFIQDAError(
                    .invalidTimeRange, "Media selection \(begin)…\(end) ms is negative or reversed.",
                    element: name,
                    attribute: begin < 0 ? "begin" : "end", line: reader.line)
            }
            try startSelection(reader, range: .media(beginMs: begin, endMs: end))
            return true
        case ("AudioSource", "Transcript"), ("VideoSource", "Transcript"):
            return try startTranscript(reader)
        case ("Transcript", "SyncPoint"):
            let point = QDASyncPoint(
                guid: try declare(reader.guid("guid")),
                timeStampMs: try reader.optionalInteger("timeStamp"),
                position: try reader.optionalInteger("position"))
            if let position = point.position, position < 0 {
                throw REFIQDAError(
                    .positionOutOfRange, "Sync point position \(position) is negative.", element: name,
                    attribute: "position", line: reader.line)
            }
            currentTranscript?.syncPoints.append(point)
            return true
        case ("Transcript", "TranscriptSelection"):
            let range = QDASelection.Range.transcript(
                fromSyncPoint: try reader.optionalGUID("fromSyncPoint"),
                toSyncPoint: try reader.optionalGUID("toSyncPoint"))
            try startSelection(reader, range: range)
            return true
        case (_, "Coding"):
            currentCoding = QDACoding(
                guid: try declare(reader.guid("guid")), codeGUID: try reader.guid("guid"),
                creatingUser: try reader.optionalGUID("creatingUser"),
                creationDateTime: try reader.optionalDate("creationDateTime"))
            codingHasCodeRef = false
            return true
        case ("Coding", "CodeRef"):
            currentCoding?.codeGUID = try reader.guid("targetGUID")
            codingHasCodeRef = true
            return true
        default:
            return false
        }
    }

    private var codingHasCodeRef = false

    private var currentSourceIndex: Int? { currentSource == nil ? nil : result.project.sources.count }

    private func startSelection(_ reader: QDAAttributeReader, range: QDASelection.Range)
        throws(REFIQDAError)
    {
        currentSelection = QDASelection(
            guid: try declare(reader.guid("guid")), name: reader.string("name") ?? "", range: range,
            creatingUser: try reader.optionalGUID("creatingUser"),
            creationDateTime: try reader.optionalDate("creationDateTime"))
    }

    private func startTranscript(_ reader: QDAAttributeReader) throws(REFIQDAError) -> Bool {
        let guid = try declare(reader.guid("guid"))
        currentTranscript = QDATranscript(guid: guid, name: reader.string("name") ?? "", plainText: "")
        if let path = reader.string("plainTextPath"), let sourceIndex = currentSourceIndex {
            let transcriptIndex = currentSource?.transcripts.count ?? 0
            result.pendingTexts.append(
                .init(
                    slot: .transcript(source: sourceIndex, transcript: transcriptIndex), path: path,
                    element: "Transcript", line: reader.line))
        }
        return true
    }

    private func startCapture(_ name: String, parent: String) -> Bool {
        let wanted: Bool
        switch (parent, name) {
        case ("Code", "Description"), ("Case", "Description"), ("Variable", "Description"), (_, "PlainTextContent"):
            wanted = true
        case ("TextSource", "Description"), ("PDFSource", "Description"),
            ("PictureSource", "Description"),
            ("AudioSource", "Description"), ("VideoSource", "Description"):
            wanted = true
        default:
            wanted = false
        }
        guard wanted else { return false }
        capturedText = ""
        return true
    }

    private func addNoteRef(_ target: QDAGUID, parent: String) throws(REFIQDAError) {
        switch parent {
        case "Code":
            if !codeStack.isEmpty { codeStack[codeStack.count - 1].noteRefs.append(target) }
        case "PlainTextSelection", "AudioSelection", "VideoSelection", "TranscriptSelection":
            currentSelection?.noteRefs.append(target)
        case "TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource":
            currentSource?.noteRefs.append(target)
        default:
            // NoteRefs on codings, transcripts and the project are not modelled, but they must still point at a
            // real note, so they are checked against the project like every other reference.
            result.unmodelledNoteRefs.append((target, line))
        }
    }

    /// Handles a closing tag.
    private func end(_ name: String, parent: String?) throws(REFIQDAError) {
        switch name {
        case "Description", "PlainTextContent":
            finishCapture(name, parent: parent)
        case "Code":
            guard let code = codeStack.popLast() else { return }
            if codeStack.isEmpty {
                result.project.codes.append(code)
            } else {
                codeStack[codeStack.count - 1].children.append(code)
            }
        case "Case" where parent == "Cases":
            if let currentCase { result.project.cases.append(currentCase) }
            currentCase = nil
        case "Variable" where parent == "Variables":
            if let currentVariable { result.project.variables.append(currentVariable) }
            currentVariable = nil
        case "VariableValue":
            try finishVariableValue(parent: parent)
        case _ where parent == "VariableValue":
            try finishValue(name)
        case "Note" where parent == "Notes":
            if let currentNote { result.project.notes.append(currentNote) }
            currentNote = nil
        case "TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource":
            if parent == "Sources", let currentSource { result.project.sources.append(currentSource) }
            currentSource = nil
        case "Transcript":
            if let currentTranscript { currentSource?.transcripts.append(currentTranscript) }
            currentTranscript = nil
        case "PlainTextSelection", "AudioSelection", "VideoSelection", "TranscriptSelection":
            finishSelection()
        case "Coding":
            try finishCoding(parent: parent)
        default:
            break
        }
    }

    private func finishCapture(_ name: String, parent: String?) {
        guard let text = capturedText else { return }
        capturedText = nil
        switch (parent, name) {
        case ("Code", _):
            if !codeStack.isEmpty { codeStack[codeStack.count - 1].description = text }
        case ("Case", _):
            currentCase?.description = text
        case ("Variable", _):
            currentVariable?.description = text
        case ("Note", _):
            currentNote?.plainText = text
        case ("Transcript", _):
            currentTranscript?.plainText = text
        case ("TextSource", "PlainTextContent"), ("Representation", "PlainTextContent"):
            currentSource?.plainText = text
        case (_, "Description"):
            currentSource?.description = text
        default:
            break
        }
    }

    /// Reads the text of a value element as its element's type; that this is the variable's type is the
    /// validator's check, as it needs every variable of the project.
    private func finishValue(_ name: String) throws(REFIQDAError) {
        guard let type = Self.valueTypes[name], let text = capturedText else { return }
        capturedText = nil
        currentVariableValue?.value = try QDAVariableValue.Value.parse(text, as: type, line: line)
    }

    private func finishVariableValue(parent: String?) throws(REFIQDAError) {
        guard let value = currentVariableValue else { return }
        currentVariableValue = nil
        guard variableValueHasRef else {
            throw REFIQDAError(
                .missingAttribute, "A <VariableValue> has no <VariableRef> naming its variable.",
                element: "VariableValue", line: line)
        }
        if parent == "Case" {
            currentCase?.variableValues.append(value)
        } else {
            currentSource?.variableValues.append(value)
        }
    }

    private func finishSelection() {
        guard let selection = currentSelection else { return }
        currentSelection = nil
        if currentTranscript != nil {
            currentTranscript?.selections.append(selection)
        } else {
            currentSource?.selections.append(selection)
        }
    }

    private func finishCoding(parent: String?) throws(REFIQDAError) {
        guard let coding = currentCoding else { return }
        currentCoding = nil
        guard codingHasCodeRef else {
            throw REFIQDAError(
                .missingAttribute, "A coding has no <CodeRef>.", element: "Coding", line: line)
        }
        switch parent {
        case "PlainTextSelection", "AudioSelection", "VideoSelection", "TranscriptSelection":
            currentSelection?.codings.append(coding)
        default:
            // Codings of a whole source are not modelled; their code is still checked to exist.
            result.unmodelledCodeRefs.append((coding.codeGUID, line))
        }
    }

    /// Records a declared GUID, refusing duplicates.
    private func declare(_ guid: QDAGUID) throws(REFIQDAError) -> QDAGUID {
        if let earlier = result.lines.updateValue(line, forKey: guid) {
            throw REFIQDAError(
                .duplicateGUID, "GUID \(guid) is declared twice; first on line \(earlier).",
                element: stack.last,
                attribute: "guid", line: line)
        }
        return guid
    }
}
