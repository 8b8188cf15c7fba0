import Foundation
import ThreadlineCore

public struct LinkItem {
    public var title: String
    public var url: String
    public var summary: String?
    public var placeName: String? = nil
    public var placeURL: String? = nil
}
