import Foundation
import ThreadlineCore

/// One check of a parsed bundle document: it gathers every problem, with its path, and builds the bundle
/// only when there are none.
///
/// Records are checked in document order, so problems are listed in the order a person reads the file.
/// Ids are gathered before any record is checked, so a reference to a record further down is not a problem.
struct BundleInspection {
    /// The instant given to undated records.
    let now: Date
    /// `now` as the file writes it, put in place of a missing timestamp so that the record decodes.
    let nowText: String
    /// The most problems listed.
    let maximumProblems: Int
    /// The problems listed so far.
    private(set) var problems: [FieldProblem] = []
    /// Every problem found, listed or not.
    private(set) var problemCount = 0
    /// The valid ids of each kind anywhere in the document, for checking references.
    var knownIDs: [EntityKind: Set<UUID>] = [:]
    /// The path of the first record with each id, per kind.
    var firstWithID: [EntityKind: [UUID: String]] = [:]
    /// The path of the first record with each URL name, per kind.
    var firstWithSlug: [EntityKind: [String: String]] = [:]

    init(now: Date, maximumProblems: Int) {
        self.now = now
        self.nowText = ProgrammeBundleFormat.timestamp(now)
        self.maximumProblems = max(1, maximumProblems)
    }

    /// Records a problem at `path`.
    mutating func report(_ path: String, _ message: String) {
        report(FieldProblem(field: path, message: message))
    }

    /// Records a problem; past the limit it is only counted, so a hostile file cannot exhaust memory with them.
    mutating func report(_ problem: FieldProblem) {
        problemCount += 1
        if problems.count < maximumProblems { problems.append(problem) }
    }

