/// Flattens an inline subtree to text: image alt attributes and the plain-text renderer both need this.
///
/// The walk is iterative (an explicit stack of parents) because inline nesting depth is controlled by the
/// input, and a recursive walk could exhaust the stack on hostile documents.
struct InlineText {
    /// What a soft line break becomes.
    var softBreak: [UInt8]
    /// What a hard line break becomes.
    var hardBreak: [UInt8]
    /// Whether raw HTML contributes its source text (it is markup, so plain text drops it).
    var includesRawHTML: Bool

    func append(
        childrenOf root: Int, in arena: InlineArena, to output: inout [UInt8],
        footnote: (String) -> [UInt8]
    ) {
        var parents: [Int] = []
        var current = arena[root].firstChild
        while true {
            if current == -1 {
                guard let parent = parents.popLast() else { return }
                current = arena[parent].next
                continue
            }
            let node = arena[current]
            switch node.kind {
            case .text, .code:
                output.append(contentsOf: arena.bytes[node.text])
            case .rawHTML:
                if includesRawHTML { output.append(contentsOf: arena.bytes[node.text]) }
            case .softBreak:
                output.append(contentsOf: softBreak)
            case .hardBreak:
                output.append(contentsOf: hardBreak)
            case .footnoteReference:
                output.append(contentsOf: footnote(String(decoding: arena.bytes[node.text], as: UTF8.self)))
            case .root, .emphasis, .strong, .strikethrough, .link, .image:
                if node.firstChild != -1 {
                    parents.append(current)
                    current = node.firstChild
                    continue
                }
            }
            current = node.next
        }
    }
}
