/// A story or case study shown as a card inside a report passage.
public struct CardEmbedView: PageModel {
    public static let template = Template.reportCard

    public var kicker: String
    public var title: String
    public var url: String
    public var summary: String?
}
