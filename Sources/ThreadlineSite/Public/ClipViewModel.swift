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
