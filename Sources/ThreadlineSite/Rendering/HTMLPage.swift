public import HTTPTypes

/// A rendered HTML page and the status it is answered with: what page builders give the web layer, which turns it
/// into a response (`HTMLPage+Response`).
public struct HTMLPage: Sendable {
    /// The page.
    public var html: String
    /// The status, 200 unless said otherwise (422 for a form with problems, say).
    public var status: HTTPResponse.Status

    /// Creates the page.
    public init(_ html: String, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }
}
