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
    /// For a clip, what the player cannot show before it has loaded: the clip's length and where it lies in the
    /// recording ("Clip, 0:06 long: 0:24 to 0:30 of the recording.").
    public var clipText: String? = nil
}
