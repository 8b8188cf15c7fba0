public import Foundation

/// A coded document or recording (`TextSource`, `PDFSource`, `PictureSource`, `AudioSource`, `VideoSource`).
public struct QDASource: Sendable, Equatable {
    /// Which QDA-XML source element the source comes from.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A `TextSource`, possibly with a rich-text original (docx, rtf…).
        case text
        /// A `PDFSource`, whose text lives in its `Representation`.
        case pdf
        /// An `AudioSource`.
        case audio
        /// A `VideoSource`.
        case video
        /// A `PictureSource`.
        case picture
        /// Anything else; written as a `TextSource`.
        case other
    }

    /// The source's GUID.
    public var guid: QDAGUID
    /// The source's display name.
    public var name: String
    /// The kind of source.
    public var kind: Kind
    /// The text that text selections index into, in Unicode scalars.
    ///
    /// For a text source this is the content of its plain-text file (UTF-8 BOM stripped, line ends kept as
    /// stored) or its `PlainTextContent`; for a PDF source it is the text of its `Representation`.
    public var plainText: String?
    /// The GUID of a PDF source's `Representation` text source, kept so that round trips are stable.
    public var textRepresentationGUID: QDAGUID?
    /// The original file: a docx/rtf (`richTextPath`), the PDF, picture or recording (`path`).
    public var originalFile: QDAFile?
    /// Transcripts of an audio or video source.
    public var transcripts: [QDATranscript]
    /// Selections: text ranges for text and PDF sources, time ranges for audio and video sources.
    public var selections: [QDASelection]
    /// The user who added the source.
    public var creatingUser: QDAGUID?
    /// When the source was added.
    public var creationDateTime: Date?
    /// Notes attached to the source.
    public var noteRefs: [QDAGUID]
    /// The text of the `Description` element, empty when absent.
    public var description: String
    /// The source's values of the project's variables.
    public var variableValues: [QDAVariableValue]

    /// Creates a source.
    public init(
        guid: QDAGUID,
        name: String,
        kind: Kind,
        plainText: String? = nil,
        textRepresentationGUID: QDAGUID? = nil,
        originalFile: QDAFile? = nil,
        transcripts: [QDATranscript] = [],
        selections: [QDASelection] = [],
        creatingUser: QDAGUID? = nil,
        creationDateTime: Date? = nil,
        noteRefs: [QDAGUID] = [],
        description: String = "",
        variableValues: [QDAVariableValue] = []
    ) {
        self.guid = guid
        self.name = name
        self.kind = kind
        self.plainText = plainText
        self.textRepresentationGUID = textRepresentationGUID
        self.originalFile = originalFile
        self.transcripts = transcripts
        self.selections = selections
        self.creatingUser = creatingUser
        self.creationDateTime = creationDateTime
        self.noteRefs = noteRefs
        self.description = description
        self.variableValues = variableValues
    }
}
