/// The page shown in place of testimony whose consent has ended or been withdrawn.
public struct UnavailableViewModel: PageModel {
    public static let template = Template.unavailable

    public var message: String
}
