/// What reads one XML part of a document package, event by event, as ``DocumentXMLReader`` hands them over.
///
/// Element names come without their prefix, with the namespace URI beside them, because the prefix is whatever the
/// writing application chose (Word writes `w:`, but nothing obliges another tool to). Attribute names come without
/// their prefix too: the attributes read here are all in the element's own vocabulary, so the prefix adds nothing.
protocol DocumentXMLHandler {
    /// An element opens.
    mutating func start(_ name: String, namespace: String, attributes: [String: String])
    /// An element closes.
    mutating func end(_ name: String, namespace: String)
    /// Character data (entities already replaced, CDATA included) inside the current element.
    mutating func characters(_ text: String)
}
