import ThreadlineCore
import ThreadlineStore

/// Keeps anonymous API answers from pointing at drafts: references to items the public cannot see are
/// removed, and milestones of a place the public cannot see are left out, as on the public pages.
///
/// Testimony is visible to the public only as `AccessPolicy.disclosure` allows (published, public consent that has
/// neither ended nor been withdrawn); clips only when their testimony is. What the public gets of a testimony
/// is its attribution, never the consent paperwork, and the speaker's name only with named consent.
public struct PublicReferenceFilter: Sendable {
    public let store: ThreadlineStore
    public let time: any TimeSource
    /// The published IDs of each kind, kept until the content changes, so filtering costs no queries.
    public let publishedIDs: ContentCache<Set<String>>

    public init(store: ThreadlineStore, time: any TimeSource) {
        self.store = store
        self.time = time
        publishedIDs = ContentCache(store: store, capacity: EntityKind.allCases.count * 2)
    }

    /// The cache key of a kind's visible IDs: testimony's depend on the day too, since consent ends on a day.
    private func cacheKey(_ kind: EntityKind) -> String {
        switch kind {
        case .testimony, .clip: "\(kind.rawValue)@\(PartialDate(dayOf: time.now()))"
        default: kind.rawValue
        }
    }

    /// Whether `filter` may leave out some published items of `kind` altogether (rather than only unlinking what
    /// they point to). A list of such a kind must filter before it counts and pages, or its total and its empty
    /// pages would tell how many hidden items there are and where. Every kind is named, so a new kind must be
    /// decided here; keep it in step with the `continue`s in `filter`.
    public static func mayLeaveOut(_ kind: EntityKind) -> Bool {
        switch kind {
        case .testimony, .clip: true  // Hidden by consent.
        case .milestone: true  // Of a place the public cannot see.
        case .report: true  // Published but without a published version.
        case .reportSection: true  // Never listed on their own.
        case .theoryEvidence: true  // Citing hidden testimony, a clip of it, or a draft, or of a draft theory.
        case .document: true  // Never public.
        case .enabler, .learningArea, .place, .organisation, .story, .caseStudy, .newsPost, .indicator,
            .indicatorFigure, .countsExample, .reflectiveLog, .programmeTheory:
            false
        }
    }

    /// The items as the public may see them.
    public func filter<Entity: ContentEntity>(_ items: [Entity]) async throws -> [Entity] {
        // The published IDs of every kind the schema refers to; cached, so usually no query at all.
        var visible: [EntityKind: Set<String>] = [:]
        for field in Entity.schema.fields {
            switch field.type {
            case .reference(let kind), .references(let kind):
                guard visible[kind] == nil else { continue }
                visible[kind] =
                    try await publishedIDs.value(cacheKey(kind)) { try await allPublishedIDs(of: kind) } ?? []
            default: continue
            }
        }
        if Entity.kind == .testimony || Entity.kind == .clip {
            let key = cacheKey(.testimony)
            visible[.testimony] =
                try await publishedIDs.value(key) { try await allPublishedIDs(of: .testimony) } ?? []
        }
        let objects = try items.map { try JSONValue.encoding($0).objectValue ?? [:] }
        var result: [Entity] = []
        for (item, original) in zip(items, objects) {
            // Report sections are read inside their report's published version, never on their own; documents are
            // the team's alone.
            if Entity.kind == .reportSection || Entity.kind.isInternalOnly { continue }
            var object = original
            if Entity.kind == .milestone, let place = object["place_id"]?.stringValue,
                visible[.place]?.contains(place) != true
            {
                continue
            }
            // A testimony or clip the public may not see is left out entirely, not merely unlinked.
            if Entity.kind == .testimony || Entity.kind == .clip {
                let owner = object[Entity.kind == .testimony ? "id" : "testimony_id"]?.stringValue ?? ""
                if visible[.testimony]?.contains(owner) != true { continue }
            }
            // An evidence link is its cited item and its note about it: without a visible item and theory, the note
            // (which often quotes withdrawn testimony or a draft) must not go out alone.
            if let link = item as? TheoryEvidence {
                guard let theory = link.theoryID, visible[.programmeTheory]?.contains(theory.description) == true,
                    let cited = link.evidence, visible[cited.kind]?.contains(cited.id) == true
                else { continue }
            }
            if Entity.kind == .testimony {
                Self.redactConsent(&object)
            }
            if Entity.kind == .clip {
                object["note"] = .string("")  // The team's note, not the public's.
            }
            for field in Entity.schema.fields {
                switch field.type {
                case .reference(let kind):
                    if let id = object[field.key]?.stringValue, visible[kind]?.contains(id) != true {
                        object[field.key] = .null
                    }
                case .references(let kind):
                    object[field.key] = .array(
                        (object[field.key]?.arrayValue ?? []).filter {
                            visible[kind]?.contains($0.stringValue ?? "") == true
                        }
                    )
                default: continue
                }
            }
            // A report reads as its latest published version: edits not yet published stay in the workspace.
            if Entity.kind == .report, let id = Report.ID(object["id"]?.stringValue ?? "") {
                guard let published = try await store.reportVersions.latestVersion(of: id)?.snapshot.report else {
                    continue
                }
                let snapshot = try JSONValue.encoding(published).objectValue ?? [:]
                for field in Entity.schema.fields where field.key != "slug" { object[field.key] = snapshot[field.key] }
            }
            // Decoding again only when a reference was removed keeps the usual case cheap.
            var shown = object == original ? item : try JSONValue.object(object).decode(Entity.self)
            shown.authorID = nil
            result.append(shown)
        }
        return result
    }

    /// Leaves the public the scope of consent but none of its paperwork, and the name only with named consent.
    private static func redactConsent(_ object: inout [String: JSONValue]) {
        for key in ["consent_given_on", "consent_expires_on", "consent_withdrawn_on"] {
            object[key] = .null
        }
        object["consent_given_by"] = .string("")
        object["consent_withdrawal_note"] = .string("")
        object["media_name"] = .null
        if object["consent_scope"]?.stringValue != ConsentScope.publicNamed.rawValue {
            object["speaker_name"] = .string("")
        }
    }

    /// The IDs of the testimony the public may see today.
    private func disclosedTestimonyIDs() async throws -> Set<String> {
        let today = PartialDate(dayOf: time.now())
        return Set(
            try await store.testimonies.all(ContentQuery(status: .published)).filter {
                AccessPolicy.disclosure(of: $0, placeName: nil, to: .anonymous, today: today).isShown
            }.map(\.id.description))
    }

    /// The IDs of the clips the public may see today: published, of disclosed testimony.
    private func disclosedClipIDs() async throws -> Set<String> {
        let testimony = try await disclosedTestimonyIDs()
        return Set(
            try await store.clips.all(ContentQuery(status: .published)).filter {
                testimony.contains($0.testimonyID?.description ?? "")
            }.map(\.id.description))
    }

    private func allPublishedIDs(of kind: EntityKind) async throws -> Set<String> {
        switch kind {
        case .testimony: return try await disclosedTestimonyIDs()
        case .clip: return try await disclosedClipIDs()
        case .reportSection: return []  // Read inside the published report, never on their own.
        default: return try await store.visit(kind, PublishedIDs())()
        }
    }

    /// The IDs of one kind's published items.
    private struct PublishedIDs: ContentKindVisitor {
        func visit<Entity: ContentEntity>(_ repository: any ContentRepository<Entity>)
            -> @Sendable () async throws -> Set<String>
        {
            { Set(try await repository.all(ContentQuery(status: .published)).map(\.id.description)) }
        }
    }
}
