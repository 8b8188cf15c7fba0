import Foundation
import ThreadlineCore

public struct NewsListViewModel: PageModel {
    public static let template = Template.newsList

    public var news: [NewsItem]
    public var hasNews: Bool
}
