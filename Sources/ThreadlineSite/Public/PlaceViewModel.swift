import Foundation
import ThreadlineCore

public struct CaseStudyItem {
    public var title: String
    public var url: String
    public var formatLabel: String
}

public struct PlaceViewModel: PageModel {
    public static let template = Template.place

    public var name: String
    public var summary: String?
    public var bodyHTML: String?
    public var journeySVG: String?
    public var journeyNarrowSVG: String?
    public var journeyURL: String
    public var journeyTallURL: String
    /// Set only when a rasteriser can draw the PNGs.
    public var journeyPNGURL: String?
    public var journeyTallPNGURL: String?
    public var milestones: [MilestoneItem]
    public var hasMilestones: Bool
    public var stories: [LinkItem]
    public var hasStories: Bool
    public var caseStudies: [CaseStudyItem]
    public var hasCaseStudies: Bool
    public var organisations: [OrganisationItem]
    public var hasOrganisations: Bool
    public var reflectiveLogs: [LinkItem] = []
    public var hasReflectiveLogs = false
    public var counts = CountsMeasuresTable(parts: [], hasAny: false)
    /// Testimony of this place (or about this enabler) that the public may see today.
    public var testimony: [LinkItem] = []
    public var hasTestimony = false
}
