import Foundation
import ThreadlineCore

public struct StoryViewModel: PageModel {
    public static let template = Template.story

    public var kicker: String
    public var title: String
    public var summary: String?
    public var bodyHTML: String
    public var credit: String?
    public var placeName: String?
    public var placeURL: String?
    public var enablerName: String?
    public var enablerURL: String?
    public var organisations: [OrganisationItem]
    public var hasOrganisations: Bool
    public var citations: [CitationLink] = []
    public var hasCitations = false
}
