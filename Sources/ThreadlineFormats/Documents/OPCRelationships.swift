/// The relationships of one part of an Office Open XML package (a `_rels/….rels` part), by which parts find each other.
///
/// ECMA-376 Part 2 (Open Packaging Conventions), §9.3: each `Relationship` has a `Type` URI and a `Target` that is
/// relative to the folder of the part it belongs to, or absolute from the package root when it starts with `/`.
struct OPCRelationships: DocumentXMLHandler {
    /// The targets of internal relationships as package paths (no leading `/`), with their types, in order.
    private(set) var targets: [(type: String, path: String)] = []
    /// The folder of the source part (`""` for the package itself, `"word/"` for `word/document.xml`).
    private let base: String

    /// Reads the relationships of the part at `sourcePath` (`""` for the package's own `_rels/.rels`).
    init(sourcePath: String) {
        if let slash = sourcePath.lastIndex(of: "/") {
            base = String(sourcePath[...slash])
        } else {
            base = ""
        }
    }

    /// Where the relationships of the part at `sourcePath` are stored (`word/_rels/document.xml.rels`).
    static func partName(for sourcePath: String) -> String {
        guard let slash = sourcePath.lastIndex(of: "/") else { return "_rels/\(sourcePath).rels" }
        let folder = sourcePath[...slash]
        let name = sourcePath[sourcePath.index(after: slash)...]
        return "\(folder)_rels/\(name).rels"
    }

    /// The target of the first relationship whose type ends in `/typeSuffix`.
    ///
    /// Matching the last path segment accepts both the transitional (`http://schemas.openxmlformats.org/…`) and the
    /// strict (`http://purl.oclc.org/ooxml/…`) spellings of the same relationship type.
    func target(ofType typeSuffix: String) -> String? {
        targets.first { $0.type.hasSuffix("/" + typeSuffix) }?.path
    }

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        guard name == "Relationship", attributes["TargetMode"] != "External", let type = attributes["Type"],
            let target = attributes["Target"]
        else { return }
        targets.append((type, Self.resolve(target, base: base)))
    }

    mutating func end(_ name: String, namespace: String) {}

    mutating func characters(_ text: String) {}

    /// `target` as a package path: from the root when absolute, else from `base`, with `.` and `..` worked out.
    static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? target : base + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
