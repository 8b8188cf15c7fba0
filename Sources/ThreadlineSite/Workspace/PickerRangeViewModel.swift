/// The clip picker's page for one testimony: its transcript, to choose a range from.
public struct PickerRangeViewModel: PageModel {
    public static let template = Template.workspaceClipRange

    public var title: String
    public var action: String
    public var csrfToken: String
    public var clipTitle: String
    public var created: PickerCreatedClip?
    public var problems: [String]
    public var hasProblems: Bool
    public var cues: [PickerCue]
    public var hasCues: Bool
    public var mediaURL: String

    /// Creates the value from each of its fields.
    public init(
        title: String,
        action: String,
        csrfToken: String,
        clipTitle: String,
        created: PickerCreatedClip? = nil,
        problems: [String],
        hasProblems: Bool,
        cues: [PickerCue],
        hasCues: Bool,
        mediaURL: String
    ) {
        self.title = title
        self.action = action
        self.csrfToken = csrfToken
        self.clipTitle = clipTitle
        self.created = created
        self.problems = problems
        self.hasProblems = hasProblems
        self.cues = cues
        self.hasCues = hasCues
        self.mediaURL = mediaURL
    }
}

/// One transcript line to choose as the start or end.
public struct PickerCue {
    public var index: Int
    public var anchor: String
    public var timeText: String
    public var speaker: String?
    public var text: String
    public var isStart: Bool
    public var isEnd: Bool

    /// Creates the value from each of its fields.
    public init(
        index: Int,
        anchor: String,
        timeText: String,
        speaker: String? = nil,
        text: String,
        isStart: Bool,
        isEnd: Bool
    ) {
        self.index = index
        self.anchor = anchor
        self.timeText = timeText
        self.speaker = speaker
        self.text = text
        self.isStart = isStart
        self.isEnd = isEnd
    }
}

/// The clip just made, with the line to paste into a report section.
public struct PickerCreatedClip {
    public var title: String
    public var code: String
    public var rangeText: String
    public var editURL: String

    /// Creates the value from each of its fields.
    public init(title: String, code: String, rangeText: String, editURL: String) {
        self.title = title
        self.code = code
        self.rangeText = rangeText
        self.editURL = editURL
    }
}
