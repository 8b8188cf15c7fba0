import Foundation

/// Finds the codes a query names: by ID, by path (names from the top joined by " › " or "/"), or by name.
///
/// Names and paths match whatever their case and the spaces around each name, so "trust" finds "Trust" and
/// "Systems/ Trust" finds "Systems › Trust". A name shared by codes under different parents matches all of them,
/// which the query reports as ambiguous with their paths. A reference with "/" or "›" that is no code's path is
/// tried as a name, since a name may hold a slash.
public struct CodeReferenceResolver: Sendable, Hashable {
    private var ids: Set<Code.ID>
    private var byPath: [String: [Code.ID]]
    private var byName: [String: [Code.ID]]
    private var paths: [Code.ID: String]

    /// Prepares to resolve references to `codes`.
    public init(codes: [Code]) {
        var ids: Set<Code.ID> = []
        var byPath: [String: [Code.ID]] = [:]
        var byName: [String: [Code.ID]] = [:]
        var paths: [Code.ID: String] = [:]
        for entry in CodeTree(codes).entries {
            let id = entry.code.id
            ids.insert(id)
            paths[id] = entry.path.joined(separator: " › ")
            byPath[Self.key(entry.path), default: []].append(id)
            byName[Self.key([entry.code.name]), default: []].append(id)
        }
        self.ids = ids
        self.byPath = byPath
        self.byName = byName
        self.paths = paths
    }

    /// The codes `reference` may mean: one for an ID or a unique name or path, several for a shared name,
    /// none when nothing matches.
    public func resolve(_ reference: String) -> [Code.ID] {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = Code.ID(trimmed), ids.contains(id) { return [id] }
        let names = Self.split(trimmed)
        // A name may itself hold "/": when no path matches, the whole text is tried as a name.
        if names.count > 1, let found = byPath[Self.key(names)] { return found }
        return byName[Self.key([trimmed])] ?? []
    }

    /// The code's path from the top, names joined by " › "; its ID when it is not in the codebook.
    public func path(of id: Code.ID) -> String {
        paths[id] ?? id.description
    }

    private static func split(_ reference: String) -> [String] {
        reference.replacingOccurrences(of: "›", with: "/").split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func key(_ names: [String]) -> String {
        names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.joined(separator: "\u{1F}")
    }
}
