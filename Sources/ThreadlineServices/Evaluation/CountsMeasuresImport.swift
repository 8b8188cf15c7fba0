import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// Turns the rows of a Counts and Measures CSV into what the store should write, naming every row it cannot use by
/// its line: a place or enabler nobody recognises, an indicator filed under another enabler or counted in another
/// unit, a period outside the programme's range, the same figure twice.
///
/// A row's figure replaces the stored figure for the same place, indicator and period (a corrected return); an
/// example identical to a stored one is skipped, so importing the same file twice changes nothing.
public struct CountsMeasuresImport {
    /// What the import would do, or did.
    public struct Summary: Equatable {
        public var indicatorsCreated = 0
        public var figuresAdded = 0
        public var figuresChanged = 0
        public var examplesAdded = 0
        public var unchanged = 0

        public var sentence: String {
            func count(_ number: Int, _ one: String, _ many: String) -> String {
                "\(number.groupedText) \(number == 1 ? one : many)"
            }
            return "Imported: \(count(figuresAdded, "new figure", "new figures")), "
                + "\(count(figuresChanged, "changed figure", "changed figures")), "
                + "\(count(examplesAdded, "new example", "new examples")), "
                + "\(count(indicatorsCreated, "new indicator", "new indicators")); "
                + "\(count(unchanged, "row was", "rows were")) already there."
        }
    }

    public let places: [Place]
    public let enablers: [Enabler]
    public let indicators: [Indicator]
    public let figures: [IndicatorFigure]
    public let examples: [CountsExample]
    public let ids: any IDGenerator
    public let now: Date
    public let author: User.ID?
    public let status: PublicationStatus
    /// Who imports: a stored figure is changed only if they may edit it (contributors only their own drafts), and a
    /// contributor's rows must all be for their own places.
    public let viewer: Viewer

