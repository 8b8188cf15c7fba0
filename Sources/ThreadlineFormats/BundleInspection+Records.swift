import Foundation
import ThreadlineCore

extension BundleInspection {
    /// Checks every record of one top-level collection, returning those that passed.
    mutating func inspectAll<Entity: ContentEntity>(_ type: Entity.Type, _ values: [JSONValue]) -> [Entity] {
        var entities: [Entity] = []
        for (index, value) in values.enumerated() {
            if let entity = inspect(type, value, at: "\(Entity.kind.collectionKey)[\(index)]") {
                entities.append(entity)
            }
        }
        return entities
    }

    /// Checks one record at `path` and decodes it; `nil` when it has any problem (all of which are reported).
    ///
    /// - Parameters:
    ///   - extraKeys: keys the file adds to this kind's own (a place's `milestones`); allowed, then set aside.
    ///   - impliedPlace: for a milestone, the id of the place it is listed under, which is its `place_id`.
    mutating func inspect<Entity: ContentEntity>(
        _ type: Entity.Type,
        _ value: JSONValue,
        at path: String,
        extraKeys: Set<String> = [],
        impliedPlace: String? = nil
    ) -> Entity? {
        let kind = Entity.kind
        guard let object = value.objectValue else {
            report(path, "Expected an object (one \(kind.singularName)), found \(value.kindName).")
            return nil
        }
        let before = problemCount
        checkKeys(
            of: object, schema: Entity.schema, at: path, extraKeys: extraKeys, placeIsImplied: impliedPlace != nil)

        var fields = object
        if let impliedPlace { fields[ProgrammeBundleFormat.impliedPlaceKey] = .string(impliedPlace) }
        if object["id"] == nil || object["id"] == .null {
            report(
                "\(path).id", "Missing: every \(kind.singularName) needs an id (a UUID) so that others can refer to it."
            )
        }
        for problem in Entity.schema.problems(in: fields) {
            // A bad implied place_id is the place's own bad id, reported with the place.
            if impliedPlace != nil, problem.field == ProgrammeBundleFormat.impliedPlaceKey { continue }
            report(problem.prefixed(by: path))
        }
        checkTimestamps(of: object, at: path)
        checkUniqueness(of: object, schema: Entity.schema, at: path)
        checkReferences(in: object, schema: Entity.schema, at: path, placeIsImplied: impliedPlace != nil)
        guard problemCount == before else { return nil }

        for key in extraKeys { fields.removeValue(forKey: key) }
        return decode(Entity.self, from: fields, at: path)
    }

    /// Reports record timestamps (`created_at`, …) that are not ISO 8601 instants.
    mutating func checkTimestamps(of object: [String: JSONValue], at path: String) {
        for key in ProgrammeBundleFormat.timestampKeys {
            guard let stamp = object[key], stamp != .null else { continue }
            if stamp.stringValue.flatMap(ProgrammeBundleFormat.instant) == nil {
                report(
                    "\(path).\(key)",
                    "\(Self.quoted(stamp)) is not a date and time (write it like 2022-10-05T09:00:00Z).")
            }
        }
    }

    /// Reports keys that are neither fields of the kind nor record metadata: usually a misspelt field,
    /// whose value would otherwise vanish without a word.
    mutating func checkKeys(
        of object: [String: JSONValue],
        schema: EntitySchema,
        at path: String,
        extraKeys: Set<String>,
        placeIsImplied: Bool
    ) {
        let kind = schema.kind
        var allowed = Set(schema.fields.map(\.key)).union(ProgrammeBundleFormat.metadataKeys).union(extraKeys)
            .union(schema.systemKeys)
        if placeIsImplied { allowed.remove(ProgrammeBundleFormat.impliedPlaceKey) }
        for key in object.keys.sorted() where !allowed.contains(key) {
            let name = Self.shortened(key)
            if placeIsImplied, key == ProgrammeBundleFormat.impliedPlaceKey {
                report("\(path).\(name)", "Leave this out: a milestone belongs to the place it is listed under.")
                continue
            }
            // author_id is accepted but not offered: the file never carries it.
            let offered = allowed.subtracting([ProgrammeBundleFormat.authorKey]).sorted()
            let guess = Self.guess(for: key, among: offered)
            report(
                "\(path).\(name)",
                "Unknown key \"\(name)\" (\(guess)); a \(kind.singularName) has: \(offered.joined(separator: ", "))."
            )
        }
    }

