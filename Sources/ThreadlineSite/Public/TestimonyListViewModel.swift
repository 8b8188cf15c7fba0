/// The public index of testimony (`/testimony`): each testimony the public may see today, attributed as its
/// speaker agreed.
public struct TestimonyListViewModel: PageModel {
    public static let template = Template.testimonyList

    /// The testimony, newest first; each item's summary is its attribution.
    public var testimony: [LinkItem]
    /// Whether there is any.
    public var hasTestimony: Bool
}
