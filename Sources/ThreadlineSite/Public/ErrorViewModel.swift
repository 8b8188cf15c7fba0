import Foundation
import ThreadlineCore

public struct ErrorViewModel: PageModel {
    public static let template = Template.error

    public var heading: String
    public var message: String
    /// Where the reader can go to put things right (back to a form), if anywhere.
    public var actionURL: String? = nil
    /// The words of that link.
    public var actionLabel: String = ""
}
