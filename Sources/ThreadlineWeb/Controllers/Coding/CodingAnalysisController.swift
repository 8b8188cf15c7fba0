import Foundation
import Hummingbird
import ThreadlineCharts
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// Workspace pages for analysing the codings: every passage of a code, code × place/enabler/code matrices (as tables,
/// heatmaps and CSV), and how far coders agree.
struct CodingAnalysisController {
    let coding: any CodingRepository
    let sources: CodingSourceCatalog.Repositories
    let cases: CaseScopeReader
    let chrome: WorkspaceChrome

    /// Characters of text shown either side of a coded passage.
    static let contextLength = 80
    /// The most disagreements listed; a long list helps nobody and would make the page heavy.
    static let disagreementLimit = 500
    /// The most characters of a disagreement's text shown in the list; the link opens all of it.
    static let passageLimit = 200

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("codes/:id/passages") { request, context in
            if let format = FormData.query(of: request).get("format") {
                return try await passagesFile(request, context, format: format)
            }
            return try await passagesPage(request, context).response(from: context)
        }
        group.get("matrices") { request, context in try await matrices(request, context) }
        group.get("agreement") { request, context in
            try await agreementPage(request, context).response(from: context)
        }
    }

    // MARK: Passages

    /// A code's passages as a file (`PassageExport`), with the page's filters.
    private func passagesFile(_ request: Request, _ context: AppRequestContext, format: String) async throws
        -> Response
    {
        _ = try context.requireSession()
        guard let file = PassageExport.Format(rawValue: format) else { throw HTTPError(.notFound) }
        guard let id = Code.ID(context.slug(parameter: "id")), try await coding.code(id) != nil else {
            throw HTTPError(.notFound)
        }
        let query = FormData.query(of: request)
        let scope = try await cases.read(query.get("cases") ?? "")
        if let problem = scope.problem { throw HTTPError(.unprocessableContent, message: problem) }
        let passages = try await CodingQueries(coding: coding, sources: sources).passages(
            of: id, includesChildren: query.get("children") == "1", coder: query.get("coder").flatMap { Coder.ID($0) },
            within: scope.selection)
        let path = Self.codePaths(try await coding.codes())[id] ?? ""
        let data = try PassageExport.data(passages, title: "Passages coded \(path)", format: file)
        return Response(
            status: .ok,
            headers: [
                .contentType: file.mediaType,
                .contentDisposition: "attachment; filename=\"passages.\(file.rawValue)\"",
                .cacheControl: "private, no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func passagesPage(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard let id = Code.ID(context.slug(parameter: "id")), try await coding.code(id) != nil else {
            throw HTTPError(.notFound)
        }
        let query = FormData.query(of: request)
        let includesChildren = query.get("children") == "1"
        let coderFilter = query.get("coder").flatMap { Coder.ID($0) }
        let codes = try await coding.codes()
        let paths = Self.codePaths(codes)
        let descendants = Self.descendants(of: id, in: codes)
        let chosen: Set<Code.ID> = includesChildren ? descendants.union([id]) : [id]
        var codings = try await coding.codings(codes: chosen)
        if let coderFilter { codings = codings.filter { $0.coderID == coderFilter } }
        let casesText = query.get("cases") ?? ""
        let scope = try await cases.read(casesText)
        if let problem = scope.problem { throw HTTPError(.unprocessableContent, message: problem) }
        if let selection = scope.selection {
            // A coding shows when any of it lies in the chosen evidence; the downloads cut it to that part.
            codings = codings.filter {
                $0.start == $0.end
                    ? selection.contains($0.source)
                    : !selection.pieces(of: $0.source, start: $0.start, end: $0.end).isEmpty
            }
        }
        let coders = try await coding.coders()
        let coderNames = Dictionary(coders.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let catalog = try await CodingSourceCatalog.load(from: sources)

        let bySource = Dictionary(grouping: codings, by: \.source)
        let sources = bySource.keys.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }
        var groups: [PassageSourceGroup] = []
        for source in sources {
            let text = try await coding.codableText(of: source)
            let passages = (bySource[source] ?? []).sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
            groups.append(
                PassageSourceGroup(
                    title: catalog.title(of: source), url: CodingSourceCatalog.codingPageURL(of: source),
                    place: catalog.placeName(of: source), enabler: catalog.enablerName(of: source),
                    countText: Self.counted(passages.count, "passage", "passages"),
                    passages: passages.map { coding in
                        Self.passageView(
                            coding, text: text, codeName: includesChildren ? paths[coding.codeID] : nil,
                            coderName: coderNames[coding.coderID] ?? "Unknown coder")
                    }))
        }
        let path = paths[id] ?? ""
        let total = codings.count
        var model = CodePassagesViewModel(
            codeName: path.split(separator: "›").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? path,
            codePath: path,
            countText: "\(Self.counted(total, "passage", "passages")) in "
                + "\(Self.counted(groups.count, "source", "sources"))"
                + (includesChildren && !descendants.isEmpty ? ", including the codes under this one." : "."),
            includesChildren: includesChildren, hasChildren: !descendants.isEmpty,
            coders: coders.map {
                CoderOption(id: $0.id.description, name: $0.name, isSelected: $0.id == coderFilter)
            },
            action: "/workspace/codes/\(id)/passages", groups: groups, hasPassages: !groups.isEmpty,
            matricesURL: "/workspace/matrices",
            downloads: PassageExport.Format.allCases.map { format in
                var parameters = ["format=\(format.rawValue)"]
                if includesChildren { parameters.append("children=1") }
                if let coderFilter { parameters.append("coder=\(coderFilter)") }
                if !casesText.isEmpty {
                    parameters.append(
                        "cases=" + (casesText.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                }
                return DownloadLink(
                    label: format.rawValue.uppercased(),
                    url: "/workspace/codes/\(id)/passages?" + parameters.joined(separator: "&"))
            })
        model.caseOptions = scope.options
        return try await chrome.page(
            model, title: "Passages coded \(path)", section: "passages", session: session)
    }

    /// One passage with up to `contextLength` characters either side, and whether the text moved under it.
    static func passageView(_ coding: Coding, text: CodableText?, codeName: String?, coderName: String)
        -> PassageView
    {
        if coding.isTimeOnly {
            return PassageView(
                url: CodingSourceCatalog.codingPageURL(of: coding.source) + "#coding-\(coding.id)", codeName: codeName,
                coderName: coderName, before: "", passage: "", after: "", leadingEllipsis: false,
                trailingEllipsis: false, timeText: CodingWorkspaceController.stretchText(coding),
                memo: coding.memo.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : coding.memo,
                hasChanged: false, isStretch: true)
        }
        let current = text?.excerpt(start: coding.start, end: coding.end)
        var before = ""
        var after = ""
        var leading = false
        var trailing = false
        if let text, current != nil {
            let from = max(0, coding.start - contextLength)
            let to = min(text.length, coding.end + contextLength)
            before = text.excerpt(start: from, end: coding.start) ?? ""
            after = text.excerpt(start: coding.end, end: to) ?? ""
            leading = from > 0
            trailing = to < text.length
        }
        let hasChanged = current != coding.excerpt
        var timeText: String?
        if coding.source.isTimed, let start = coding.startMs, let end = coding.endMs {
            timeText = "\(TimeSpanText.clock(start))–\(TimeSpanText.clock(end))"
        }
        return PassageView(
            url: CodingSourceCatalog.codingPageURL(of: coding.source) + "#coding-\(coding.id)", codeName: codeName,
            coderName: coderName, before: before, passage: current ?? coding.excerpt, after: after,
            leadingEllipsis: leading, trailingEllipsis: trailing, timeText: timeText,
            memo: coding.memo.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : coding.memo,
            hasChanged: hasChanged, storedExcerpt: hasChanged && current != nil ? coding.excerpt : nil)
    }

    // MARK: Matrices

    /// The columns a matrix can have.
    enum MatrixColumns: String, CaseIterable {
        case places
        case enablers
        case codes
        /// A case attribute's values (the attribute named in the address).
        case attribute

        var label: String {
            switch self {
            case .places: "Code × place"
            case .enablers: "Code × system enabler"
            case .codes: "Code co-occurrence"
            case .attribute: "Code × case attribute"
            }
        }

        var fileName: String {
            switch self {
            case .places: "code-by-place.csv"
            case .enablers: "code-by-enabler.csv"
            case .codes: "code-by-code.csv"
            case .attribute: "code-by-attribute.csv"
            }
        }

        var columnHeading: String {
            switch self {
            case .places: "Place"
            case .enablers: "System enabler"
            case .codes: "Code"
            case .attribute: "Attribute value"
            }
        }

        var url: String { "/workspace/matrices?rows=codes&columns=\(rawValue)" }
    }

    /// The columns asked for, with what names them: a fixed kind of column, or one case attribute.
    struct MatrixColumnChoice {
        var label: String
        var heading: String
        var fileName: String
        var url: String

        init(_ columns: MatrixColumns, attribute: CaseAttribute?) {
            if columns == .attribute, let attribute {
                label = "Code × \(attribute.name)"
                heading = attribute.name
                fileName = "code-by-\(Slug.make(from: attribute.name).nonBlank ?? "attribute").csv"
                url = "/workspace/matrices?rows=codes&columns=attribute:\(attribute.id)"
            } else {
                label = columns.label
                heading = columns.columnHeading
                fileName = columns.fileName
                url = columns.url
            }
        }
    }

    private func matrices(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let session = try context.requireSession()
        let query = FormData.query(of: request)
        guard (query.get("rows") ?? "codes") == "codes" else {
            throw HTTPError(.badRequest, message: "Matrices have codes as their rows: ask for rows=codes.")
        }
        let attributes = try await cases.book.cases.attributes()
        let columnsText = query.get("columns") ?? "places"
        // A case attribute's values can be the columns too, as NVivo's matrix of codes by attribute values.
        let attribute =
            columnsText.hasPrefix("attribute:")
            ? CaseAttribute.ID(String(columnsText.dropFirst("attribute:".count))).flatMap { id in
                attributes.first { $0.id == id }
            } : nil
        guard let columns = MatrixColumns(rawValue: columnsText) ?? (attribute != nil ? .attribute : nil) else {
            throw HTTPError(
                .badRequest, message: "Choose places, enablers, codes or a case attribute as the matrix's columns.")
        }
        let choice = MatrixColumnChoice(columns, attribute: attribute)
        let entries = CodeTree(try await coding.codes()).entries
        let codeKeys = entries.map { $0.code.id.description }
        var labels: [String: String] = [:]
        for entry in entries { labels[entry.code.id.description] = entry.path.joined(separator: " › ") }
        let catalog = try await CodingSourceCatalog.load(from: sources)
        let codings = try await coding.codings(codes: nil)
        let builder = CodingMatrix(
            codings: codings.map {
                MatrixCoding(
                    codingKey: $0.id.description, sourceKey: $0.source.key, codeKey: $0.codeID.description,
                    coderKey: $0.coderID.description, start: $0.start, end: $0.end)
            },
            placements: catalog.placements)
        let matrix: CountMatrix
        switch columns {
        case .places:
            matrix = builder.codeByPlace(codes: codeKeys, places: catalog.places.map(\.id.description))
            for key in matrix.columnKeys {
                labels[key] = key.isEmpty ? "No place" : catalog.placeName(key: key) ?? "Unknown place"
            }
        case .enablers:
            matrix = builder.codeByEnabler(codes: codeKeys, enablers: catalog.enablers.map(\.id.description))
            for key in matrix.columnKeys {
                labels[key] = key.isEmpty ? "No enabler" : catalog.enablerName(key: key) ?? "Unknown enabler"
            }
        case .codes:
            matrix = builder.coOccurrence(codes: codeKeys)
        case .attribute:
            guard let chosen = attribute else { throw HTTPError(.badRequest) }
            let people = Dictionary(
                try await cases.book.cases.cases().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let bySource = Dictionary(grouping: try await cases.book.cases.memberships(), by: \.source.key)
            let codingByID = Dictionary(codings.map { ($0.id.description, $0) }, uniquingKeysWith: { a, _ in a })
            matrix = builder.codeByValue(codes: codeKeys, columns: chosen.choices) { item in
                guard let coding = codingByID[item.codingKey] else { return [] }
                return (bySource[item.sourceKey] ?? []).filter { membership in
                    guard let range = membership.range else { return true }
                    return coding.start == coding.end
                        ? range.contains(coding.start) : range.overlaps(coding.start..<coding.end)
                }.compactMap { people[$0.caseID]?.values[chosen.id] }
            }
            for key in matrix.columnKeys { labels[key] = key.isEmpty ? "No value, or in no case" : key }
        }
        if query.get("format") == "csv" {
            var headers = HTTPFields()
            headers[.contentType] = "text/csv; charset=utf-8"
            headers[.contentDisposition] = "attachment; filename=\"\(choice.fileName)\""
            return Response(
                status: .ok, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: matrix.csv(rowLabel: "Code", labels: labels))))
        }
        func label(_ key: String) -> String { labels[key] ?? key }
        let rowLabels = matrix.rowKeys.map(label)
        let columnLabels = matrix.columnKeys.map(label)
        let caption =
            columns == .codes
            ? "Overlapping codings of each pair of codes in the same source; the diagonal counts each code's codings"
            : "Codings of each code (rows) by \(choice.heading.lowercased()) of their source (columns)"
        let model = MatrixViewModel(
            heading: choice.label,
            introduction: columns == .codes
                ? "How many passages coded with one code overlap passages coded with another, by any coder."
                : columns == .attribute
                    ? "How many codings each code has in the evidence of the cases with each value of "
                        + "“\(choice.heading)”; a coding in cases of two values counts in both."
                    : "How many codings each code has in the evidence of each \(choice.heading.lowercased()).",
            links: MatrixColumns.allCases.filter { $0 != .attribute }.map {
                MatrixLink(label: $0.label, url: $0.url, isCurrent: $0 == columns)
            }
                + attributes.map {
                    MatrixLink(
                        label: "Code × \($0.name)", url: MatrixColumnChoice(.attribute, attribute: $0).url,
                        isCurrent: $0.id == attribute?.id)
                },
            csvURL: choice.url + "&format=csv", hasCodes: !entries.isEmpty, hasColumns: !matrix.columnKeys.isEmpty,
            caption: caption, columnHeading: choice.heading, columnLabels: columnLabels,
            rows: matrix.rowKeys.enumerated().map { index, key in
                MatrixRowView(
                    label: rowLabels[index], url: "/workspace/codes/\(key)/passages",
                    cells: (index < matrix.counts.count ? matrix.counts[index] : []).map { MatrixCellView(count: $0) })
            },
            svg: HeatmapChart().svg(
                title: choice.label, rowLabels: rowLabels, columnLabels: columnLabels, values: matrix.counts,
                idPrefix: "heatmap-\(columns.rawValue)"),
            figureCaption: "\(choice.label) as a heatmap: darker cells hold more codings.",
            tableID: "matrix-\(columns.rawValue)")
        return try await chrome.page(
            model, title: choice.label, section: "matrices", session: session
        ).response(from: context)
    }

    // MARK: Agreement

    private func agreementPage(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        let query = FormData.query(of: request)
        let chosenSources = Set(query.all("source"))
        let chosenCodes = Set(query.all("code"))
        let chosenCoders = Set(query.all("coder"))
        let entries = CodeTree(try await coding.codes()).entries
        let coders = try await coding.coders()
        let codings = try await coding.codings(codes: nil)
        let catalog = try await CodingSourceCatalog.load(from: sources)

        var countsBySource: [CodingSource: Int] = [:]
        for coding in codings { countsBySource[coding.source, default: 0] += 1 }
        let sources = countsBySource.keys.sorted {
            (catalog.title(of: $0).lowercased(), $0.key) < (catalog.title(of: $1).lowercased(), $1.key)
        }
        let sourceChoices = sources.enumerated().map { index, source in
            AgreementChoice(
                value: source.key, label: catalog.title(of: source),
                detail: Self.counted(countsBySource[source] ?? 0, "coding", "codings"), depthClass: "",
                isChecked: chosenSources.contains(source.key), inputID: "source-\(index)")
        }
        let codeChoices = entries.enumerated().map { index, entry in
            AgreementChoice(
                value: entry.code.id.description, label: entry.code.name, detail: nil,
                depthClass: "depth-\(min(entry.depth, 6))", isChecked: chosenCodes.contains(entry.code.id.description),
                inputID: "code-\(index)")
        }
        // A coder who has coded nothing has nothing to compare, so is not offered.
        let activeCoderIDs = Set(codings.map(\.coderID))
        let activeCoders = coders.filter { activeCoderIDs.contains($0.id) }
        let coderChoices = activeCoders.enumerated().map { index, coder in
            AgreementChoice(
                value: coder.id.description, label: coder.name, detail: nil, depthClass: "",
                isChecked: chosenCoders.contains(coder.id.description), inputID: "coder-\(index)")
        }
        let usedSources = chosenSources.isEmpty ? sources : sources.filter { chosenSources.contains($0.key) }
        let usedCodes = chosenCodes.isEmpty ? entries : entries.filter { chosenCodes.contains($0.code.id.description) }
        let usedCoders =
            chosenCoders.isEmpty ? activeCoders : activeCoders.filter { chosenCoders.contains($0.id.description) }
        let scope = AgreementScope(includesAllSources: query.get("all_sources") == "1")
        let belowText = query.get("below") ?? ""
        var threshold: KappaThreshold?
        var belowProblem: String?
        do {
            threshold = try KappaThreshold.parse(belowText)
        } catch {
            belowProblem = error.messages(for: "below").joined(separator: " ")
        }
        var model = AgreementViewModel(
            sources: sourceChoices, codes: codeChoices, coders: coderChoices, hasSources: !sources.isEmpty,
            hasCodes: !entries.isEmpty, message: nil, notes: [], results: [], hasResults: false, disagreements: [],
            hasDisagreements: false, disagreementNote: nil,
            coderNames: usedCoders.map(\.name).joined(separator: ", "), includesAllSources: scope.includesAllSources,
            belowText: belowText, belowProblem: belowProblem, isFiltered: threshold != nil)
        func page() async throws -> HTMLPage {
            try await chrome.page(
                model, title: "Agreement between coders", section: "agreement",
                session: session)
        }
        guard usedCoders.count >= 2 else {
            model.message =
                "Agreement compares how coders applied the same codes, so it needs at least two coders; "
                + (usedCoders.isEmpty ? "none is" : "only \(usedCoders[0].name) is") + " chosen."
            return try await page()
        }
        guard !usedSources.isEmpty, !usedCodes.isEmpty else {
            model.message = "There is nothing to compare yet: code some evidence first."
            return try await page()
        }

        var agreementSources: [AgreementSource] = []
        var texts: [String: CodableText] = [:]
        var sourcesByKey: [String: CodingSource] = [:]
        for source in usedSources {
            sourcesByKey[source.key] = source
            if source.isTimed {
                // Without a known recording length, the transcript's last cue tells how long it is at least.
                let transcript = try await coding.codableText(of: source)
                if let transcript { texts[source.key] = transcript }
                let fromCues = transcript?.cueRanges.map(\.cue.endMs).max()
                guard let duration = catalog.entries[source]?.durationMs ?? fromCues, duration > 0 else {
                    model.notes.append(
                        "“\(catalog.title(of: source))” is left out: neither its recording's length nor its "
                            + "transcript's is known, so its milliseconds cannot be counted.")
                    continue
                }
                if catalog.entries[source]?.durationMs == nil {
                    model.notes.append(
                        "“\(catalog.title(of: source))”: its recording's length is not known, so its transcript's "
                            + "(to the end of the last line) is used.")
                }
                agreementSources.append(AgreementSource(key: source.key, unitCount: duration, unit: .milliseconds))
            } else {
                guard let text = try await coding.codableText(of: source) else {
                    model.notes.append("“\(catalog.title(of: source))” is left out: it has been deleted.")
                    continue
                }
                texts[source.key] = text
                agreementSources.append(AgreementSource(key: source.key, unitCount: text.length, unit: .characters))
            }
        }
        let included = Set(agreementSources.map(\.key))
        let codeKeys = usedCodes.map { $0.code.id.description }
        let coderKeys = usedCoders.map { $0.id.description }
        let codeSet = Set(codeKeys)
        let coderSet = Set(coderKeys)
        var untimed = 0
        let spans = codings.compactMap { coding -> AgreementSpan? in
            let key = coding.source.key
            guard included.contains(key), codeSet.contains(coding.codeID.description),
                coderSet.contains(coding.coderID.description)
            else { return nil }
            var start = coding.start
            var end = coding.end
            if coding.source.isTimed {
                guard let startMs = coding.startMs, let endMs = coding.endMs else {
                    untimed += 1
                    return nil
                }
                (start, end) = (startMs, endMs)
            }
            return AgreementSpan(
                sourceKey: key, codeKey: coding.codeID.description, coderKey: coding.coderID.description, start: start,
                end: end)
        }
        if untimed > 0 {
            model.notes.append(
                "\(Self.counted(untimed, "transcript coding is", "transcript codings are")) left out: "
                    + "\(untimed == 1 ? "it covers" : "they cover") no timed line.")
        }
        guard !agreementSources.isEmpty else {
            model.message = "None of the chosen sources can be compared."
            return try await page()
        }
        // Which sources each coder has coded, with any code: the scope's rule counts a source for a pair only when
        // both have.
        var codedSources: [String: Set<String>] = [:]
        for coding in codings { codedSources[coding.coderID.description, default: []].insert(coding.source.key) }
        let scoped: ScopedAgreementReport
        do {
            scoped = try scope.compute(
                sources: agreementSources, codes: codeKeys, coders: coderKeys, spans: spans,
                codedSources: codedSources)
        } catch {
            model.message = error.message
            return try await page()
        }
        let coderNames = Dictionary(
            usedCoders.map { ($0.id.description, $0.name) }, uniquingKeysWith: { first, _ in first })
        let codePaths = Dictionary(
            usedCodes.map { ($0.code.id.description, $0.path.joined(separator: " › ")) },
            uniquingKeysWith: { first, _ in first })
        let report = scoped.report
        let rowSource = AgreementRowSource(
            report: scoped, threshold: threshold,
            titles: Dictionary(
                sourcesByKey.map { ($0.key, catalog.title(of: $0.value)) }, uniquingKeysWith: { first, _ in first }),
            urls: sourcesByKey.mapValues { CodingSourceCatalog.codingPageURL(of: $0) + "?view=all" })
        model.results = AgreementUnit.allCases.compactMap { unit in
            report.byUnit[unit].map {
                Self.unitView(
                    $0, coderNames: coderNames, codePaths: codePaths, coderCount: usedCoders.count, rows: rowSource)
            }
        }
        model.hasResults = !model.results.isEmpty
        if !model.hasResults {
            model.message =
                "No chosen source has been coded by at least two of the chosen coders, so there is nothing to "
                + "compare. Tick “Include sources only one coder has coded” to compare over them all the same."
        }
        model.disagreements = report.disagreements.prefix(Self.disagreementLimit).map { segment in
            let source = sourcesByKey[segment.sourceKey]
            let timed = source?.isTimed ?? false
            var url = source.map(CodingSourceCatalog.codingPageURL(of:)) ?? "#"
            if timed {
                // The segment is in milliseconds; the coding page marks characters: the lines it covers.
                let cues = texts[segment.sourceKey]?.cueRanges.filter {
                    $0.cue.endMs > segment.start && $0.cue.startMs < segment.end
                }
                if let first = cues?.first, let last = cues?.last {
                    url += "?from=\(first.start)&to=\(last.end)#passage"
                }
            } else {
                url += "?from=\(segment.start)&to=\(segment.end)#passage"
            }
            return DisagreementView(
                source: source.map(catalog.title(of:)) ?? segment.sourceKey,
                code: codePaths[segment.codeKey] ?? segment.codeKey,
                passage: timed
                    ? nil
                    : texts[segment.sourceKey].flatMap { Self.shortened($0, segment.start, segment.end) },
                timeText: timed
                    ? "\(TimeSpanText.clock(segment.start))–\(TimeSpanText.clock(segment.end))" : nil,
                coding: segment.coderKeysCoding.map { coderNames[$0] ?? $0 }.joined(separator: ", "),
                notCoding: segment.coderKeysNotCoding.map { coderNames[$0] ?? $0 }.joined(separator: ", "),
                url: url)
        }
        model.hasDisagreements = !model.disagreements.isEmpty
        if report.disagreements.count > Self.disagreementLimit {
            model.disagreementNote =
                "The first \(Self.disagreementLimit) of \(report.disagreements.count) disagreements are listed; "
                + "choose fewer sources or codes to see the rest."
        }
        return try await page()
    }

    /// The results for one unit kind as the page shows them.
    static func unitView(
        _ agreement: UnitAgreement, coderNames: [String: String], codePaths: [String: String], coderCount: Int,
        rows: AgreementRowSource? = nil
    ) -> AgreementUnitView {
        let unitName = agreement.unit == .characters ? "characters" : "milliseconds"
        let footnoteID = "kappa-undefined-\(agreement.unit.rawValue)"
        func pairName(_ pair: PairAgreement) -> String {
            "\(coderNames[pair.firstCoderKey] ?? pair.firstCoderKey) and "
                + "\(coderNames[pair.secondCoderKey] ?? pair.secondCoderKey)"
        }
        let unitSources = Set(agreement.sourceKeys)
        func pairView(_ pair: PairAgreement, index: Int) -> AgreementPairView {
            AgreementPairView(
                pair: pairName(pair),
                percent: pair.percentAgreement.map(percentText) ?? "—", kappa: pair.kappa.map(decimalText) ?? "—",
                kappaUndefined: pair.kappa == nil, both: pair.both, onlyFirst: pair.onlyFirst,
                onlySecond: pair.onlySecond, neither: pair.neither, total: pair.total, footnoteID: footnoteID,
                sourceCount: rows.flatMap { index < $0.report.pairSourceKeys.count ? $0 : nil }.map {
                    $0.report.pairSourceKeys[index].count(where: unitSources.contains)
                } ?? agreement.sourceKeys.count)
        }
        let pairs = agreement.overall.pairs.enumerated().map { pairView($1, index: $0) }
        let codes = agreement.codes.map { code in
            AgreementCodeView(
                code: codePaths[code.codeKey] ?? code.codeKey,
                pairs: code.pairs.enumerated().map { pairView($1, index: $0) },
                alphaText: code.alpha.map(decimalText) ?? "—")
        }
        var tables: [AgreementSourceCodeTable] = []
        if let rows {
            for (index, pair) in agreement.overall.pairs.enumerated() {
                let name = pairName(pair)
                let kept = rows.report.sourceCodes(pair: index, below: rows.threshold).filter {
                    $0.unit == agreement.unit
                }
                tables.append(
                    AgreementSourceCodeTable(
                        id: "comparison-\(agreement.unit.rawValue)-\(index)", pair: name,
                        caption: "\(name): agreement on each code in each source"
                            + (rows.threshold.map { " where kappa is below \(decimalText($0.value))" } ?? ""),
                        rows: kept.map { cell in
                            let figures = cell.pairs[index]
                            return AgreementSourceCodeRow(
                                source: rows.titles[cell.sourceKey] ?? cell.sourceKey,
                                url: rows.urls[cell.sourceKey] ?? "#",
                                code: codePaths[cell.codeKey] ?? cell.codeKey,
                                percent: figures.percentAgreement.map(percentText) ?? "—",
                                kappa: figures.kappa.map(decimalText) ?? "—", kappaUndefined: figures.kappa == nil,
                                onlyFirst: figures.onlyFirst, onlySecond: figures.onlySecond, footnoteID: footnoteID)
                        },
                        emptyText: rows.threshold == nil
                            ? "Neither of them applied the chosen codes in a source counted for them."
                            : "No code in a source counted for them has a kappa below "
                                + "\(decimalText(rows.threshold?.value ?? 0))."))
            }
        }
        let alpha = agreement.overall.alpha.map(decimalText) ?? "undefined (no units, or no variation to compare)"
        return AgreementUnitView(
            id: "agreement-\(agreement.unit.rawValue)",
            heading: agreement.unit == .characters
                ? "Stories and case studies (counted in characters)" : "Transcripts (counted in milliseconds)",
            unitName: unitName,
            sourcesText: "\(counted(agreement.sourceKeys.count, "source", "sources"))"
                + (rows?.report.scope.includesAllSources == false
                    ? " coded by at least two of the chosen coders" : "")
                + ", every \(agreement.unit == .characters ? "character" : "millisecond") of every code counted"
                + (rows?.report.scope.includesAllSources == false
                    ? "; each pair's figures count only the sources both of them coded." : "."),
            pairs: pairs,
            alphaText: "Krippendorff's alpha (nominal) for all \(coderCount) coders: \(alpha)."
                + (rows?.report.scope.includesAllSources == false
                    ? " It counts the sources at least two of them coded." : ""),
            codes: codes, pairNames: pairs.map(\.pair),
            hasUndefinedKappa: pairs.contains(where: \.kappaUndefined)
                || codes.contains { $0.pairs.contains(where: \.kappaUndefined) }
                || tables.contains { $0.rows.contains(where: \.kappaUndefined) },
            footnoteID: footnoteID, sourceCodeTables: tables)
    }

    // MARK: Helpers

    /// A share as a percentage with one decimal: "90.0 %".
    static func percentText(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }

    /// A statistic to three decimals: "0.444".
    static func decimalText(_ value: Double) -> String { String(format: "%.3f", value) }

    /// The text of a disagreement, cut to `passageLimit` characters so a long stretch does not swamp the list.
    static func shortened(_ text: CodableText, _ start: Int, _ end: Int) -> String? {
        guard end - start > passageLimit else { return text.excerpt(start: start, end: end) }
        return text.excerpt(start: start, end: start + passageLimit).map { $0 + "…" }
    }

    /// "1 passage", "3 passages".
    static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// Each code's path from the top, "Parent › Child".
    static func codePaths(_ codes: [Code]) -> [Code.ID: String] {
        Dictionary(
            CodeTree(codes).entries.map { ($0.code.id, $0.path.joined(separator: " › ")) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Every code below `id`, however deep; a cycle in stored data cannot loop it.
    static func descendants(of id: Code.ID, in codes: [Code]) -> Set<Code.ID> {
        CodeTree(codes).descendants(of: id)
    }
}
