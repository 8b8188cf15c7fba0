import Foundation
import ThreadlineCore

/// Test helpers that edit a JSON document at a path written the way the reader reports problems.
extension JSONValue {
    /// Sets (or, with `nil`, removes) the value at `path`, such as `places[2].milestones[0].date`.
    mutating func set(_ path: String, to value: JSONValue?) {
        update(Self.components(of: path)[...], to: value)
    }

    /// The value at `path`, if there is one.
    func value(at path: String) -> JSONValue? {
        var current: JSONValue? = self
        for component in Self.components(of: path) {
            switch component {
            case .key(let key): current = current?.objectValue?[key]
            case .index(let index):
                guard let elements = current?.arrayValue, elements.indices.contains(index) else { return nil }
                current = elements[index]
            }
        }
        return current
    }

    /// The document as JSON bytes.
    func data() throws -> Data {
        try JSONEncoder().encode(self)
    }

    enum PathComponent {
        case key(String)
        case index(Int)
    }

    static func components(of path: String) -> [PathComponent] {
        var components: [PathComponent] = []
        for part in path.split(separator: ".") {
            let pieces = part.split(separator: "[")
            if let key = pieces.first, !part.hasPrefix("[") { components.append(.key(String(key))) }
            for piece in pieces.dropFirst(part.hasPrefix("[") ? 0 : 1) {
                if let index = Int(piece.dropLast()) { components.append(.index(index)) }
            }
        }
        return components
    }

    private mutating func update(_ path: ArraySlice<PathComponent>, to value: JSONValue?) {
        guard let first = path.first else {
            self = value ?? .null
            return
        }
        let rest = path.dropFirst()
        switch (first, self) {
        case (.key(let key), .object(var members)):
            if rest.isEmpty {
                members[key] = value
            } else {
                var child = members[key] ?? .null
                child.update(rest, to: value)
                members[key] = child
            }
            self = .object(members)
        case (.index(let index), .array(var elements)):
            if rest.isEmpty, value == nil {
                elements.remove(at: index)
            } else {
                elements[index].update(rest, to: value)
            }
            self = .array(elements)
        default:
            preconditionFailure("no container at \(first) in \(self.kindName)")
        }
    }
}
