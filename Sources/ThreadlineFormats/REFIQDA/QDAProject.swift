public import Foundation

/// A whole REFI-QDA project: the content of a `.qdpx` archive's `project.qde` plus the files it points to.
public struct QDAProject: Sendable, Equatable {
    /// The project name (`Project/@name`).
    public var name: String
    /// The tool that wrote the project (`Project/@origin`).
    public var origin: String?
    /// The user who created the project; must be one of ``users``.
    public var creatingUserGUID: QDAGUID?
    /// When the project was created.
    public var creationDateTime: Date?
    /// The people and tools that worked on the project.
    public var users: [QDAUser]
    /// The code tree (`CodeBook/Codes`).
    public var codes: [QDACode]
    /// The variables sources and cases give values for (`Variables`).
    public var variables: [QDAVariable]
    /// The documents, PDFs, pictures and recordings that were coded.
    public var sources: [QDASource]
    /// Cases grouping codes and sources.
    public var cases: [QDACase]
    /// Memos referenced by `NoteRef` elements anywhere in the project.
    public var notes: [QDANote]

    /// Creates a project.
    public init(
        name: String,
        origin: String? = nil,
        creatingUserGUID: QDAGUID? = nil,
        creationDateTime: Date? = nil,
        users: [QDAUser] = [],
        codes: [QDACode] = [],
        variables: [QDAVariable] = [],
        sources: [QDASource] = [],
        cases: [QDACase] = [],
        notes: [QDANote] = []
    ) {
        self.name = name
        self.origin = origin
        self.creatingUserGUID = creatingUserGUID
        self.creationDateTime = creationDateTime
        self.users = users
        self.codes = codes
        self.variables = variables
        self.sources = sources
        self.cases = cases
        self.notes = notes
    }
}

/// A person or tool that created or changed something in a project (`Users/User`).
public struct QDAUser: Sendable, Equatable {
    /// The user's GUID, referenced by `creatingUser` attributes.
    public var guid: QDAGUID
    /// The display name.
    public var name: String

    /// Creates a user.
    public init(guid: QDAGUID, name: String) {
        self.guid = guid
        self.name = name
    }
}
