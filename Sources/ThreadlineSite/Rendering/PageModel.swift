/// A view model that names the template it is rendered with: a page or a fragment is rendered from its model
/// alone, so a model cannot be paired with another page's template.
public protocol PageModel {
    /// The template this model fills.
    static var template: Template { get }
}
