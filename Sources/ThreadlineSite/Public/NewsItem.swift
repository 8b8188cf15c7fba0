import Foundation
import ThreadlineCore

public struct NewsItem {
    public var title: String
    public var url: String
    public var summary: String?
    public var dateISO: String
    public var dateText: String
}
