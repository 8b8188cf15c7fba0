import Foundation
import ThreadlineCore

public struct ErrorViewModel: PageModel {
    public static let template = Template.error

    public var heading: String
    public var message: String
}
