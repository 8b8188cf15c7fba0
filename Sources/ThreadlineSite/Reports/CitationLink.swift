/// A "cited in" link on an evidence page: the passage of a published report that cites it.
public struct CitationLink {
    public var reportTitle: String
    public var sectionTitle: String
    public var url: String
}
