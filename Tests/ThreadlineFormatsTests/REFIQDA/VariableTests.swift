import Foundation
import Testing
import ThreadlineFormats

@Suite("Variables and their values")
struct VariableTests {
    private static let text = REFITestSupport.guid(0x701)
    private static let flag = REFITestSupport.guid(0x702)
    private static let count = REFITestSupport.guid(0x703)
    private static let share = REFITestSupport.guid(0x704)
    private static let day = REFITestSupport.guid(0x705)
    private static let moment = REFITestSupport.guid(0x706)

    /// A project defining one variable of each type, with values on a case, a text source and an audio source; the
    /// case holds the text source and a stretch of it.
    static func project() -> QDAProject {
        let variables = [
            QDAVariable(guid: text, name: "Region", type: .text, description: "Where the interview took place."),
            QDAVariable(guid: flag, name: "Follow-up", type: .boolean),
            QDAVariable(guid: count, name: "Age", type: .integer),
            QDAVariable(guid: share, name: "Share", type: .float),
            QDAVariable(guid: day, name: "Interviewed on", type: .date),
            QDAVariable(guid: moment, name: "Checked at", type: .dateTime),
        ]
        let source = QDASource(
            guid: REFITestSupport.guid(0x710), name: "Interview", kind: .text, plainText: "We met.",
            // A stretch that belongs to the case below: a selection with no coding, which the schema allows.
            selections: [QDASelection(guid: REFITestSupport.guid(0x712), range: .text(start: 3, end: 6))],
            variableValues: [
                QDAVariableValue(variableGUID: text, value: .text("  North & <West>\nline two ")),
                QDAVariableValue(variableGUID: flag, value: .boolean(false)),
                QDAVariableValue(variableGUID: count, value: .integer(-42)),
                QDAVariableValue(variableGUID: share, value: .float(Decimal(string: "0.125")!)),
                QDAVariableValue(variableGUID: day, value: .date("2022-07-14")),
                QDAVariableValue(variableGUID: moment, value: .dateTime(Date(timeIntervalSince1970: 1_657_800_000))),
                // The schema lets a source leave a variable without a value.
                QDAVariableValue(variableGUID: text, value: nil),
            ])
        let recording = QDASource(
            guid: REFITestSupport.guid(0x711), name: "Recording", kind: .audio,
            variableValues: [QDAVariableValue(variableGUID: flag, value: .boolean(true))])
        let item = QDACase(
            guid: REFITestSupport.guid(0x720), name: "Salford", sourceRefs: [source.guid],
            selectionRefs: [REFITestSupport.guid(0x712)],
            variableValues: [QDAVariableValue(variableGUID: text, value: .text("North West"))])
        return QDAProject(name: "Variables", variables: variables, sources: [source, recording], cases: [item])
    }

