/// A case grouping codes and sources, for example one interviewee (`Case`).
public struct QDACase: Sendable, Equatable {
    /// The case's GUID.
    public var guid: QDAGUID
    /// The case's name.
    public var name: String
    /// The text of the `Description` element, empty when absent.
    public var description: String
    /// Codes belonging to the case (`CodeRef/@targetGUID`).
    public var codeRefs: [QDAGUID]
    /// Sources belonging to the case (`SourceRef/@targetGUID`).
    public var sourceRefs: [QDAGUID]
    /// Stretches of sources belonging to the case (`SelectionRef/@targetGUID`): selections of the project's
    /// sources or transcripts, coded or not.
    public var selectionRefs: [QDAGUID]
    /// The case's values of the project's variables.
    public var variableValues: [QDAVariableValue]

    /// Creates a case.
    public init(
        guid: QDAGUID,
        name: String,
        description: String = "",
        codeRefs: [QDAGUID] = [],
        sourceRefs: [QDAGUID] = [],
        selectionRefs: [QDAGUID] = [],
        variableValues: [QDAVariableValue] = []
    ) {
        self.guid = guid
        self.name = name
        self.description = description
        self.codeRefs = codeRefs
        self.sourceRefs = sourceRefs
        self.selectionRefs = selectionRefs
        self.variableValues = variableValues
    }
}
