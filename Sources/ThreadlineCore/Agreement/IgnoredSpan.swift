/// A span left out of the comparison, and why.
public struct IgnoredSpan: Sendable, Hashable {
    /// Why a span was left out.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// Its source is not among the sources given.
        case unknownSource
        /// Its code is not among the codes given.
        case unknownCode
        /// Its coder is not among the coders given.
        case unknownCoder
        /// Its end comes before its start.
        case reversedRange
    }

    /// The span's position in the `spans` array given.
    public var index: Int
    /// The span itself.
    public var span: AgreementSpan
    /// Why it was left out.
    public var reason: Reason

    /// Creates a note of an ignored span.
    public init(index: Int, span: AgreementSpan, reason: Reason) {
        self.index = index
        self.span = span
        self.reason = reason
    }

    /// A sentence for people, naming the span by its position.
    public var description: String {
        let place =
            "Span \(index) (source \"\(span.sourceKey)\", code \"\(span.codeKey)\", coder \"\(span.coderKey)\")"
        switch reason {
        case .unknownSource:
            return "\(place) was ignored: its source is not among the sources compared."
        case .unknownCode: return "\(place) was ignored: its code is not among the codes compared."
        case .unknownCoder: return "\(place) was ignored: its coder is not among the coders compared."
        case .reversedRange:
            return "\(place) was ignored: it ends (\(span.end)) before it starts (\(span.start))."
        }
    }
}
