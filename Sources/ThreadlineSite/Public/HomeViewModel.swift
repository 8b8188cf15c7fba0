import Foundation
import ThreadlineCore

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