    @Test("variables and values of every type survive write → read → write, byte for byte")
    func roundTrip() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("variables.qdpx")
        let project = Self.project()
        try QDPXWriter.write(project, to: url)
        let reread = try QDPXReader.read(from: url)
        #expect(reread.variables == project.variables)
        #expect(reread.sources.map(\.variableValues) == project.sources.map(\.variableValues))
        #expect(reread.cases == project.cases)
        let again = directory.appendingPathComponent("again.qdpx")
        try QDPXWriter.write(reread, to: again)
        #expect(
            try REFITestSupport.entryData("project.qde", in: again)
                == REFITestSupport.entryData("project.qde", in: url))
    }

    @Test(
        "a project with variables validates against Project.xsd (Variables after CodeBook, values last in a source)",
        .enabled(
            if: REFITestSupport.runsSchemaChecks,
            "xmllint (Debian libxml2-utils) is not on PATH or ../shared/interop/schemas is missing; schema check skipped"
        ))
    func validates() throws {
        var project = Self.project()
        project.users = [QDAUser(guid: REFITestSupport.guid(0x730), name: "Coder")]
        project.codes = [QDACode(guid: REFITestSupport.guid(0x731), name: "Trust")]
        project.sources[0].selections += [
            QDASelection(
                guid: REFITestSupport.guid(0x732), range: .text(start: 0, end: 2),
                codings: [QDACoding(guid: REFITestSupport.guid(0x733), codeGUID: REFITestSupport.guid(0x731))])
        ]
        project.cases[0].codeRefs = [REFITestSupport.guid(0x731)]
        let xml = try QDPXWriter.projectXML(project)
        let (status, output) = try REFITestSupport.xmllint(xml, schema: "Project.xsd")
        #expect(status == 0, "\(output)")
    }

    @Test("values written by another tool are read by their element's type, white space around them collapsed")
    func readsOtherTools() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="P">
              <Variables>
                <Variable guid="\(Self.count)" name="Age" typeOfVariable="Integer"/>
                <Variable guid="\(Self.flag)" name="Consent" typeOfVariable=" Boolean "/>
              </Variables>
              <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000010" name="t">
                  <PlainTextContent>0123456789</PlainTextContent>
                  <VariableValue><VariableRef targetGUID="\(Self.count)"/><IntegerValue> +17 </IntegerValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="\(Self.flag)"/><BooleanValue>1</BooleanValue></VariableValue>
                </TextSource>
              </Sources>
            </Project>
            """
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = try QDPXReader.read(from: REFITestSupport.makeQDPX(projectXML: xml, in: directory))
        #expect(
            project.sources.first?.variableValues == [
                QDAVariableValue(variableGUID: Self.count, value: .integer(17)),
                QDAVariableValue(variableGUID: Self.flag, value: .boolean(true)),
            ])
        #expect(project.variables.map(\.type) == [.integer, .boolean])
    }

    /// A project with the variables of ``project()`` and one text source holding `values`.
    private static func xml(values: String, variables: String? = nil) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="P">
          <Variables>
            \(variables ?? """
            <Variable guid="\(count)" name="Age" typeOfVariable="Integer"/>
            <Variable guid="\(day)" name="Interviewed on" typeOfVariable="Date"/>
            """)
          </Variables>
          <Sources>
            <TextSource guid="00000000-0000-4000-8000-000000000010" name="t">
              <PlainTextContent>0123456789</PlainTextContent>
              \(values)
            </TextSource>
          </Sources>
        </Project>
        """
    }

    @Test(
        "bad variables and values are refused with a sentence naming the element",
        arguments: [
            (
                "<VariableValue><VariableRef targetGUID=\"00000000-0000-4000-8000-0000000009FF\"/>"
                    + "<IntegerValue>3</IntegerValue></VariableValue>",
                nil, REFIQDAError.Kind.unknownReference, "VariableRef", "does not name a variable"
            ),
            (
                "<VariableValue><VariableRef targetGUID=\"\(count)\"/><TextValue>three</TextValue></VariableValue>",
                nil, .invalidValue, "TextValue", "holds Integer values, not Text"
            ),
            (
                "<VariableValue><VariableRef targetGUID=\"\(count)\"/><IntegerValue>twelve</IntegerValue></VariableValue>",
                nil, .invalidValue, "IntegerValue", "'twelve' is not a whole number"
            ),
            (
                "<VariableValue><VariableRef targetGUID=\"\(day)\"/><DateValue>2022-02-30</DateValue></VariableValue>",
                nil, .invalidValue, "DateValue", "is not an xsd:date"
            ),
            (
                "<VariableValue><IntegerValue>3</IntegerValue></VariableValue>",
                nil, .invalidProject, "IntegerValue", "comes before the <VariableRef>"
            ),
            (
                "<VariableValue></VariableValue>",
                nil, .missingAttribute, "VariableValue", "has no <VariableRef>"
            ),
            (
                "<VariableValue><VariableRef targetGUID=\"\(count)\"/><IntegerValue>3</IntegerValue>"
                    + "<IntegerValue>4</IntegerValue></VariableValue>",
                nil, .invalidProject, "IntegerValue", "more than one value"
            ),
            (
                "<VariableValue><VariableRef targetGUID=\"\(count)\"/><NumberValue>3</NumberValue></VariableValue>",
                nil, .invalidProject, "NumberValue", "is not one of them"
            ),
            (
                "", "<Variable guid=\"\(count)\" name=\"Age\" typeOfVariable=\"Number\"/>", .invalidValue, "Variable",
                "'Number' is not a type of variable"
            ),
            (
                "", "<Variable guid=\"\(count)\" typeOfVariable=\"Text\"/>", .missingAttribute, "Variable",
                "Required attribute is missing"
            ),
        ] as [(String, String?, REFIQDAError.Kind, String, String)])
    func refusals(values: String, variables: String?, kind: REFIQDAError.Kind, element: String, words: String) throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try REFITestSupport.makeQDPX(
            projectXML: Self.xml(values: values, variables: variables), in: directory)
        let error = try #require(REFITestSupport.refusal(url))
        #expect(error.kind == kind, "\(error)")
        #expect(error.element == element, "\(error)")
        #expect(error.description.contains(words), "\(error)")
        #expect(error.line != nil, "\(error)")
    }

    @Test("the writer refuses a value of the wrong type and a date the reader would refuse")
    func writerRefuses() throws {
        var project = Self.project()
        project.sources[0].variableValues = [QDAVariableValue(variableGUID: Self.count, value: .text("old"))]
        #expect(throws: REFIQDAError.self) { try QDPXWriter.projectXML(project) }
        project.sources[0].variableValues = [QDAVariableValue(variableGUID: Self.day, value: .date("14/07/2022"))]
        #expect(throws: REFIQDAError.self) { try QDPXWriter.projectXML(project) }
        project.sources[0].variableValues = [
            QDAVariableValue(variableGUID: REFITestSupport.guid(0x7FF), value: .integer(1))
        ]
        #expect(throws: REFIQDAError.self) { try QDPXWriter.projectXML(project) }
    }

    @Test("a case's SelectionRef must name a selection of the project")
    func selectionRefToNothing() throws {
        var project = Self.project()
        project.cases[0].selectionRefs = [REFITestSupport.guid(0x7FE)]
        #expect(throws: REFIQDAError.self) { try QDPXWriter.projectXML(project) }
        project.cases[0].selectionRefs = [REFITestSupport.guid(0x712)]
        let xml = String(decoding: try QDPXWriter.projectXML(project), as: UTF8.self)
        // Case children in the schema's order: values, then whole sources, then stretches.
        let value = try #require(xml.range(of: "North West</TextValue>"))
        let source = try #require(xml.range(of: "<SourceRef "))
        let selection = try #require(xml.range(of: "<SelectionRef targetGUID=\"\(REFITestSupport.guid(0x712))\""))
        #expect(value.lowerBound < source.lowerBound && source.lowerBound < selection.lowerBound)
    }
}
