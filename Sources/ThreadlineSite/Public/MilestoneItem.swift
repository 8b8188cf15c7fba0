import Foundation
import ThreadlineCore

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
