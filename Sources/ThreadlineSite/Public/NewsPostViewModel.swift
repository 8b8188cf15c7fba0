import Foundation
import ThreadlineCore

public struct NewsPostViewModel: PageModel {
    public static let template = Template.newsPost

    public var title: String
    public var summary: String?
    public var bodyHTML: String
    public var dateISO: String
    public var dateText: String
}
