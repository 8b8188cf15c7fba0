import Foundation
import ThreadlineCore

public struct EnablerViewModel: PageModel {
    public static let template = Template.enabler

    public var number: Int
    public var name: String
    public var summary: String?
    public var definitionHTML: String
    public var theoryHTML: String?
    public var areas: [LinkItem]
    public var hasAreas: Bool
    public var stories: [LinkItem]
    public var hasStories: Bool
    public var milestones: [MilestoneItem]
    public var hasMilestones: Bool
    /// Testimony of this place (or about this enabler) that the public may see today.
    public var testimony: [LinkItem] = []
    public var hasTestimony = false
}
