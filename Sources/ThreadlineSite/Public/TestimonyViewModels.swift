/// What the testimony page shows.
public struct TestimonyViewModel: PageModel {
    public static let template = Template.testimony

    public var title: String
    public var attribution: String
    public var recordedText: String?
    public var summary: String?
    public var placeName: String?
    public var placeURL: String?
    public var enablerName: String?
    public var enablerURL: String?
    public var player: PlayerView?
    public var cues: [CueView]
    public var hasCues: Bool
    public var clips: [ClipLink]
    public var hasClips: Bool
    public var downloads: [DownloadLink]
    public var hasDownloads: Bool
    public var citations: [CitationLink] = []
    public var hasCitations = false
}

/// An HTML5 player with a captions track.
public struct PlayerView {
    /// `audio` or `video`.
    public var element: String
    public var isVideo: Bool
    /// The recording's address, with a Media Fragments `#t=` range for clips.
    public var source: String
    public var mediaType: String
    public var captionsURL: String?
    public var durationText: String?
    /// The clip's range in seconds, for the script that stops playback at the end.
    public var startSeconds: String?
    public var endSeconds: String?
}

/// One line of the interactive transcript.
public struct CueView {
    public var startSeconds: String
    public var endSeconds: String
    public var timeText: String
    public var speaker: String?
    public var text: String
}

/// A link to a clip, with its range.
public struct ClipLink {
    public var title: String
    public var url: String
    public var rangeText: String

    /// Creates the value from each of its fields.
    public init(title: String, url: String, rangeText: String) {
        self.title = title
        self.url = url
        self.rangeText = rangeText
    }
}

/// A transcript download.
public struct DownloadLink {
    public var label: String
    public var url: String
}

/// What a clip's page shows.
public struct ClipViewModel: PageModel {
    public static let template = Template.clip

    public var title: String
    public var quote: String
    public var attribution: String
    public var rangeText: String
    public var testimonyTitle: String
    public var testimonyURL: String
    public var player: PlayerView?
    public var cues: [CueView]
    public var hasCues: Bool
    public var citations: [CitationLink] = []
    public var hasCitations = false
}

/// The page shown in place of testimony whose consent has ended or been withdrawn.
public struct UnavailableViewModel: PageModel {
    public static let template = Template.unavailable

    public var message: String
}
