import Foundation
import ThreadlineCore

// View models of the public pages. Mustache reads stored properties by reflection, so every value a
// template shows is a stored property; optional text is `nil` (not "") when there is nothing to show.

struct LinkItem {
    var title: String
    var url: String
    var summary: String?
    var placeName: String? = nil
    var placeURL: String? = nil
}

struct EnablerItem {
    var number: Int
    var name: String
    var url: String
    var summary: String?
}

struct AreaItem {
    var title: String
    var url: String
    var excerpt: String
    var enablerName: String?
    var enablerURL: String?
}

struct PlaceItem {
    var name: String
    var url: String
    var summary: String?
}

struct NewsItem {
    var title: String
    var url: String
    var summary: String?
    var dateISO: String
    var dateText: String
}

struct MilestoneItem {
    var title: String
    var dateISO: String
    var dateText: String
    var descriptionHTML: String?
    var enablerName: String?
    var enablerURL: String?
    var placeName: String?
    var placeURL: String?
    /// "Governance", when the milestone says what kind of step it is.
    var kindText: String?
    /// The other enablers it evidences, as on the journey drawing.
    var otherEnablers: [EnablerLinkItem] = []
    /// The era of its place's journey it falls in (place pages only).
    var eraTitle: String?
}

/// A link to an enabler by name.
struct EnablerLinkItem {
    var name: String
    var url: String
}

struct OrganisationItem {
    var name: String
    var sector: String?
    var website: String?
}

struct CaseStudyItem {
    var title: String
    var url: String
    var formatLabel: String
}

struct HomeViewModel {
    var programmeName: String
    var tagline: String?
    var aboutHTML: String
    var areas: [AreaItem]
    var hasAreas: Bool
    var enablers: [EnablerItem]
    var hasEnablers: Bool
    var places: [PlaceItem]
    var hasPlaces: Bool
    var news: [NewsItem]
    var hasNews: Bool
}

struct EnablerViewModel {
    var number: Int
    var name: String
    var summary: String?
    var definitionHTML: String
    var theoryHTML: String?
    var areas: [LinkItem]
    var hasAreas: Bool
    var stories: [LinkItem]
    var hasStories: Bool
    var milestones: [MilestoneItem]
    var hasMilestones: Bool
}

struct AreaViewModel {
    var title: String
    var outlineHTML: String
    var enablerName: String?
    var enablerURL: String?
    var story: LinkItem?
    var questions: [String]
    var hasQuestions: Bool
}

struct PlaceViewModel {
    var name: String
    var summary: String?
    var bodyHTML: String?
    var journeySVG: String?
    var journeyNarrowSVG: String?
    var journeyURL: String
    var journeyTallURL: String
    /// Set only when a rasteriser can draw the PNGs.
    var journeyPNGURL: String?
    var journeyTallPNGURL: String?
    var milestones: [MilestoneItem]
    var hasMilestones: Bool
    var stories: [LinkItem]
    var hasStories: Bool
    var caseStudies: [CaseStudyItem]
    var hasCaseStudies: Bool
    var organisations: [OrganisationItem]
    var hasOrganisations: Bool
    var reflectiveLogs: [LinkItem] = []
    var hasReflectiveLogs = false
    var counts = CountsMeasuresTable(parts: [], hasAny: false)
}

struct StoryViewModel {
    var kicker: String
    var title: String
    var summary: String?
    var bodyHTML: String
    var credit: String?
    var placeName: String?
    var placeURL: String?
    var enablerName: String?
    var enablerURL: String?
    var organisations: [OrganisationItem]
    var hasOrganisations: Bool
    var citations: [CitationLink] = []
    var hasCitations = false
}

struct NewsListViewModel {
    var news: [NewsItem]
    var hasNews: Bool
}

struct NewsPostViewModel {
    var title: String
    var summary: String?
    var bodyHTML: String
    var dateISO: String
    var dateText: String
}

struct ErrorViewModel {
    var heading: String
    var message: String
}

extension String {
    /// `nil` for blank text, so templates can test for it.
    var nonBlank: String? {
        trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self
    }
}

/// The public address of an item's page.
enum SiteURL {
    static func of(_ kind: EntityKind, slug: String) -> String { "/\(kind.pathSegment)/\(slug)" }
    static func of(_ item: some ContentEntity) -> String {
        of(type(of: item).kind, slug: item.publicSlug ?? item.id.description)
    }
}

/// Dates as readers see them ("5 October 2022") and as machines read them (ISO 8601).
enum DateText {
    static func display(_ date: Date) -> String {
        let calendar = Calendar(identifier: .gregorian)
        var utc = calendar
        utc.timeZone = TimeZone(identifier: "UTC")!
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let partial = PartialDate(year: year, month: month, day: day)
        else { return iso(date) }
        return partial.displayText
    }

    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash))
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