    /// Reports a second record of the same kind with an id or a URL name already used.
    mutating func checkUniqueness(of object: [String: JSONValue], schema: EntitySchema, at path: String) {
        let kind = schema.kind
        if let text = object["id"]?.stringValue, let id = UUID(uuidString: text) {
            if let first = firstWithID[kind]?[id] {
                report(
                    "\(path).id",
                    "\(first) has the same id, \(text.lowercased()); each \(kind.singularName) needs its own.")
            } else {
                firstWithID[kind, default: [:]][id] = path
            }
        }
        if schema.field("slug")?.type == .slug, let slug = object["slug"]?.stringValue, Slug.isValid(slug) {
            if let first = firstWithSlug[kind]?[slug] {
                report(
                    "\(path).slug",
                    "\"\(slug)\" is already the URL name of \(first); each \(kind.singularName) needs its own.")
            } else {
                firstWithSlug[kind, default: [:]][slug] = path
            }
        }
    }

    /// Reports references to records that are not in the bundle (well-formed ids only: the schema reports the rest).
    mutating func checkReferences(
        in object: [String: JSONValue],
        schema: EntitySchema,
        at path: String,
        placeIsImplied: Bool
    ) {
        for field in schema.fields {
            if placeIsImplied, field.key == ProgrammeBundleFormat.impliedPlaceKey { continue }
            switch field.type {
            case .reference(let target):
                if let text = object[field.key]?.stringValue, let id = UUID(uuidString: text), !isKnown(id, target) {
                    report("\(path).\(field.key)", Self.danglingMessage(text, target))
                }
            case .references(let target):
                for (index, element) in (object[field.key]?.arrayValue ?? []).enumerated() {
                    if let text = element.stringValue, let id = UUID(uuidString: text), !isKnown(id, target) {
                        report("\(path).\(field.key)[\(index)]", Self.danglingMessage(text, target))
                    }
                }
            default:
                break
            }
        }
    }

    func isKnown(_ id: UUID, _ kind: EntityKind) -> Bool {
        knownIDs[kind]?.contains(id) ?? false
    }

    static func danglingMessage(_ text: String, _ kind: EntityKind) -> String {
        "No \(kind.singularName) with id \(text.lowercased()) is in this bundle."
    }

    /// Decodes a checked record, filling in what the file may leave out, then applies the kind's cross-field rules.
    mutating func decode<Entity: ContentEntity>(
        _ type: Entity.Type,
        from object: [String: JSONValue],
        at path: String
    ) -> Entity? {
        func isAbsent(_ key: String) -> Bool { object[key] == nil || object[key] == .null }
        var fields = object
        fields.removeValue(forKey: ProgrammeBundleFormat.authorKey)
        if isAbsent("status") { fields["status"] = .string(PublicationStatus.draft.rawValue) }
        // Stand-ins so that the record decodes; the exact `now` is set on the value below.
        let undated = ["created_at", "updated_at"].filter(isAbsent)
        for key in undated { fields[key] = .string(nowText) }
        if isAbsent("published_at") { fields.removeValue(forKey: "published_at") }
        for field in Entity.schema.fields where isAbsent(field.key) {
            switch field.type {
            case .text, .multilineText, .markdown, .slug: fields[field.key] = .string("")
            case .lines, .references: fields[field.key] = .array([])
            default: fields.removeValue(forKey: field.key)
            }
        }

        var entity: Entity
        do {
            entity = try JSONValue.object(fields).decode(Entity.self)
        } catch {
            // The checks above should make this unreachable; if they miss something, say so rather than crash.
            let detail = Self.shortened(String(describing: error), to: 200)
            report(path, "Could not be read as a \(Entity.kind.singularName): \(detail)")
            return nil
        }
        entity.authorID = nil
        if undated.contains("created_at") { entity.createdAt = now }
        if undated.contains("updated_at") { entity.updatedAt = now }

        let ruleProblems = entity.crossFieldProblems()
        for problem in ruleProblems { report(problem.prefixed(by: path)) }
        return ruleProblems.isEmpty ? entity : nil
    }
}
