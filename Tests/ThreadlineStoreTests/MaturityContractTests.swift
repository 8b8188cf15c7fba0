import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Maturity surveys")
struct MaturityContractTests {
    /// A place, two enablers and a survey of the place in 2024 closing on 31 March 2024.
    func setUp(_ store: ThreadlineStore, allowsRepeat: Bool = false) async throws
        -> (Place, [Enabler], MaturitySurvey)
    {
        let place = Sample.place("Salford")
        try await store.places.create(place)
        let enablers = [Sample.enabler(1, "Leadership"), Sample.enabler(2, "Trust")]
        for enabler in enablers { try await store.enablers.create(enabler) }
        let survey = MaturitySurvey(
            id: Sample.id(), placeID: place.id, year: 2024, closesOn: PartialDate("2024-03-31"),
            allowsRepeatAnswers: allowsRepeat, createdAt: Sample.now)
        try await store.maturity.createSurvey(survey)
        return (place, enablers, survey)
    }

    func response(_ survey: MaturitySurvey, _ enablers: [Enabler], levels: [Int?], role: String = "Officer")
        -> MaturityResponse
    {
        MaturityResponse(
            id: Sample.id(), surveyID: survey.id, role: role, submittedAt: Sample.now, origin: .form,
            answers: zip(enablers, levels).map { MaturityAnswer(enablerID: $0.id, level: $1, comment: "") })
    }

    /// A survey's links and used links, as a list that compares.
    func counts(_ store: ThreadlineStore, _ survey: MaturitySurvey) async throws -> [Int] {
        let counts = try await store.maturity.linkCounts(of: survey.id)
        return [counts.links, counts.used]
    }

    /// A day inside the survey's window (Sample.now is in November 2023).
    let open = Sample.now

