/// A reflective log's public page.
public struct ReflectiveLogViewModel: PageModel {
    public static let template = Template.reflectiveLog

    public var title: String
    public var dateText: String?
    public var dateISO: String?
    public var placeName: String?
    public var placeURL: String?
    public var enablers: [NamedLink]
    public var hasEnablers: Bool
    public var credit: String?
    public var whatHTML: String
    public var soWhatHTML: String?
    public var nowWhatHTML: String?
    public var examples: [NamedLink]
    public var hasExamples: Bool
}

/// A name and where it leads.
public struct NamedLink {
    public var name: String
    public var url: String
}
