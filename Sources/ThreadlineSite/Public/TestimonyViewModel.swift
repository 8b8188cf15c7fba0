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

/// A link to download something in one format: a transcript, a query's passages.
public struct DownloadLink {
    public var label: String
    public var url: String

    /// Creates the value from each of its fields.
    public init(label: String, url: String) {
        self.label = label
        self.url = url
    }
}