    /// Checks the whole document and returns the bundle, or throws every problem found.
    mutating func bundle(from root: JSONValue) throws(ValidationError) -> ProgrammeBundle {
        guard let top = root.objectValue else {
            throw ValidationError([
                FieldProblem(
                    field: "", message: "A programme bundle is a JSON object, but this file holds \(root.kindName).")
            ])
        }
        checkHeader(top)
        // A file of another format or version would be judged by rules it was not written for; stop here.
        try ValidationError.check(problems)

        for key in top.keys.sorted() where !ProgrammeBundleFormat.topLevelKeys.contains(key) {
            let name = Self.shortened(key)
            if key == ProgrammeBundleFormat.milestonesKey {
                report(name, "Unknown at the top of a bundle: list each milestone under its place's \"milestones\".")
            } else {
                let known = ProgrammeBundleFormat.topLevelKeys.sorted()
                let guess = Self.guess(for: key, among: known)
                report(name, "Unknown key \"\(name)\" (\(guess)); a bundle may have: \(known.joined(separator: ", ")).")
            }
        }
        let programme = self.programme(from: top[ProgrammeBundleFormat.programmeKey])

        var values: [EntityKind: [JSONValue]] = [:]
        for kind in ProgrammeBundleFormat.topLevelKinds {
            values[kind] = collection(top[kind.collectionKey], at: kind.collectionKey, of: kind)
        }
        let placeValues = values[.place] ?? []
        var journeys = placeValues.enumerated().map { index, place in
            collection(
                place.objectValue?[ProgrammeBundleFormat.milestonesKey],
                at: "places[\(index)].\(ProgrammeBundleFormat.milestonesKey)",
                of: .milestone
            )
        }
        let milestoneCount = journeys.reduce(0) { $0 + $1.count }
        if milestoneCount > ProgrammeBundleReader.maximumRecordsPerCollection {
            report(
                EntityKind.place.collectionKey,
                "The places hold \(milestoneCount.groupedText) milestones between them; a bundle may hold at most "
                    + "\(ProgrammeBundleReader.maximumRecordsPerCollection.groupedText)."
            )
            journeys = journeys.map { _ in [] }
        }

        for (kind, records) in values {
            knownIDs[kind] = Set(
                records.compactMap { $0.objectValue?["id"]?.stringValue.flatMap(UUID.init(uuidString:)) })
        }

        let enablers = inspectAll(Enabler.self, values[.enabler] ?? [])
        let learningAreas = inspectAll(LearningArea.self, values[.learningArea] ?? [])
        var places: [Place] = []
        var milestones: [Milestone] = []
        for (index, value) in placeValues.enumerated() {
            let path = "\(EntityKind.place.collectionKey)[\(index)]"
            if let place = inspect(Place.self, value, at: path, extraKeys: [ProgrammeBundleFormat.milestonesKey]) {
                places.append(place)
            }
            // The place's id as written; if it is not a valid id, the place itself reports that.
            let placeID = value.objectValue?["id"]?.stringValue ?? ""
            for (position, milestone) in journeys[index].enumerated() {
                let milestonePath = "\(path).\(ProgrammeBundleFormat.milestonesKey)[\(position)]"
                if let milestone = inspect(Milestone.self, milestone, at: milestonePath, impliedPlace: placeID) {
                    milestones.append(milestone)
                }
            }
        }
        let organisations = inspectAll(Organisation.self, values[.organisation] ?? [])
        let stories = inspectAll(Story.self, values[.story] ?? [])
        let caseStudies = inspectAll(CaseStudy.self, values[.caseStudy] ?? [])
        let newsPosts = inspectAll(NewsPost.self, values[.newsPost] ?? [])
        var testimonies: [Testimony] = []
        var transcripts: [Testimony.ID: [TranscriptCue]] = [:]
        for (index, value) in (values[.testimony] ?? []).enumerated() {
            let path = "\(EntityKind.testimony.collectionKey)[\(index)]"
            let cues = transcript(value.objectValue?[ProgrammeBundleFormat.transcriptKey], at: path)
            if let testimony = inspect(
                Testimony.self, value, at: path, extraKeys: [ProgrammeBundleFormat.transcriptKey])
            {
                testimonies.append(testimony)
                if let cues, !cues.isEmpty { transcripts[testimony.id] = cues }
            }
        }
        let clips = inspectAll(Clip.self, values[.clip] ?? [])
        let durations = Dictionary(testimonies.map { ($0.id, $0.durationMs) }, uniquingKeysWith: { first, _ in first })
        for (index, clip) in clips.enumerated() {
            guard let testimony = clip.testimonyID, let duration = durations[testimony] else { continue }
            for problem in clip.rangeProblems(durationMs: duration) {
                report(problem.prefixed(by: "\(EntityKind.clip.collectionKey)[\(index)]"))
            }
        }
        var reports: [Report] = []
        var reportVersions: [Report.ID: [ReportVersion]] = [:]
        for (index, value) in (values[.report] ?? []).enumerated() {
            let path = "\(EntityKind.report.collectionKey)[\(index)]"
            let versions = self.reportVersions(
                value.objectValue?[ProgrammeBundleFormat.publishedVersionsKey],
                of: value.objectValue?["id"]?.stringValue ?? "", at: path)
            if let report = inspect(
                Report.self, value, at: path, extraKeys: [ProgrammeBundleFormat.publishedVersionsKey])
            {
                reports.append(report)
                if !versions.isEmpty { reportVersions[report.id] = versions }
            }
        }
        let reportSections = inspectAll(ReportSection.self, values[.reportSection] ?? [])
        // A section's position is its address on the report page, so two sections of a report cannot share one.
        var positions: Set<String> = []
        for (index, section) in reportSections.enumerated() {
            guard let owner = section.reportID else { continue }
            if !positions.insert("\(owner) \(section.position)").inserted {
                report(
                    FieldProblem(
                        field: "\(EntityKind.reportSection.collectionKey)[\(index)].position",
                        message: "Another section of the same report is already at position \(section.position)."))
            }
        }
        let indicators = inspectAll(Indicator.self, values[.indicator] ?? [])
        let indicatorFigures = inspectAll(IndicatorFigure.self, values[.indicatorFigure] ?? [])
        let countsExamples = inspectAll(CountsExample.self, values[.countsExample] ?? [])
        let reflectiveLogs = inspectAll(ReflectiveLog.self, values[.reflectiveLog] ?? [])
        let programmeTheories = inspectAll(ProgrammeTheory.self, values[.programmeTheory] ?? [])
        let theoryEvidence = inspectAll(TheoryEvidence.self, values[.theoryEvidence] ?? [])
        let documents = inspectAll(Document.self, values[.document] ?? [])

        if problemCount > problems.count {
            problems.append(
                FieldProblem(
                    field: "",
                    message: "\((problemCount - problems.count).groupedText) more problems were found but are not "
                        + "listed; fix these and read the file again."
                )
            )
        }
        try ValidationError.check(problems)
        guard let programme else {
            throw ValidationError([FieldProblem(field: ProgrammeBundleFormat.programmeKey, message: "Missing.")])
        }
        return ProgrammeBundle(
            programme: programme,
            enablers: enablers,
            learningAreas: learningAreas,
            places: places,
            milestones: milestones,
            organisations: organisations,
            stories: stories,
            caseStudies: caseStudies,
            newsPosts: newsPosts,
            testimonies: testimonies,
            transcripts: transcripts,
            clips: clips,
            reports: reports,
            reportSections: reportSections,
            indicators: indicators,
            indicatorFigures: indicatorFigures,
            countsExamples: countsExamples,
            reflectiveLogs: reflectiveLogs,
            programmeTheories: programmeTheories,
            theoryEvidence: theoryEvidence,
            documents: documents,
            reportVersions: reportVersions
        )
    }

