import Mustache
@_spi(Reflection) import Swift
import Synchronization

/// A view model whose fields Mustache reads through key paths found once per type, instead of through a `Mirror`.
///
/// Mustache looks a name up by reflecting the model and comparing the label of every field until one matches, and
/// on Linux reflecting each field means decoding its type's name: with a dozen fields and a few dozen names per
/// page this was half the time of rendering a page. The key paths are found once per type by the standard
/// library's own field walk, so a field added to a model is seen without any list to keep up to date, and a
/// value is returned exactly as Mustache's reflection would return it (an optional unwrapped once).
/// Types the walk cannot handle fall back to `Mirror`.
public protocol KeyPathMustacheModel: MustacheParent {}

extension KeyPathMustacheModel {
    public func child(named name: String) -> Any? {
        guard let fields = KeyPathFieldTable.fields(of: Self.self) else {
            return Mirror(reflecting: self).children.first { $0.label == name }.map { unwrappedOnce($0.value) } ?? nil
        }
        guard let keyPath = fields[name], let value = self[keyPath: keyPath] else { return nil }
        return unwrappedOnce(value)
    }
}

/// The key paths of each model type's stored fields, by name; found once per type.
public enum KeyPathFieldTable {
    private struct Entry: @unchecked Sendable {
        // Key paths are immutable once made; they are only read after being stored.
        var fields: [String: AnyKeyPath]?
    }

    private static let tables = Mutex<[ObjectIdentifier: Entry]>([:])

    /// The fields of `type`, or `nil` when the standard library cannot walk them.
    public static func fields<Model>(of type: Model.Type) -> [String: AnyKeyPath]? {
        let key = ObjectIdentifier(type)
        if let entry = tables.withLock({ $0[key] }) { return entry.fields }
        var fields: [String: AnyKeyPath] = [:]
        let walked = _forEachFieldWithKeyPath(of: type) { name, keyPath in
            fields[String(cString: name)] = keyPath
            return true
        }
        let entry = Entry(fields: walked ? fields : nil)
        tables.withLock { $0[key] = entry }
        return entry.fields
    }
}

/// An optional's value or `nil`; anything else as it is (Mustache unwraps a reflected field's optional once).
private func unwrappedOnce(_ value: Any) -> Any? {
    if let optional = value as? any OptionalValue { return optional.wrappedAny }
    return value
}

private protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedAny: Any? { self.map { $0 as Any } }
}

extension LayoutModel: KeyPathMustacheModel {}
extension NavigationLink: KeyPathMustacheModel {}
extension StoryViewModel: KeyPathMustacheModel {}
extension PlaceViewModel: KeyPathMustacheModel {}
extension HomeViewModel: KeyPathMustacheModel {}
extension EnablerViewModel: KeyPathMustacheModel {}
extension AreaViewModel: KeyPathMustacheModel {}
extension NewsListViewModel: KeyPathMustacheModel {}
extension NewsPostViewModel: KeyPathMustacheModel {}
extension LinkItem: KeyPathMustacheModel {}
extension EnablerItem: KeyPathMustacheModel {}
extension AreaItem: KeyPathMustacheModel {}
extension PlaceItem: KeyPathMustacheModel {}
extension NewsItem: KeyPathMustacheModel {}
extension MilestoneItem: KeyPathMustacheModel {}
extension OrganisationItem: KeyPathMustacheModel {}
extension CaseStudyItem: KeyPathMustacheModel {}
