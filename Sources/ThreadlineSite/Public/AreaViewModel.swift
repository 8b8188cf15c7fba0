import Foundation
import ThreadlineCore

public struct AreaViewModel: PageModel {
    public static let template = Template.area

    public var title: String
    public var outlineHTML: String
    public var enablerName: String?
    public var enablerURL: String?
    public var story: LinkItem?
    public var questions: [String]
    public var hasQuestions: Bool
}