    /// Checks `format` and `version`.
    mutating func checkHeader(_ top: [String: JSONValue]) {
        let formatKey = ProgrammeBundleFormat.formatKey
        let expected = "\"\(ProgrammeBundle.formatName)\""
        switch top[formatKey] {
        case nil, .null?:
            report(formatKey, "Missing: a programme bundle says \"\(formatKey)\": \(expected).")
        case .string(ProgrammeBundle.formatName)?:
            break
        case let other?:
            report(formatKey, "\(Self.quoted(other)) is not a Threadline programme bundle (expected \(expected)).")
        }

        let versionKey = ProgrammeBundleFormat.versionKey
        let current = ProgrammeBundle.currentVersion
        let understood = current == 1 ? "version 1" : "versions 1 to \(current)"
        let value = top[versionKey]
        let version = value.flatMap { value -> Int? in
            guard case .number(let number) = value else { return nil }
            return Int(exactly: number)
        }
        switch version {
        case (1...current)?:
            break
        case let newer? where newer > current:
            report(
                versionKey,
                "The file is written in version \(newer) of the format, but this Threadline understands only "
                    + "\(understood); upgrade Threadline to read it."
            )
        case _ where value == nil || value == .null:
            report(versionKey, "Missing: say which version of the format the file is written in (\(current)).")
        default:
            report(
                versionKey,
                "\(Self.quoted(value ?? .null)) is not a version of the format; this Threadline understands "
                    + "\(understood)."
            )
        }
    }

    /// Checks the programme's name and description; `nil` when it has problems.
    mutating func programme(from value: JSONValue?) -> Programme? {
        let path = ProgrammeBundleFormat.programmeKey
        guard let value, value != .null else {
            report(path, "Missing: a bundle gives the programme's name and language.")
            return nil
        }
        guard let object = value.objectValue else {
            report(path, "Expected an object, found \(value.kindName).")
            return nil
        }
        let before = problemCount
        let keys = Programme.schema.map(\.key)
        for key in object.keys.sorted() where !keys.contains(key) {
            let name = Self.shortened(key)
            let known = keys.sorted().joined(separator: ", ")
            let guess = Self.guess(for: key, among: keys)
            report("\(path).\(name)", "Unknown key \"\(name)\" (\(guess)); a programme has: \(known).")
        }
        var texts: [String: String] = [:]
        var mistyped: Set<String> = []
        for key in keys {
            switch object[key] {
            case nil, .null?:
                break
            case .string(let text)?:
                texts[key] = text
            case let other?:
                report("\(path).\(key)", "Expected text, found \(other.kindName).")
                mistyped.insert(key)
            }
        }
        let programme = Programme(
            name: texts["name"] ?? "",
            tagline: texts["tagline"] ?? "",
            about: texts["about"] ?? "",
            language: texts["language"] ?? ""
        )
        // A field of the wrong type was reported above; its stand-in empty text would only add "is required".
        for problem in programme.validationProblems() where !mistyped.contains(problem.field) {
            report(problem.prefixed(by: path))
        }
        return problemCount == before ? programme : nil
    }

    /// The elements of one collection; missing or `null` is an empty collection.
    mutating func collection(_ value: JSONValue?, at path: String, of kind: EntityKind) -> [JSONValue] {
        switch value {
        case nil, .null?:
            return []
        case .array(let elements)?:
            let limit = ProgrammeBundleReader.maximumRecordsPerCollection
            guard elements.count <= limit else {
                report(
                    path,
                    "Holds \(elements.count.groupedText) \(kind.pluralName); a bundle may hold at most "
                        + "\(limit.groupedText) of each kind."
                )
                return []
            }
            return elements
        case let other?:
            report(path, "Expected a list of \(kind.pluralName), found \(other.kindName).")
            return []
        }
    }

    /// A value for a message: a string in quotes (shortened), a number or boolean as written, otherwise its kind.
    static func quoted(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(shortened(text))\""
        case .number(let number): Int(exactly: number).map(String.init) ?? "\(number)"
        case .bool(let flag): "\(flag)"
        default: value.kindName
        }
    }

    /// `text`, cut to a length that fits a message; hostile keys and values can be megabytes long.
    static func shortened(_ text: String, to limit: Int = 60) -> String {
        text.count <= limit ? text : text.prefix(limit) + "…"
    }

    /// Why an unknown key is probably there: the nearest allowed key if it is a likely misspelling.
    static func guess(for key: String, among allowed: some Sequence<String>) -> String {
        if key.count <= 40 {
            let scored = allowed.map { ($0, editDistance(key, $0)) }
            if let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(1, min(2, key.count / 3)) {
                return "did you mean \"\(best.0)\"?"
            }
        }
        return "is it misspelt?"
    }

    /// The edit distance between two short texts, in characters, counting a swap of neighbours as one edit
    /// (the commonest typing slip: `titel`).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        guard !left.isEmpty else { return right.count }
        guard !right.isEmpty else { return left.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...right.count)
        for row in 1...left.count {
            var current = [row]
            for column in 1...right.count {
                let cost = left[row - 1] == right[column - 1] ? 0 : 1
                var distance = min(previous[column - 1] + cost, previous[column] + 1, current[column - 1] + 1)
                if row > 1, column > 1, left[row - 1] == right[column - 2], left[row - 2] == right[column - 1] {
                    distance = min(distance, beforePrevious[column - 2] + 1)
                }
                current.append(distance)
            }
            beforePrevious = previous
            previous = current
        }
        return previous[right.count]
    }
}
