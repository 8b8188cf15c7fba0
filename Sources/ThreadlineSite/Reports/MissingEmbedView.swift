/// An embed the public cannot see (withdrawn testimony, a draft story): a sentence instead.
public struct MissingEmbedView: PageModel {
    public static let template = Template.reportMissing

    public var message: String
}
