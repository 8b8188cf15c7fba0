/// What the testimony page shows.
struct TestimonyViewModel {
    var title: String
    var attribution: String
    var recordedText: String?
    var summary: String?
    var placeName: String?
    var placeURL: String?
    var enablerName: String?
    var enablerURL: String?
    var player: PlayerView?
    var cues: [CueView]
    var hasCues: Bool
    var clips: [ClipLink]
    var hasClips: Bool
    var downloads: [DownloadLink]
    var hasDownloads: Bool
    var citations: [CitationLink] = []
    var hasCitations = false
}

/// An HTML5 player with a captions track.
struct PlayerView {
    /// `audio` or `video`.
    var element: String
    var isVideo: Bool
    /// The recording's address, with a Media Fragments `#t=` range for clips.
    var source: String
    var mediaType: String
    var captionsURL: String?
    var durationText: String?
    /// The clip's range in seconds, for the script that stops playback at the end.
    var startSeconds: String?
    var endSeconds: String?
}

/// One line of the interactive transcript.
struct CueView {
    var startSeconds: String
    var endSeconds: String
    var timeText: String
    var speaker: String?
    var text: String
}

/// A link to a clip, with its range.
struct ClipLink {
    var title: String
    var url: String
    var rangeText: String
}

/// A transcript download.
struct DownloadLink {
    var label: String
    var url: String
}

/// What a clip's page shows.
struct ClipViewModel {
    var title: String
    var quote: String
    var attribution: String
    var rangeText: String
    var testimonyTitle: String
    var testimonyURL: String
    var player: PlayerView?
    var cues: [CueView]
    var hasCues: Bool
    var citations: [CitationLink] = []
    var hasCitations = false
}

/// The page shown in place of testimony whose consent has ended or been withdrawn.
struct UnavailableViewModel {
    var message: String
}
