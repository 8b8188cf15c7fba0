import Foundation
import ThreadlineCore

public struct OrganisationItem {
    public var name: String
    public var sector: String?
    public var website: String?
}
