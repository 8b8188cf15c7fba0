import Foundation
import ThreadlineCore

/// What the recording-and-transcript page shows.
public struct TestimonyMediaViewModel: PageModel {
    public static let template = Template.workspaceTestimonyMedia

    public var title: String
    public var editURL: String
    public var csrfToken: String
    public var uploadURL: String
    public var recording: RecordingView?
    public var maxUpload: String
    public var consent: String
    public var transcriptText: String
    public var problems: [ProblemView]
    public var hasProblems: Bool
    public var cues: [CueRowView]
    public var rowCount: Int
    public var hasCues: Bool
    /// Which lines the editor shows and the pages around them.
    public var lines: CueLinePages
    /// What the last save did, announced to screen readers.
    public var notice: String?
    /// What an import changed on the way in ("Line 14: this cue has no text; it was skipped.").
    public var notes: [String]
    public var hasNotes: Bool
    public var clips: [ClipLink]
    public var hasClips: Bool
    public var newClipURL: String
    /// The transcript's distinct speaker labels and what the public of an anonymised testimony sees for each.
    public var labels: [SpeakerLabelView]
    public var hasLabels: Bool
    /// Whether consent is public and anonymised, so the replacements are what readers see now.
    public var isAnonymised: Bool
    /// Whether the viewer may mark labels safe (an editor).
    public var canMarkLabels: Bool

    /// Creates the value from each of its fields.
    public init(
        title: String,
        editURL: String,
        csrfToken: String,
        uploadURL: String,
        recording: RecordingView? = nil,
        maxUpload: String,
        consent: String,
        transcriptText: String,
        problems: [ProblemView],
        hasProblems: Bool,
        cues: [CueRowView],
        rowCount: Int,
        hasCues: Bool,
        lines: CueLinePages,
        notice: String?,
        notes: [String],
        hasNotes: Bool,
        clips: [ClipLink],
        hasClips: Bool,
        newClipURL: String,
        labels: [SpeakerLabelView],
        hasLabels: Bool,
        isAnonymised: Bool,
        canMarkLabels: Bool
    ) {
        self.title = title
        self.editURL = editURL
        self.csrfToken = csrfToken
        self.uploadURL = uploadURL
        self.recording = recording
        self.maxUpload = maxUpload
        self.consent = consent
        self.transcriptText = transcriptText
        self.problems = problems
        self.hasProblems = hasProblems
        self.cues = cues
        self.rowCount = rowCount
        self.hasCues = hasCues
        self.lines = lines
        self.notice = notice
        self.notes = notes
        self.hasNotes = hasNotes
        self.clips = clips
        self.hasClips = hasClips
        self.newClipURL = newClipURL
        self.labels = labels
        self.hasLabels = hasLabels
        self.isAnonymised = isAnonymised
        self.canMarkLabels = canMarkLabels
    }
}

/// One distinct speaker label on the recording-and-transcript page.
public struct SpeakerLabelView {
    /// Its place in the list, for the checkbox's ID.
    public var index: Int
    /// The label as the transcript writes it.
    public var label: String
    /// What readers see under anonymised consent.
    public var publicLabel: String
    /// Whether an editor has marked it safe for this testimony.
    public var isMarkedSafe: Bool
    /// Whether it is safe for every testimony (`Interviewer`, `Facilitator`, the speaker's role).
    public var isAlwaysSafe: Bool
    /// Whether the viewer may tick it (an editor).
    public var canMark: Bool

    /// Creates the value from each of its fields.
    public init(index: Int, label: String, publicLabel: String, isMarkedSafe: Bool, isAlwaysSafe: Bool, canMark: Bool) {
        self.index = index
        self.label = label
        self.publicLabel = publicLabel
        self.isMarkedSafe = isMarkedSafe
        self.isAlwaysSafe = isAlwaysSafe
        self.canMark = canMark
    }
}

/// The stored recording's details.
public struct RecordingView {
    public var type: String
    public var size: String
    public var duration: String
    public var durationSource: String
    public var name: String
    public var source: String
    public var element: String

    /// Creates the value from each of its fields.
    public init(
        type: String,
        size: String,
        duration: String,
        durationSource: String,
        name: String,
        source: String,
        element: String
    ) {
        self.type = type
        self.size = size
        self.duration = duration
        self.durationSource = durationSource
        self.name = name
        self.source = source
        self.element = element
    }
}

/// One editable cue.
public struct CueRowView {
    public var index: Int
    public var number: Int
    public var start: String
    public var end: String
    public var speaker: String
    public var text: String

    /// Creates the value from each of its fields.
    public init(index: Int, number: Int, start: String, end: String, speaker: String, text: String) {
        self.index = index
        self.number = number
        self.start = start
        self.end = end
        self.speaker = speaker
        self.text = text
    }
}

/// The page of transcript lines the editor shows: where it starts, how many lines the transcript had when it was
/// opened (sent back so a save can tell if they moved), and links to the lines before and after.
public struct CueLinePages {
    /// The place of the first line shown in the whole transcript, from 0.
    public var firstRow: Int
    /// How many lines the transcript had when the page was made.
    public var total: Int
    /// "Lines 101–200 of 2,400.", or empty when one page holds them all.
    public var rangeText: String
    /// The page of lines before, if any.
    public var previousURL: String?
    /// The page of lines after, if any.
    public var nextURL: String?

    /// Creates the value from each of its fields.
    public init(firstRow: Int, total: Int, rangeText: String, previousURL: String?, nextURL: String?) {
        self.firstRow = firstRow
        self.total = total
        self.rangeText = rangeText
        self.previousURL = previousURL
        self.nextURL = nextURL
    }
}
