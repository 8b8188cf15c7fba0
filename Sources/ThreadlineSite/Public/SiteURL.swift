import Foundation
import ThreadlineCore

/// The public address of an item's page.
public enum SiteURL {
    public static func of(_ kind: EntityKind, slug: String) -> String { "/\(kind.pathSegment)/\(slug)" }
    public static func of(_ item: some ContentEntity) -> String {
        of(type(of: item).kind, slug: item.publicSlug ?? item.id.description)
    }
}