    /// The batch for `records`, or every problem found (each a sentence starting with its line).
    public func batch(for records: [CountsMeasuresRecord]) -> Result<(CountsMeasuresBatch, Summary), ImportProblems> {
        var problems: [String] = []
        var batch = CountsMeasuresBatch()
        var summary = Summary()
        // Names are unique within an enabler only: "People reached" may count for two enablers.
        var indicatorsByName = Dictionary(
            indicators.map { (Self.indicatorKey($0.enablerID, $0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let indicatorsAnywhere = Dictionary(
            indicators.map { (Self.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let storedFigures = Dictionary(
            figures.map { (Self.figureKey($0.placeID, $0.indicatorID, $0.period), $0) },
            uniquingKeysWith: { first, _ in first })
        var storedExamples = Set(
            examples.map { Self.exampleKey($0.placeID, $0.enablerID, $0.period, $0.text) })
        var figureLines: [String: Int] = [:]
        let allowedPeriods = Set(SixMonthPeriod.formChoices.map(\.value))
        for record in records {
            let line = record.line
            let place = self.place(named: record.place)
            if place == nil {
                problems.append(
                    "Line \(line), place: no place is called \"\(record.place)\" (use its name or URL name).")
            }
            let enabler = self.enabler(named: record.enabler)
            if enabler == nil {
                problems.append(
                    "Line \(line), enabler: no system enabler is \"\(record.enabler)\" (use its number or name).")
            }
            let period = record.period.description
            if !allowedPeriods.contains(period) {
                problems.append("Line \(line), period: \(period) is outside the periods the programme records.")
            }
            guard let place, let enabler, allowedPeriods.contains(period) else { continue }
            if !AccessPolicy.canWork(inPlace: place.id, of: IndicatorFigure.self, as: viewer) {
                let refusal = AccessPolicy.placeRefusal(for: place.id, as: viewer) ?? .otherPlace
                problems.append(
                    refusal == .otherPlace
                        ? "Line \(line), place: \(place.name) is not one of your places; you can only import figures "
                            + "and examples for your own places."
                        : "Line \(line), place: \(refusal.message)")
                continue
            }
            switch record.kind {
            case .figure(let name, let unit, let value):
                var indicator = indicatorsByName[Self.indicatorKey(enabler.id, name)]
                if indicator == nil, let elsewhere = indicatorsAnywhere[Self.key(name)], unit?.isEmpty ?? true {
                    // Without a unit the row cannot be a new indicator; most likely the enabler was mistyped.
                    let owner = enablers.first { $0.id == elsewhere.enablerID }.map { "\($0.number). \($0.name)" }
                    problems.append(
                        "Line \(line), indicator: \"\(elsewhere.name)\" is an indicator of "
                            + "\(owner ?? "another enabler"), not \(enabler.number). \(enabler.name).")
                    continue
                }
                if let existing = indicator {
                    if let unit, Self.key(unit) != Self.key(existing.unit) {
                        problems.append(
                            "Line \(line), unit: \"\(existing.name)\" is counted in \(existing.unit), not \(unit).")
                        continue
                    }
                } else {
                    if name.count > 200 {
                        problems.append("Line \(line), indicator: an indicator's name may have at most 200 characters.")
                        continue
                    }
                    guard let unit, !unit.isEmpty else {
                        problems.append(
                            "Line \(line), unit: \"\(name)\" is a new indicator; give its unit (people, sessions…).")
                        continue
                    }
                    if unit.count > 60 {
                        problems.append("Line \(line), unit: a unit may have at most 60 characters.")
                        continue
                    }
                    let created = Indicator(
                        id: ids.next(Indicator.self), name: name, unit: unit, enablerID: enabler.id, status: status,
                        authorID: author, createdAt: now, publishedAt: status == .published ? now : nil)
                    batch.newIndicators.append(created)
                    indicatorsByName[Self.indicatorKey(enabler.id, name)] = created
                    summary.indicatorsCreated += 1
                    indicator = created
                }
                guard let indicator else { continue }
                guard abs(value) < 1e15 else {
                    problems.append("Line \(line), value: \(MeasureNumberText.exact(value)) is too large a figure.")
                    continue
                }
                let key = Self.figureKey(place.id, indicator.id, period)
                if let earlier = figureLines[key] {
                    problems.append(
                        "Line \(line), value: line \(earlier) already gives \(indicator.name) for \(place.name) "
                            + "in \(period).")
                    continue
                }
                figureLines[key] = line
                if var stored = storedFigures[key] {
                    guard stored.value != value else {
                        summary.unchanged += 1
                        continue
                    }
                    guard AccessPolicy.canEdit(stored, as: viewer) else {
                        problems.append(
                            "Line \(line), value: \(indicator.name) for \(place.name) in \(period) is already recorded "
                                + "as \(stored.value.map(MeasureNumberText.exact) ?? "blank"); only an editor (or its "
                                + "author, while it is a draft) may change it.")
                        continue
                    }
                    stored.value = value
                    stored.updatedAt = now
                    batch.changedFigures.append(stored)
                    summary.figuresChanged += 1
                } else {
                    batch.newFigures.append(
                        IndicatorFigure(
                            id: ids.next(IndicatorFigure.self), placeID: place.id, indicatorID: indicator.id,
                            period: period, value: value, status: status, authorID: author, createdAt: now,
                            publishedAt: status == .published ? now : nil))
                    summary.figuresAdded += 1
                }
            case .example(let text):
                let key = Self.exampleKey(place.id, enabler.id, period, text)
                guard storedExamples.insert(key).inserted else {
                    summary.unchanged += 1
                    continue
                }
                batch.newExamples.append(
                    CountsExample(
                        id: ids.next(CountsExample.self), placeID: place.id, enablerID: enabler.id, period: period,
                        title: Self.title(of: text), text: text, status: status, authorID: author, createdAt: now,
                        publishedAt: status == .published ? now : nil))
                summary.examplesAdded += 1
            }
        }
        guard problems.isEmpty else { return .failure(ImportProblems(messages: problems)) }
        return .success((batch, summary))
    }

    /// The problems that stopped an import, each a sentence.
    public struct ImportProblems: Error {
        public var messages: [String]
    }

    private func place(named text: String) -> Place? {
        let wanted = Self.key(text)
        return places.first { Self.key($0.name) == wanted } ?? places.first { $0.slug == wanted }
    }

    private func enabler(named text: String) -> Enabler? {
        let wanted = Self.key(text)
        if let number = Int(wanted) { return enablers.first { $0.number == number } }
        return enablers.first { Self.key($0.name) == wanted }
            ?? enablers.first { Self.key("\($0.number). \($0.name)") == wanted }
    }

    private static func indicatorKey(_ enabler: Enabler.ID?, _ name: String) -> String {
        "\(enabler?.description ?? "")|\(key(name))"
    }

    public static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    private static func figureKey(_ place: Place.ID?, _ indicator: Indicator.ID?, _ period: String) -> String {
        "\(place?.description ?? "")|\(indicator?.description ?? "")|\(period)"
    }

    private static func exampleKey(_ place: Place.ID?, _ enabler: Enabler.ID?, _ period: String, _ text: String)
        -> String
    {
        "\(place?.description ?? "")|\(enabler?.description ?? "")|\(period)|\(text)"
    }

    /// An example's title: its first line, cut at a word near 80 characters.
    public static func title(of text: String) -> String {
        let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        guard first.count > 80 else { return first }
        let cut = first.prefix(80)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord) + "…"
    }

    /// The CSV rows for the stored items: figures first, by place, indicator and period, then examples.
    public static func records(
        places: [Place], enablers: [Enabler], indicators: [Indicator], figures: [IndicatorFigure],
        examples: [CountsExample]
    ) -> [CountsMeasuresRecord] {
        let placeNames = Dictionary(places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let enablerNames = Dictionary(enablers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var records: [CountsMeasuresRecord] = []
        for figure in figures {
            guard let place = figure.placeID.flatMap({ placeNames[$0] }), let value = figure.value,
                let indicator = figure.indicatorID.flatMap({ byID[$0] }),
                let enabler = indicator.enablerID.flatMap({ enablerNames[$0] }),
                let period = SixMonthPeriod(figure.period)
            else { continue }
            records.append(
                CountsMeasuresRecord(
                    line: 0, place: place, period: period, enabler: enabler,
                    kind: .figure(indicator: indicator.name, unit: indicator.unit, value: value)))
        }
        for example in examples {
            guard let place = example.placeID.flatMap({ placeNames[$0] }),
                let enabler = example.enablerID.flatMap({ enablerNames[$0] }),
                let period = SixMonthPeriod(example.period)
            else { continue }
            records.append(
                CountsMeasuresRecord(
                    line: 0, place: place, period: period, enabler: enabler, kind: .example(text: example.text)))
        }
        return records.sorted { lhs, rhs in
            (lhs.place, lhs.period, lhs.enabler, sortName(lhs)) < (rhs.place, rhs.period, rhs.enabler, sortName(rhs))
        }
    }

    private static func sortName(_ record: CountsMeasuresRecord) -> String {
        switch record.kind {
        case .figure(let indicator, _, _): "0 " + indicator
        case .example(let text): "1 " + text
        }
    }

    /// Creates the value from each of its fields.
    public init(
        places: [Place],
        enablers: [Enabler],
        indicators: [Indicator],
        figures: [IndicatorFigure],
        examples: [CountsExample],
        ids: any IDGenerator,
        now: Date,
        author: User.ID?,
        status: PublicationStatus,
        viewer: Viewer
    ) {
        self.places = places
        self.enablers = enablers
        self.indicators = indicators
        self.figures = figures
        self.examples = examples
        self.ids = ids
        self.now = now
        self.author = author
        self.status = status
        self.viewer = viewer
    }
}
