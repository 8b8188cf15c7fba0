public import Foundation
public import ThreadlineCore
public import ThreadlineStore

/// NVivo's coding queries and a code's passages, the same for every door (the workspace's query page, the API,
/// the exports): an expression of codes combined with AND, OR, NOT and NEAR is read, run over the codings of the
/// chosen coders, and its passages come back with their sources; a query's passages can be saved as a new code.
public struct CodingQueries: Sendable {
    /// The codebook and codings.
    public let coding: any CodingRepository
    /// Where sources' titles, places and enablers are read.
    public let sources: CodingSourceCatalog.Repositories

    /// Runs queries over `coding`, naming sources from `sources`.
    public init(coding: any CodingRepository, sources: CodingSourceCatalog.Repositories) {
        self.coding = coding
        self.sources = sources
    }

    /// Reads a query written as JSON (`{"and": ["Trust", {"near": [a, b], "within": 200}]}`), codes named by ID,
    /// path or name; every problem at once, each with its place in the expression.
    public func expression(fromJSON json: JSONValue) async throws -> CodingQueryExpression {
        let resolver = CodeReferenceResolver(codes: try await coding.codes())
        return try CodingQueryExpression(
            json: json, resolve: resolver.resolve, codePath: resolver.path(of:))
    }

    /// The passages matching `expression`, counting the codings of `coders` (everyone's when `nil`); a code
    /// includes the codes below it when `includesChildren`. With a `selection` (chosen cases or attribute values)
    /// passages are cut to the evidence it selects.
    public func run(
        _ expression: CodingQueryExpression, coders: Set<Coder.ID>? = nil, includesChildren: Bool = false,
        within selection: SourceSelection? = nil
    ) async throws -> [CodedPassage] {
        let codes = try await coding.codes()
        var wanted = expression.codeIDs
        if includesChildren {
            let tree = CodeTree(codes)
            for id in expression.codeIDs { wanted.formUnion(tree.descendants(of: id)) }
        }
        let codings = try await coding.codings(codes: wanted)
        var texts: [CodingSource: CodableText] = [:]
        for source in Set(codings.map(\.source)) {
            texts[source] = try await coding.codableText(of: source)
        }
        // NOT needs every source's length, not only those its codes touch.
        if Self.containsNot(expression) {
            let catalog = try await CodingSourceCatalog.load(from: sources)
            for source in catalog.entries.keys where texts[source] == nil {
                texts[source] = try await coding.codableText(of: source)
            }
        }
        let scope = CodingQueryScope(
            texts: texts.mapValues(CodingQueryScope.SourceText.init), codings: codings, coders: coders)
        let found = CodingQueryEvaluator(scope: scope, codes: codes, includesChildren: includesChildren)
            .passages(matching: expression)
        let byID = Dictionary(codings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try await describe(
            Self.cut(
                found.map { passage in
                    Found(
                        source: passage.source, start: passage.start, end: passage.end,
                        stretch: passage.startMs.flatMap { start in passage.endMs.map { (start, $0) } },
                        codings: passage.codingIDs.compactMap { byID[$0] })
                }, to: selection), texts: texts, codes: codes)
    }

    /// Every passage coded with `code` (and the codes below it when `includesChildren`), by `coder` or everyone;
    /// with a `selection`, cut to the evidence it selects.
    public func passages(
        of code: Code.ID, includesChildren: Bool = false, coder: Coder.ID? = nil,
        within selection: SourceSelection? = nil
    ) async throws -> [CodedPassage] {
        let codes = try await coding.codes()
        var wanted: Set<Code.ID> = [code]
        if includesChildren { wanted.formUnion(CodeTree(codes).descendants(of: code)) }
        var codings = try await coding.codings(codes: wanted)
        if let coder { codings = codings.filter { $0.coderID == coder } }
        if let selection { codings = codings.filter { selection.contains($0.source) } }
        var texts: [CodingSource: CodableText] = [:]
        for source in Set(codings.map(\.source)) {
            texts[source] = try await coding.codableText(of: source)
        }
        return try await describe(
            Self.cut(
                codings.map { coding in
                    Found(
                        source: coding.source, start: coding.start, end: coding.end,
                        stretch: coding.isTimeOnly
                            ? coding.startMs.flatMap { start in coding.endMs.map { (start, $0) } } : nil,
                        codings: [coding])
                }, to: selection), texts: texts, codes: codes)
    }

    /// The pieces of `found` inside `selection` (all of them when it is `nil`). A passage across the edge of a
    /// case's stretch keeps only its part inside.
    private static func cut(_ found: [Found], to selection: SourceSelection?) -> [Found] {
        guard let selection else { return found }
        return found.flatMap { passage -> [Found] in
            // A stretch of recording coded without words (start == end) is kept when its source is selected.
            guard passage.start < passage.end else { return selection.contains(passage.source) ? [passage] : [] }
            return selection.pieces(of: passage.source, start: passage.start, end: passage.end).map { piece in
                var part = passage
                part.start = piece.lowerBound
                part.end = piece.upperBound
                return part
            }
        }
    }

    /// Stores `passages` as codings of a new code named `name` (at the top of the codebook, with the palette's
    /// next colour), coded by `coder`; the new code comes back. A name already used at the top is refused.
    public func saveAsCode(
        _ passages: [CodedPassage], name: String, memo: String, coder: Coder.ID, ids: any IDGenerator,
        now: Date
    ) async throws -> Code {
        let codes = try await coding.codes()
        let code = Code(
            id: ids.next(Code.self), name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            description: memo, colour: CodePalette.next(after: codes.map(\.colour)), createdAt: now)
        try ValidationError.check(code.problems())
        try await coding.save(code)
        let codings = passages.map { passage in
            // A stretch of recording stays one: its times make it a timed coding (the store fills a passage's).
            Coding(
                id: ids.next(Coding.self), codeID: code.id, source: passage.source, coderID: coder,
                start: passage.start, end: passage.end, startMs: passage.startMs, endMs: passage.endMs,
                createdAt: now)
        }
        do {
            _ = try await coding.add(codings)
        } catch {
            _ = try? await coding.delete(code.id)
            throw error
        }
        return code
    }

    private static func containsNot(_ expression: CodingQueryExpression) -> Bool {
        switch expression {
        case .code: false
        case .not: true
        case .all(let parts), .any(let parts): parts.contains(where: containsNot)
        case .near(let a, let b, _): containsNot(a) || containsNot(b)
        }
    }

    /// A passage found, before it is described: words (`start..<end`) or a stretch of recording (`start == end`).
    private struct Found {
        var source: CodingSource
        var start: Int
        var end: Int
        var stretch: (startMs: Int, endMs: Int)?
        var codings: [Coding]
    }

    private func describe(
        _ found: [Found], texts: [CodingSource: CodableText], codes: [Code]
    ) async throws -> [CodedPassage] {
        let catalog = try await CodingSourceCatalog.load(from: sources)
        let paths = Dictionary(
            CodeTree(codes).entries.map { ($0.code.id, $0.path.joined(separator: " › ")) },
            uniquingKeysWith: { first, _ in first })
        let coderNames = Dictionary(
            try await coding.coders().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return found.map { found in
            let (source, start, end, codings) = (found.source, found.start, found.end, found.codings)
            let text = texts[source]
            let first = codings.first
            if let stretch = found.stretch {
                return CodedPassage(
                    source: source, sourceTitle: catalog.title(of: source), place: catalog.placeName(of: source),
                    enabler: catalog.enablerName(of: source), start: start, end: end, startMs: stretch.startMs,
                    endMs: stretch.endMs, text: "",
                    codes: Self.unique(codings.map { paths[$0.codeID] ?? "Unknown code" }),
                    coders: Self.unique(codings.map { coderNames[$0.coderID] ?? "Unknown coder" }),
                    memos: Self.unique(codings.map(\.memo).filter { !$0.isEmpty }),
                    url: CodingSourceCatalog.codingPageURL(of: source)
                        + "?view=all#\(first.map { "coding-\($0.id)" } ?? "codings")")
            }
            let time = text?.timeRange(start: start, end: end)
            return CodedPassage(
                source: source, sourceTitle: catalog.title(of: source), place: catalog.placeName(of: source),
                enabler: catalog.enablerName(of: source), start: start, end: end,
                startMs: time?.startMs ?? (codings.count == 1 ? first?.startMs : nil),
                endMs: time?.endMs ?? (codings.count == 1 ? first?.endMs : nil),
                text: text?.excerpt(start: start, end: end) ?? first?.excerpt ?? "",
                codes: Self.unique(codings.map { paths[$0.codeID] ?? "Unknown code" }),
                coders: Self.unique(codings.map { coderNames[$0.coderID] ?? "Unknown coder" }),
                memos: Self.unique(codings.map(\.memo).filter { !$0.isEmpty }),
                url: CodingSourceCatalog.codingPageURL(of: source) + "?view=all&from=\(start)&to=\(end)#passage")
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