    @Test(
        "the scale defaults to five levels, saves, and refuses problems and levels answers still use",
        arguments: StoreEngine.all)
    func scale(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            #expect(try await store.maturity.scale() == .standard)
            let three = MaturityScale(levels: [
                MaturityLevel(value: 1, descriptor: "Low"), MaturityLevel(value: 2, descriptor: "Middle"),
                MaturityLevel(value: 3, descriptor: "High"),
            ])
            try await store.maturity.saveScale(three)
            #expect(try await store.maturity.scale() == three)

            let blank = MaturityScale(levels: [MaturityLevel(value: 1, descriptor: " ")])
            let problems = await conflictProblems { try await store.maturity.saveScale(blank) }
            #expect(problems.map(\.field) == ["levels", "levels[0].descriptor"])
            #expect(try await store.maturity.scale() == three)

            // A level that answers use cannot be taken away.
            let (_, enablers, survey) = try await setUp(store)
            let link = try #require(try await store.maturity.makeLinks(for: survey.id, count: 1, now: open).first)
            try await store.maturity.recordResponse(response(survey, enablers, levels: [3, 1]), link: link, now: open)
            let two = MaturityScale(levels: Array(three.levels.prefix(2)))
            let refused = await conflictProblems { try await store.maturity.saveScale(two) }
            #expect(refused.first?.message.contains("1 stored answer uses a level outside 1–2") == true)
            #expect(try await store.maturity.scale() == three)
        }
    }

    @Test("one survey per place and year; an unknown place or a wild year is refused", arguments: StoreEngine.all)
    func surveys(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (place, _, survey) = try await setUp(store)
            #expect(try await store.maturity.survey(survey.id) == survey)
            let twin = MaturitySurvey(id: Sample.id(), placeID: place.id, year: 2024, createdAt: Sample.now)
            let problems = await conflictProblems { try await store.maturity.createSurvey(twin) }
            #expect(problems.map(\.message) == ["Salford already has a survey for 2024; make more links for that one."])
            let nowhere = MaturitySurvey(id: Sample.id(), placeID: Sample.id(), year: 3024, createdAt: Sample.now)
            let more = await conflictProblems { try await store.maturity.createSurvey(nowhere) }
            #expect(more.map(\.field) == ["place_id", "year"])
            #expect(try await store.maturity.surveys() == [survey])
        }
    }

    @Test(
        "a single-use link answers once; used, closed and unknown links are refused and store nothing",
        arguments: StoreEngine.all)
    func links(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, enablers, survey) = try await setUp(store)
            let links = try await store.maturity.makeLinks(for: survey.id, count: 2, now: open)
            #expect(links.count == 2 && Set(links).count == 2)
            #expect(try await counts(store, survey) == [2, 0])
            // Only hashes are stored: the secret itself appears nowhere in the table.
            let stored = try await store.database.read { sql in
                try await sql.select().column("token_hash").from("maturity_links").all(
                    decodingColumn: "token_hash", as: String.self)
            }
            #expect(!stored.contains(links[0]) && stored.contains(SecretToken.hash(links[0])))

            try await store.maturity.recordResponse(
                response(survey, enablers, levels: [4, nil]), link: links[0], now: open)
            #expect(try await counts(store, survey) == [2, 1])
            #expect(try await store.maturity.survey(forLink: links[0])?.used == true)

            await #expect(throws: MaturityLinkError.alreadyUsed) {
                try await store.maturity.recordResponse(
                    response(survey, enablers, levels: [1, 1]), link: links[0], now: open)
            }
            let afterClose = Date(timeIntervalSince1970: 1_711_929_600)  // 1 April 2024, 00:00 UTC
            await #expect(throws: MaturityLinkError.closed(PartialDate("2024-03-31")!)) {
                try await store.maturity.recordResponse(
                    response(survey, enablers, levels: [1, 1]), link: links[1], now: afterClose)
            }
            await #expect(throws: MaturityLinkError.unknownLink) {
                try await store.maturity.recordResponse(
                    response(survey, enablers, levels: [1, 1]), link: "not-a-link", now: open)
            }
            let stranger = Sample.enabler(9, "Unknown")
            let bad = MaturityResponse(
                id: Sample.id(), surveyID: survey.id, role: "Officer", submittedAt: Sample.now, origin: .form,
                answers: [
                    MaturityAnswer(enablerID: enablers[0].id, level: 6),
                    MaturityAnswer(enablerID: stranger.id, level: 2),
                ])
            do {
                try await store.maturity.recordResponse(bad, link: links[1], now: open)
                Issue.record("A level off the scale was stored.")
            } catch MaturityLinkError.invalidAnswers(let problems) {
                #expect(
                    problems.map(\.message) == [
                        "“Leadership”: 6 is not on the scale (1–5).",
                        "There is no system enabler \(stranger.id).",
                    ])
            }
            // The refusals stored nothing and left the second link unused.
            let responses = try await store.maturity.responses(of: survey.id)
            #expect(responses.count == 1)
            #expect(responses.first?.answers.map(\.level) == [4, nil])
            #expect(responses.first?.origin == .form)
            #expect(try await counts(store, survey) == [2, 1])
            #expect(try await store.maturity.ratings().map(\.value) == [4])
        }
    }

    @Test("a survey that allows repeat answers takes several through one link", arguments: StoreEngine.all)
    func repeatAnswers(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, enablers, survey) = try await setUp(store, allowsRepeat: true)
            let link = try #require(try await store.maturity.makeLinks(for: survey.id, count: 1, now: open).first)
            for levels in [[2, 3], [3, 3], [5, nil]] {
                try await store.maturity.recordResponse(
                    response(survey, enablers, levels: levels), link: link, now: open)
            }
            #expect(try await store.maturity.responses(of: survey.id).count == 3)
            #expect(try await counts(store, survey) == [1, 1])
        }
    }

    @Test("two answers racing through one single-use link: exactly one is stored", arguments: StoreEngine.all)
    func race(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (_, enablers, survey) = try await setUp(store)
            let link = try #require(try await store.maturity.makeLinks(for: survey.id, count: 1, now: open).first)
            let first = response(survey, enablers, levels: [1, 1])
            let second = response(survey, enablers, levels: [5, 5])
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for candidate in [first, second] {
                    group.addTask {
                        (try? await store.maturity.recordResponse(candidate, link: link, now: Sample.now)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.maturity.responses(of: survey.id).count == 1)
        }
    }

    @Test("an import makes the surveys it needs, all or nothing", arguments: StoreEngine.all)
    func importing(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (place, enablers, survey) = try await setUp(store)
            let wigan = Sample.place("Wigan")
            try await store.places.create(wigan)
            func entry(_ place: Place, _ year: Int, _ levels: [Int?]) -> MaturityImportPlan.Entry {
                MaturityImportPlan.Entry(
                    placeID: place.id, year: year,
                    response: response(survey, enablers, levels: levels, role: "Volunteer"))
            }
            let made = Sample.id() as MaturitySurvey.ID
            let good = MaturityImportPlan(
                entries: [entry(place, 2024, [1, 2]), entry(wigan, 2023, [3, nil]), entry(wigan, 2023, [4, 4])],
                now: Sample.now, userID: nil, newSurveyID: { _, _ in made })
            let result = try await store.maturity.importResponses(good)
            #expect(result == MaturityImportResult(responses: 3, answers: 6, surveysCreated: 1))
            #expect(try await store.maturity.survey(made)?.placeID == wigan.id)
            #expect(try await store.maturity.responses(of: made).map(\.origin) == [.import, .import])
            #expect(try await store.maturity.responses(of: survey.id).count == 1)

            // One bad level anywhere: nothing of the plan is stored, not even its new survey.
            let other = Sample.id() as MaturitySurvey.ID
            let bad = MaturityImportPlan(
                entries: [entry(wigan, 2022, [1, 1]), entry(place, 2024, [9, 1])], now: Sample.now, userID: nil,
                newSurveyID: { _, _ in other })
            let problems = await conflictProblems { _ = try await store.maturity.importResponses(bad) }
            #expect(problems.map(\.message) == ["“Leadership”: 9 is not on the scale (1–5)."])
            #expect(try await store.maturity.survey(other) == nil)
            #expect(try await store.maturity.ratings().count == 5)
        }
    }

    @Test("deleting a place removes its surveys, links and answers", arguments: StoreEngine.all)
    func placeDeletion(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let (place, enablers, survey) = try await setUp(store)
            let link = try #require(try await store.maturity.makeLinks(for: survey.id, count: 1, now: open).first)
            try await store.maturity.recordResponse(response(survey, enablers, levels: [2, 3]), link: link, now: open)
            // The survey counts as work referring to the place, so a contributor may not delete it (see the web layer).
            #expect(try await store.places.referenceCount(to: place.id) == 1)
            try await store.places.delete(place.id)
            #expect(try await store.maturity.surveys().isEmpty)
            #expect(try await store.maturity.survey(forLink: link) == nil)
            #expect(try await store.maturity.ratings().isEmpty)
            let answers = try await store.database.read { sql in
                try await sql.select().column("response_id").from("maturity_answers").all().count
            }
            #expect(answers == 0)
        }
    }
}
