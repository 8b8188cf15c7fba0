public import Foundation

/// A coded part of a source or transcript (`PlainTextSelection`, `AudioSelection`, `VideoSelection`,
/// `TranscriptSelection`).
public struct QDASelection: Sendable, Equatable {
    /// Where a selection lies.
    public enum Range: Sendable, Equatable {
        /// Unicode scalar offsets from 0 into the text; `end` is exclusive.
        case text(start: Int, end: Int)
        /// Milliseconds into an audio or video recording.
        case media(beginMs: Int, endMs: Int)
        /// The stretch of a transcript between two of its sync points.
        case transcript(fromSyncPoint: QDAGUID?, toSyncPoint: QDAGUID?)
    }

    /// The selection's GUID.
    public var guid: QDAGUID
    /// The selection's name, empty when absent.
    public var name: String
    /// Where the selection lies.
    public var range: Range
    /// The user who made the selection.
    public var creatingUser: QDAGUID?
    /// When the selection was made.
    public var creationDateTime: Date?
    /// The codes applied to the selection.
    public var codings: [QDACoding]
    /// Notes attached to the selection.
    public var noteRefs: [QDAGUID]

    /// Creates a selection.
    public init(
        guid: QDAGUID,
        name: String = "",
        range: Range,
        creatingUser: QDAGUID? = nil,
        creationDateTime: Date? = nil,
        codings: [QDACoding] = [],
        noteRefs: [QDAGUID] = []
    ) {
        self.guid = guid
        self.name = name
        self.range = range
        self.creatingUser = creatingUser
        self.creationDateTime = creationDateTime
        self.codings = codings
        self.noteRefs = noteRefs
    }
}

/// The application of one code to a selection (`Coding`).
public struct QDACoding: Sendable, Equatable {
    /// The coding's GUID.
    public var guid: QDAGUID
    /// The applied code (`CodeRef/@targetGUID`).
    public var codeGUID: QDAGUID
    /// The user who applied the code.
    public var creatingUser: QDAGUID?
    /// When the code was applied.
    public var creationDateTime: Date?

    /// Creates a coding.
    public init(
        guid: QDAGUID, codeGUID: QDAGUID, creatingUser: QDAGUID? = nil, creationDateTime: Date? = nil
    ) {
        self.guid = guid
        self.codeGUID = codeGUID
        self.creatingUser = creatingUser
        self.creationDateTime = creationDateTime
    }
}
