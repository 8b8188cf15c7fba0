/// A clip played inside a report passage.
public struct ClipEmbedView: PageModel {
    public static let template = Template.reportClip

    public var id: String
    public var title: String
    public var clipURL: String
    public var absoluteClipURL: String
    public var quote: String?
    public var attribution: String
    public var rangeText: String
    public var testimonyTitle: String
    public var testimonyURL: String
    public var player: PlayerView?
}
