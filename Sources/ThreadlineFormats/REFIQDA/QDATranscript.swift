/// A transcript of an audio or video source (`Transcript`).
public struct QDATranscript: Sendable, Equatable {
    /// The transcript's GUID.
    public var guid: QDAGUID
    /// The transcript's name.
    public var name: String
    /// The transcript text; sync point positions index into it in Unicode scalars.
    public var plainText: String
    /// Points tying a text position to a time in the recording.
    public var syncPoints: [QDASyncPoint]
    /// Selections spanning two sync points.
    public var selections: [QDASelection]

    /// Creates a transcript.
    public init(
        guid: QDAGUID,
        name: String,
        plainText: String,
        syncPoints: [QDASyncPoint] = [],
        selections: [QDASelection] = []
    ) {
        self.guid = guid
        self.name = name
        self.plainText = plainText
        self.syncPoints = syncPoints
        self.selections = selections
    }
}

/// A point tying a transcript position to a recording time (`SyncPoint`).
public struct QDASyncPoint: Sendable, Equatable {
    /// The sync point's GUID, referenced by transcript selections.
    public var guid: QDAGUID
    /// The time in the recording, in milliseconds.
    public var timeStampMs: Int?
    /// The position in the transcript text, in Unicode scalars from 0.
    public var position: Int?

    /// Creates a sync point.
    public init(guid: QDAGUID, timeStampMs: Int?, position: Int?) {
        self.guid = guid
        self.timeStampMs = timeStampMs
        self.position = position
    }
}
