/// A codebook as a tree: each code with its depth, parents before children, siblings by position then name.
///
/// A code whose parent is missing (an import that lost it) is shown at the top rather than dropped.
public struct CodeTree: Sendable {
    /// One code in tree order.
    public struct Entry: Sendable, Hashable {
        /// The code.
        public var code: Code
        /// 0 for a top-level code.
        public var depth: Int
        /// The names from the top-level code down to this one.
        public var path: [String]
    }

    /// The codes in tree order with their depth.
    public let entries: [Entry]

    /// Arranges `codes` as a tree.
    public init(_ codes: [Code]) {
        let ids = Set(codes.map(\.id))
        var children: [Code.ID?: [Code]] = [:]
        for code in codes {
            let parent = code.parentID.flatMap { ids.contains($0) && $0 != code.id ? $0 : nil }
            children[parent, default: []].append(code)
        }
        for key in children.keys {
            children[key]?.sort {
                ($0.position, $0.name.lowercased(), $0.id) < ($1.position, $1.name.lowercased(), $1.id)
            }
        }
        var entries: [Entry] = []
        var visited: Set<Code.ID> = []
        // An explicit stack, not recursion: an imported codebook may be deep.
        var stack: [(code: Code, depth: Int, path: [String])] = (children[nil] ?? []).reversed().map {
            ($0, 0, [$0.name])
        }
        while let (code, depth, path) = stack.popLast() {
            guard visited.insert(code.id).inserted else { continue }
            entries.append(Entry(code: code, depth: depth, path: path))
            for child in (children[code.id] ?? []).reversed() {
                stack.append((child, depth + 1, path + [child.name]))
            }
        }
        self.entries = entries
    }

    /// The codes in tree order.
    public var ordered: [Code] { entries.map(\.code) }

    /// Every code below `id`, at any depth (not `id` itself); a loop in the parents cannot make it run forever.
    public func descendants(of id: Code.ID) -> Set<Code.ID> {
        var children: [Code.ID: [Code.ID]] = [:]
        for entry in entries {
            if let parent = entry.code.parentID { children[parent, default: []].append(entry.code.id) }
        }
        var found: Set<Code.ID> = []
        var stack = children[id] ?? []
        while let next = stack.popLast() {
            guard next != id, found.insert(next).inserted else { continue }
            stack += children[next] ?? []
        }
        return found
    }
}
