import Foundation
import ThreadlineCore

// View models of the public pages. Mustache reads stored properties by reflection, so every value a
// template shows is a stored property; optional text is `nil` (not "") when there is nothing to show.

public struct LinkItem {
    public var title: String
    public var url: String
    public var summary: String?
    public var placeName: String? = nil
    public var placeURL: String? = nil
}

public struct EnablerItem {
    public var number: Int
    public var name: String
    public var url: String
    public var summary: String?
}

public struct AreaItem {
    public var title: String
    public var url: String
    public var excerpt: String
    public var enablerName: String?
    public var enablerURL: String?
}

public struct PlaceItem {
    public var name: String
    public var url: String
    public var summary: String?
}

public struct NewsItem {
    public var title: String
    public var url: String
    public var summary: String?
    public var dateISO: String
    public var dateText: String
}

public struct MilestoneItem {
    public var title: String
    public var dateISO: String
    public var dateText: String
    public var descriptionHTML: String?
    public var enablerName: String?
    public var enablerURL: String?
    public var placeName: String?
    public var placeURL: String?
    /// "Governance", when the milestone says what kind of step it is.
    public var kindText: String?
    /// The other enablers it evidences, as on the journey drawing.
    public var otherEnablers: [EnablerLinkItem] = []
    /// The era of its place's journey it falls in (place pages only).
    public var eraTitle: String?
}

/// A link to an enabler by name.
public struct EnablerLinkItem {
    public var name: String
    public var url: String
}

public struct OrganisationItem {
    public var name: String
    public var sector: String?
    public var website: String?
}

public struct CaseStudyItem {
    public var title: String
    public var url: String
    public var formatLabel: String
}

public struct HomeViewModel: PageModel {
    public static let template = Template.home

    public var programmeName: String
    public var tagline: String?
    public var aboutHTML: String
    public var areas: [AreaItem]
    public var hasAreas: Bool
    public var enablers: [EnablerItem]
    public var hasEnablers: Bool
    public var places: [PlaceItem]
    public var hasPlaces: Bool
    public var news: [NewsItem]
    public var hasNews: Bool
}

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
}

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
}

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

public struct NewsListViewModel: PageModel {
    public static let template = Template.newsList

    public var news: [NewsItem]
    public var hasNews: Bool
}

public struct NewsPostViewModel: PageModel {
    public static let template = Template.newsPost

    public var title: String
    public var summary: String?
    public var bodyHTML: String
    public var dateISO: String
    public var dateText: String
}

public struct ErrorViewModel: PageModel {
    public static let template = Template.error

    public var heading: String
    public var message: String
}

/// The public address of an item's page.
public enum SiteURL {
    public static func of(_ kind: EntityKind, slug: String) -> String { "/\(kind.pathSegment)/\(slug)" }
    public static func of(_ item: some ContentEntity) -> String {
        of(type(of: item).kind, slug: item.publicSlug ?? item.id.description)
    }
}

/// Dates as readers see them ("5 October 2022") and as machines read them (ISO 8601).
public enum DateText {
    public static func display(_ date: Date) -> String {
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let partial = PartialDate(year: year, month: month, day: day)
        else { return iso(date) }
        return partial.displayText
    }

    public static func iso(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash))
    }

    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
