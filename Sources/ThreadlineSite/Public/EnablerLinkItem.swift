import Foundation
import ThreadlineCore

/// A link to an enabler by name.
public struct EnablerLinkItem {
    public var name: String
    public var url: String
}
