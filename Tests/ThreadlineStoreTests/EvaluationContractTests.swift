import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineWeb

@testable import ThreadlineServices

@Suite("Counts and Measures, reflective logs and programme theories in the store")
struct EvaluationContractTests {
    private static func demo(_ store: ThreadlineStore) async throws {
        let bundle = try ProgrammeBundleReader(now: Sample.now).read(try DemoProgramme.data())
        try await store.importBundle(bundle, replacing: false)
    }

    private static func theory(
        _ title: String, enabler: Enabler.ID, cycle: String, revises: ProgrammeTheory.ID? = nil
    ) -> ProgrammeTheory {
        ProgrammeTheory(
            id: ProgrammeTheory.ID(UUID()), title: title, slug: Slug.make(from: "\(title) \(cycle)"),
            enablerID: enabler, cycle: cycle, context: "c", mechanism: "m", outcome: "o", revisesID: revises,
            createdAt: Sample.now)
    }

    @Test(
        "a theory version revises one of the same enabler, never itself, and its history cannot loop",
        arguments: StoreEngine.all)
    func revisions(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.demo(store)
            let enablers = try await store.enablers.all().sorted { $0.number < $1.number }
            let first = Self.theory("Trust", enabler: enablers[0].id, cycle: "2023")
            try await store.programmeTheories.create(first)
            let second = Self.theory("Trust", enabler: enablers[0].id, cycle: "2024", revises: first.id)
            try await store.programmeTheories.create(second)

            // Pointing the first back at the second would make a loop.
            var looped = first
            looped.revisesID = second.id
            let loop = await #expect(throws: StoreError.self) { try await store.programmeTheories.update(looped) }
            #expect("\(loop.map { "\($0)" } ?? "")".contains("cannot loop"))
            #expect(try await store.programmeTheories.get(first.id)?.revisesID == nil)

            let other = Self.theory("Elsewhere", enabler: enablers[1].id, cycle: "2024", revises: first.id)
            let mismatch = await #expect(throws: StoreError.self) { try await store.programmeTheories.create(other) }
            #expect("\(mismatch.map { "\($0)" } ?? "")".contains("another enabler"))
            #expect(try await store.programmeTheories.get(other.id) == nil)

            var selfish = Self.theory("Self", enabler: enablers[0].id, cycle: "2025")
            selfish.revisesID = selfish.id
            #expect(selfish.validationProblems().map(\.field) == ["revises_id"])
        }
    }

    @Test("a Counts and Measures batch is written whole, or not at all", arguments: StoreEngine.all)
    func batchIsAtomic(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.demo(store)
            let place = try #require(try await store.places.get(slug: "wigan"))
            let enabler = try #require(try await store.enablers.all().first)
            let indicator = Indicator(
                id: Indicator.ID(UUID()), name: "Clubs taking part", unit: "clubs", enablerID: enabler.id,
                createdAt: Sample.now)
            let figure = IndicatorFigure(
                id: IndicatorFigure.ID(UUID()), placeID: place.id, indicatorID: indicator.id, period: "2024 H1",
                value: 12.5, createdAt: Sample.now)
            // The second figure points at a place that does not exist: the store refuses the whole batch.
            let stray = IndicatorFigure(
                id: IndicatorFigure.ID(UUID()), placeID: Place.ID(UUID()), indicatorID: indicator.id,
                period: "2024 H2", value: 14, createdAt: Sample.now)
            let before = try await store.contentCount()
            await #expect(throws: StoreError.self) {
                try await store.save(CountsMeasuresBatch(newIndicators: [indicator], newFigures: [figure, stray]))
            }
            #expect(try await store.contentCount() == before)
            #expect(try await store.indicators.get(indicator.id) == nil)

            // A value the schema refuses is caught before anything is written.
            var bad = figure
            bad.period = "2024 H3"
            await #expect(throws: ValidationError.self) {
                try await store.save(CountsMeasuresBatch(newIndicators: [indicator], newFigures: [bad]))
            }
            #expect(try await store.contentCount() == before)

            try await store.save(CountsMeasuresBatch(newIndicators: [indicator], newFigures: [figure]))
            #expect(try await store.indicatorFigures.get(figure.id)?.value == 12.5)
            #expect(try await store.contentCount() == before + 2)
        }
    }

    @Test(
        "deleting a place removes its figures and examples; deleting evidence removes the theory's link to it",
        arguments: StoreEngine.all)
    func cascades(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.demo(store)
            let salford = try #require(try await store.places.get(slug: "salford"))
            let figures = try await store.indicatorFigures.all(ContentQuery(placeID: salford.id))
            #expect(!figures.isEmpty)
            let log = try #require(try await store.reflectiveLogs.get(slug: "salford-one-summer-plan"))
            let links = try await store.theoryEvidence.all().filter { $0.reflectiveLogID == log.id }
            #expect(links.count == 1)
            try await store.reflectiveLogs.delete(log.id)
            #expect(try await store.theoryEvidence.all().filter { $0.reflectiveLogID == log.id }.isEmpty)
            try await store.places.delete(salford.id)
            #expect(try await store.indicatorFigures.all(ContentQuery(placeID: salford.id)).isEmpty)
            #expect(try await store.countsExamples.all(ContentQuery(placeID: salford.id)).isEmpty)
        }
    }

    @Test(
        "replacing the content is refused while maturity surveys exist, since bundles do not carry them",
        arguments: StoreEngine.all)
    func replacingKeepsSurveys(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            try await Self.demo(store)
            let place = try #require(try await store.places.get(slug: "wigan"))
            let survey = MaturitySurvey(
                id: MaturitySurvey.ID(UUID()), placeID: place.id, year: 2024, createdAt: Sample.now)
            try await store.maturity.createSurvey(survey)
            let bundle = try await store.exportBundle()
            let refusal = await #expect(throws: StoreError.self) {
                try await store.importBundle(bundle, replacing: true)
            }
            #expect("\(refusal.map { "\($0)" } ?? "")".contains("1 maturity survey"))
            #expect(try await store.maturity.survey(survey.id) != nil)
        }
    }
}
