public import Foundation
public import ThreadlineCore
import ThreadlineStore

/// NVivo's text search query, the same for every door (the workspace's page, the API, the exports): words and
/// phrases in the search box's syntax are found in the codable sources, optionally only inside passages coded with
/// chosen codes, in chosen sources or kinds, and in what a selection of cases leaves; each hit comes back in its
/// context, and the hits can be coded with an existing code or saved as a new one.
public struct TextSearchQueries: Sendable {
    /// The coding queries, whose codebook, catalogue of sources and "save as a code" this search shares.
    public let queries: CodingQueries

    /// Searches the sources `queries` reads, and saves through it.
    public init(queries: CodingQueries) {
        self.queries = queries
    }

    /// Reads a request as a form or JSON gives it, with every problem at once, each naming its field
    /// (`query`, `codes[1]`, `sources[0]`, `kinds[2]`).
    ///
    /// - Parameters:
    ///   - text: What was typed in the search box.
    ///   - codes: Codes by ID, path or name; only passages coded with them are searched.
    ///   - includesChildren: Whether each code includes the codes below it.
    ///   - sources: Sources as `kind/id` (`story/…`); only they are searched.
    ///   - kinds: Kinds of source (`story`, `case_study`, `reflective_log`, `document`, `testimony`).
    ///   - findsSimilarWords: Whether words also find the words sharing their English stem.
    /// - Throws: `ValidationError` listing what cannot be read.
    public func request(
        text: String, codes: [String] = [], includesChildren: Bool = false, sources: [String] = [],
        kinds: [String] = [], findsSimilarWords: Bool = false
    ) async throws -> TextSearchRequest {
        var problems: [FieldProblem] = []
        var query: SearchQuery?
        switch SearchQuery.parse(text) {
        case .success(let parsed): query = parsed
        case .failure(let problem): problems.append(FieldProblem(field: "query", message: problem.description))
        }
        let resolver = CodeReferenceResolver(codes: try await queries.coding.codes())
        var codeIDs: Set<Code.ID> = []
        for (index, reference) in codes.enumerated() {
            let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
            let matches = trimmed.isEmpty ? [] : resolver.resolve(trimmed)
            switch matches.count {
            case 1:
                codeIDs.insert(matches[0])
            case 0:
                let message = trimmed.isEmpty ? "Name a code: the text is empty." : "No code is called “\(trimmed)”."
                problems.append(FieldProblem(field: "codes[\(index)]", message: message))
            default:
                let paths = matches.map(resolver.path(of:)).sorted().map { "“\($0)”" }.joined(separator: ", ")
                problems.append(
                    FieldProblem(
                        field: "codes[\(index)]",
                        message:
                            "“\(trimmed)” could mean \(matches.count) codes: \(paths). Write the code's path or ID."
                    ))
            }
        }
        var chosenSources: Set<CodingSource> = []
        if !sources.isEmpty {
            let catalog = try await CodingSourceCatalog.load(from: queries.sources)
            for (index, key) in sources.enumerated() {
                if let source = CodingSource(key: key.trimmingCharacters(in: .whitespaces)),
                    catalog.entries[source] != nil
                {
                    chosenSources.insert(source)
                } else {
                    problems.append(
                        FieldProblem(
                            field: "sources[\(index)]",
                            message: "There is no source “\(key)”; write its kind and ID, like story/<id>."))
                }
            }
        }
        var chosenKinds: Set<EntityKind> = []
        for (index, name) in kinds.enumerated() {
            if let kind = EntityKind(rawValue: name.trimmingCharacters(in: .whitespaces)),
                CodingSource.codableKinds.contains(kind)
            {
                chosenKinds.insert(kind)
            } else {
                let names = CodingSource.codableKinds.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    FieldProblem(
                        field: "kinds[\(index)]",
                        message: "“\(name)” is not a kind of source that can be coded; choose from \(names)."))
            }
        }
        guard problems.isEmpty, let query else { throw ValidationError(problems) }
        return TextSearchRequest(
            query: query, codes: codeIDs, includesChildren: includesChildren, sources: chosenSources,
            kinds: chosenKinds, findsSimilarWords: findsSimilarWords)
    }

    /// The hits of `request`, by source title and then in text order.
    ///
    /// - Parameters:
    ///   - request: What to find and where.
    ///   - selection: What cases or attribute values leave of the evidence; hits outside it are not found. `nil`
    ///     looks at every source whole.
    public func run(_ request: TextSearchRequest, selection: SourceSelection? = nil) async throws
        -> [TextSearchResult]
    {
        let catalog = try await CodingSourceCatalog.load(from: queries.sources)
        let codes = try await queries.coding.codes()
        var candidates = catalog.entries.keys.filter(request.allows)
        if let selection { candidates = candidates.filter(selection.contains) }
        var codingsBySource: [CodingSource: [Coding]] = [:]
        if !request.codes.isEmpty {
            var wanted = request.codes
            if request.includesChildren {
                let tree = CodeTree(codes)
                for id in request.codes { wanted.formUnion(tree.descendants(of: id)) }
            }
            codingsBySource = Dictionary(grouping: try await queries.coding.codings(codes: wanted), by: \.source)
            candidates = candidates.filter { codingsBySource[$0] != nil }
        }
        let ordered = candidates.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }
        let matcher = TextSearchMatcher(query: request.query, findsSimilarWords: request.findsSimilarWords)
        let paths = Dictionary(
            CodeTree(codes).entries.map { ($0.code.id, $0.path.joined(separator: " › ")) },
            uniquingKeysWith: { first, _ in first })
        let coderNames = Dictionary(
            try await queries.coding.coders().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var results: [TextSearchResult] = []
        for source in ordered {
            guard let text = try await queries.coding.codableText(of: source) else { continue }
            let codings = codingsBySource[source] ?? []
            let ranges = Self.searchedRanges(
                of: source, length: text.length, codings: request.codes.isEmpty ? nil : codings, selection: selection)
            for hit in matcher.hits(in: text, within: ranges) {
                // The codings a hit lies in tell which of the chosen codes it was found under, and whose coding.
                let covering = codings.filter { $0.start <= hit.start && hit.end <= $0.end }
                results.append(
                    Self.result(
                        hit, in: text, source: source, catalog: catalog,
                        codes: Self.unique(covering.map { paths[$0.codeID] ?? "Unknown code" }),
                        coders: Self.unique(covering.map { coderNames[$0.coderID] ?? "Unknown coder" })))
            }
        }
        return results
    }

    /// What codes all hits did: how many codings were added, and how many hits were already coded with the code.
    public struct CodingOutcome: Sendable, Hashable {
        /// The codings added, one per hit not yet coded.
        public var added: [Coding]
        /// How many hits already lay inside a coding of the code, and were left as they were.
        public var alreadyCoded: Int
    }

    /// Codes every hit with the existing code `code` as `coder`: all the codings are stored, or none (a hit whose
    /// source has changed since the search refuses the lot). Hits already inside a coding of the code are skipped,
    /// so running it twice adds nothing the second time.
    ///
    /// - Throws: `ValidationError` (field `code`) when the code does not exist, `StoreError.conflict` when a hit no
    ///   longer fits its source.
    public func codeAllHits(
        _ results: [TextSearchResult], with code: Code.ID, coder: Coder.ID, ids: any IDGenerator, now: Date
    ) async throws -> CodingOutcome {
        guard try await queries.coding.code(code) != nil else {
            throw ValidationError([FieldProblem(field: "code", message: "There is no code \(code).")])
        }
        let existing = Dictionary(grouping: try await queries.coding.codings(codes: [code]), by: \.source)
        var codings: [Coding] = []
        var alreadyCoded = 0
        for result in results {
            let passage = result.passage
            let isCoded = (existing[passage.source] ?? []).contains {
                $0.start <= passage.start && passage.end <= $0.end
            }
            if isCoded {
                alreadyCoded += 1
                continue
            }
            codings.append(
                Coding(
                    id: ids.next(Coding.self), codeID: code, source: passage.source, coderID: coder,
                    start: passage.start, end: passage.end, createdAt: now))
        }
        let added = codings.isEmpty ? [] : try await queries.coding.add(codings)
        return CodingOutcome(added: added, alreadyCoded: alreadyCoded)
    }

    /// Stores the hits as codings of a new code named `name`, as the coding query saves its passages; the new code
    /// comes back.
    public func saveAsCode(
        _ results: [TextSearchResult], request: TextSearchRequest, name: String, coder: Coder.ID,
        ids: any IDGenerator, now: Date
    ) async throws -> Code {
        try await queries.saveAsCode(
            results.map(\.passage), name: name, memo: "The hits of the text search query \(request.query).",
            coder: coder, ids: ids, now: now)
    }

    /// The stretches of `source` to search: where it is coded with the chosen codes (when `codings` is given), cut
    /// to what `selection` selects; `nil` searches it whole.
    static func searchedRanges(
        of source: CodingSource, length: Int, codings: [Coding]?, selection: SourceSelection?
    ) -> [Range<Int>]? {
        switch (codings, selection) {
        case (nil, nil):
            return nil
        case (nil, let selection?):
            return selection.pieces(of: source, start: 0, end: length)
        case (let codings?, nil):
            return codings.map { $0.start..<$0.end }
        case (let codings?, let selection?):
            return codings.flatMap { selection.pieces(of: source, start: $0.start, end: $0.end) }
        }
    }

    private static func result(
        _ hit: TextSearchHit, in text: CodableText, source: CodingSource, catalog: CodingSourceCatalog,
        codes: [String], coders: [String]
    ) -> TextSearchResult {
        let before = (hit.continuesBefore ? "… " : "") + hit.before(in: text)
        let matched = hit.matched(in: text)
        let after = hit.after(in: text) + (hit.continuesAfter ? " …" : "")
        let passage = CodedPassage(
            source: source, sourceTitle: catalog.title(of: source), place: catalog.placeName(of: source),
            enabler: catalog.enablerName(of: source), start: hit.start, end: hit.end, startMs: hit.startMs,
            endMs: hit.endMs, text: before + matched + after, codes: codes, coders: coders, memos: [],
            url: CodingSourceCatalog.codingPageURL(of: source) + "?view=all&from=\(hit.start)&to=\(hit.end)#passage")
        return TextSearchResult(passage: passage, before: before, matched: matched, after: after)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
