public import Foundation

/// A memo (`Notes/Note`), referenced from codes, sources and selections by `NoteRef`.
public struct QDANote: Sendable, Equatable {
    /// The note's GUID.
    public var guid: QDAGUID
    /// The note's name.
    public var name: String
    /// The note's text.
    public var plainText: String
    /// The user who wrote the note.
    public var creatingUser: QDAGUID?
    /// When the note was written.
    public var creationDateTime: Date?

    /// Creates a note.
    public init(
        guid: QDAGUID,
        name: String,
        plainText: String,
        creatingUser: QDAGUID? = nil,
        creationDateTime: Date? = nil
    ) {
        self.guid = guid
        self.name = name
        self.plainText = plainText
        self.creatingUser = creatingUser
        self.creationDateTime = creationDateTime
    }
}
