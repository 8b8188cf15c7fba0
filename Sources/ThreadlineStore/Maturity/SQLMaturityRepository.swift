public import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `MaturityRepository`.
public struct SQLMaturityRepository: MaturityRepository {
    let database: Database

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    // MARK: Scale

    public func scale() async throws -> MaturityScale {
        try await database.read { sql in try await Self.scale(on: sql) }
    }

    static func scale(on sql: any SQLDatabase) async throws -> MaturityScale {
        let rows = try await sql.select().columns("value", "descriptor").from("maturity_scale_levels")
            .orderBy("value").all(decoding: MaturityLevel.self)
        return rows.isEmpty ? .standard : MaturityScale(levels: rows)
    }

    public func saveScale(_ scale: MaturityScale) async throws {
        let problems = scale.problems.map { FieldProblem(field: $0.field, message: $0.message) }
        guard problems.isEmpty, let lowest = scale.levels.first?.value, let highest = scale.levels.last?.value else {
            throw StoreError.conflict(problems)
        }
        try await database.write { sql in
            // Answers already given must stay on the scale, or every result with them could no longer be worked out.
            let outside =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM maturity_answers \
                    WHERE level IS NOT NULL AND (level < \(bind: lowest) OR level > \(bind: highest))
                    """
                ).first(decodingColumn: "n", as: Int.self) ?? 0
            if outside > 0 {
                throw StoreError.conflict([
                    FieldProblem(
                        field: "levels",
                        message: "\(outside) stored \(outside == 1 ? "answer uses a level" : "answers use levels") "
                            + "outside \(scale.rangeText); keep those levels on the scale.")
                ])
            }
            let before = try await Self.scale(on: sql)
            try await sql.delete(from: "maturity_scale_levels").run()
            let changes = AuditChange.between(
                Self.auditFields(before), Self.auditFields(scale))
            if !changes.isEmpty {
                try await AuditLog.record(
                    .updated, kind: "maturity_scale", id: "scale", summary: "Changed the maturity scale.",
                    changes: changes, on: sql)
            }
            for level in scale.levels {
                let descriptor = level.descriptor.trimmingCharacters(in: .whitespacesAndNewlines)
                try await sql.insert(into: "maturity_scale_levels").columns("value", "descriptor")
                    .values(SQLBind(level.value), SQLBind(descriptor)).run()
            }
        }
    }

    // MARK: Surveys

    public func surveys() async throws -> [MaturitySurvey] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT s.id, s.place_id, s.year, s.closes_on, s.allows_repeat, s.created_at, s.created_by \
                FROM maturity_surveys s JOIN places p ON p.id = s.place_id ORDER BY s.year DESC, p.name, s.id
                """
            ).all(decoding: MaturitySurveyRow.self).compactMap(\.survey)
        }
    }

    public func survey(_ id: MaturitySurvey.ID) async throws -> MaturitySurvey? {
        try await database.read { sql in try await Self.survey(id, on: sql) }
    }

    static func survey(_ id: MaturitySurvey.ID, on sql: any SQLDatabase) async throws -> MaturitySurvey? {
        try await sql.select().column("*").from("maturity_surveys").where("id", .equal, id.description)
            .first(decoding: MaturitySurveyRow.self)?.survey
    }

    public func createSurvey(_ survey: MaturitySurvey) async throws {
        try await database.write { sql in
            try await Self.insert(survey, on: sql)
            try await AuditLog.record(
                .created, kind: "maturity_survey", id: survey.id.description,
                summary: "Created the \(survey.year) maturity survey of a place.",
                changes: [
                    AuditChange(field: "place_id", from: nil, to: .string(survey.placeID.description)),
                    AuditChange(field: "year", from: nil, to: .number(Double(survey.year))),
                ], on: sql)
        }
    }

    /// A scale's levels as fields ("level 1" → descriptor), so a change lists the levels that differ.
    private static func auditFields(_ scale: MaturityScale) -> [String: JSONValue] {
        Dictionary(
            scale.levels.map { ("level \($0.value)", JSONValue.string($0.descriptor)) }, uniquingKeysWith: { a, _ in a }
        )
    }

    /// Inserts a survey after checking its place, its year and that the place has no survey that year.
    static func insert(_ survey: MaturitySurvey, on sql: any SQLDatabase) async throws {
        var problems: [FieldProblem] = []
        let placeName = try await sql.select().column("name").from("places")
            .where("id", .equal, survey.placeID.description).first(decodingColumn: "name", as: String.self)
        if placeName == nil {
            problems.append(FieldProblem(field: "place_id", message: "Choose a place from the list."))
        }
        if !MaturitySurvey.years.contains(survey.year) {
            problems.append(
                FieldProblem(
                    field: "year",
                    message: "Give a year from \(MaturitySurvey.years.lowerBound) to "
                        + "\(MaturitySurvey.years.upperBound).")
            )
        }
        if let placeName,
            try await sql.select().column("id").from("maturity_surveys")
                .where("place_id", .equal, survey.placeID.description).where("year", .equal, survey.year).first()
                != nil
        {
            problems.append(
                FieldProblem(
                    field: "year",
                    message: "\(placeName) already has a survey for \(survey.year); make more links for that one."))
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
        try await sql.insert(into: "maturity_surveys").model(MaturitySurveyRow(survey), nilEncodingStrategy: .asNil)
            .run()
    }

    // MARK: Links

    /// The most links made at once: enough for a large stakeholder list, few enough to show on one page.
    public static let maximumLinksAtOnce = 500

    public func makeLinks(for survey: MaturitySurvey.ID, count: Int, now: Date) async throws -> [String] {
        guard (1...Self.maximumLinksAtOnce).contains(count) else {
            throw StoreError.conflict([
                FieldProblem(field: "count", message: "Make from 1 to \(Self.maximumLinksAtOnce) links at a time.")
            ])
        }
        return try await database.write { sql in
            guard try await Self.survey(survey, on: sql) != nil else {
                throw StoreError.notFound("The survey \(survey)")
            }
            var secrets: [String] = []
            for _ in 0..<count {
                let secret = SecretToken.generate()
                let row = MaturityLinkRow(
                    token_hash: SecretToken.hash(secret), survey_id: survey.description,
                    created_at: now.timeIntervalSince1970, used_at: nil, uses: 0)
                try await sql.insert(into: "maturity_links").model(row, nilEncodingStrategy: .asNil).run()
                secrets.append(secret)
            }
            try await AuditLog.record(
                .created, kind: "maturity_survey", id: survey.description,
                summary: "Made \(count) survey \(count == 1 ? "link" : "links").",
                changes: [AuditChange(field: "links", from: nil, to: .number(Double(count)))], on: sql)
            return secrets
        }
    }

    public func withdrawLinks(of survey: MaturitySurvey.ID) async throws -> Int {
        try await database.write { sql in
            guard try await Self.survey(survey, on: sql) != nil else {
                throw StoreError.notFound("The survey \(survey)")
            }
            let count =
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("maturity_links")
                .where("survey_id", .equal, survey.description).first(decodingColumn: "n", as: Int.self) ?? 0
            try await sql.delete(from: "maturity_links").where("survey_id", .equal, survey.description).run()
            try await AuditLog.record(
                .deleted, kind: "maturity_survey", id: survey.description,
                summary: "Withdrew \(count) survey \(count == 1 ? "link" : "links").",
                changes: [AuditChange(field: "links", from: .number(Double(count)), to: nil)], on: sql)
            return count
        }
    }

    public func linkCounts(of survey: MaturitySurvey.ID) async throws -> (links: Int, used: Int) {
        try await database.read { sql in
            let row = try await sql.raw(
                """
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN uses > 0 THEN 1 ELSE 0 END), 0) AS used \
                FROM maturity_links WHERE survey_id = \(bind: survey.description)
                """
            ).first()
            return (
                try row?.decode(column: "n", as: Int.self) ?? 0, try row?.decode(column: "used", as: Int.self) ?? 0
            )
        }
    }

    public func survey(forLink secret: String) async throws -> (survey: MaturitySurvey, used: Bool)? {
        try await database.read { sql in
            guard let link = try await Self.link(secret, on: sql),
                let id = MaturitySurvey.ID(link.survey_id), let survey = try await Self.survey(id, on: sql)
            else { return nil }
            return (survey, link.uses > 0)
        }
    }

    static func link(_ secret: String, on sql: any SQLDatabase) async throws -> MaturityLinkRow? {
        try await sql.select().column("*").from("maturity_links")
            .where("token_hash", .equal, SecretToken.hash(secret)).first(decoding: MaturityLinkRow.self)
    }

    // MARK: Responses

    public func recordResponse(_ response: MaturityResponse, link secret: String, now: Date) async throws {
        try await database.write { sql in
            guard let link = try await Self.link(secret, on: sql), let id = MaturitySurvey.ID(link.survey_id),
                let survey = try await Self.survey(id, on: sql)
            else { throw MaturityLinkError.unknownLink }
            if survey.isClosed(at: now), let day = survey.closesOn { throw MaturityLinkError.closed(day) }
            if !survey.allowsRepeatAnswers, link.uses > 0 { throw MaturityLinkError.alreadyUsed }
            var response = response
            response.surveyID = survey.id
            response.origin = .form
            let problems = response.problems(
                scale: try await Self.scale(on: sql), enablerNames: try await Self.enablerNames(on: sql))
            guard problems.isEmpty else { throw MaturityLinkError.invalidAnswers(problems) }
            // Claim the link by counting the use, then read the count back. The check above is not enough on an
            // engine that runs writers side by side (PostgreSQL): there the second claim waits for the first's row
            // lock, then counts 2 and is refused, so a single-use link can never answer twice.
            try await sql.raw(
                """
                UPDATE maturity_links SET uses = uses + 1, used_at = COALESCE(used_at, \(bind: now.timeIntervalSince1970)) \
                WHERE token_hash = \(bind: link.token_hash)
                """
            ).run()
            let uses =
                try await sql.select().column("uses").from("maturity_links")
                .where("token_hash", .equal, link.token_hash).first(decodingColumn: "uses", as: Int.self) ?? 0
            if !survey.allowsRepeatAnswers, uses != 1 { throw MaturityLinkError.alreadyUsed }
            try await Self.insert(response, on: sql)
            // Respondents are anonymous: the trail notes that an answer came, not what it said.
            try await AuditLog.record(
                .answered, kind: "maturity_survey", id: survey.id.description,
                summary: "A \(survey.year) maturity survey was answered (\(response.answers.count) answers).", on: sql)
        }
    }

    static func enablerNames(on sql: any SQLDatabase) async throws -> [Enabler.ID: String] {
        let rows = try await sql.select().columns("id", "name").from("enablers").all()
        var names: [Enabler.ID: String] = [:]
        for row in rows {
            if let id = Enabler.ID(try row.decode(column: "id", as: String.self)) {
                names[id] = try row.decode(column: "name", as: String.self)
            }
        }
        return names
    }

    static func insert(
        _ response: MaturityResponse, row: MaturityResponseRow? = nil, on sql: any SQLDatabase
    ) async throws {
        try await sql.insert(into: "maturity_responses")
            .model(row ?? MaturityResponseRow(response), nilEncodingStrategy: .asNil).run()
        for answer in response.answers {
            try await sql.insert(into: "maturity_answers")
                .model(MaturityAnswerRow(answer, of: response.id), nilEncodingStrategy: .asNil).run()
        }
    }

    public func responses(of survey: MaturitySurvey.ID) async throws -> [MaturityResponse] {
        try await database.read { sql in
            let rows = try await sql.select().column("*").from("maturity_responses")
                .where("survey_id", .equal, survey.description).orderBy("submitted_at").orderBy("id")
                .all(decoding: MaturityResponseRow.self)
            var responses: [MaturityResponse] = []
            for row in rows {
                guard let id = MaturityResponse.ID(row.id) else { continue }
                let answers = try await sql.raw(
                    """
                    SELECT a.response_id, a.enabler_id, a.level, a.comment FROM maturity_answers a \
                    JOIN enablers e ON e.id = a.enabler_id WHERE a.response_id = \(bind: row.id) ORDER BY e.number
                    """
                ).all(decoding: MaturityAnswerRow.self)
                responses.append(
                    MaturityResponse(
                        id: id, surveyID: survey, role: row.role,
                        submittedAt: Date(timeIntervalSince1970: row.submitted_at),
                        origin: MaturityResponse.Origin(rawValue: row.origin) ?? .form,
                        answers: answers.compactMap { answer in
                            Enabler.ID(answer.enabler_id).map {
                                MaturityAnswer(enablerID: $0, level: answer.level, comment: answer.comment)
                            }
                        }))
            }
            return responses
        }
    }

    public func importResponses(_ plan: MaturityImportPlan) async throws -> MaturityImportResult {
        try await database.write { sql in
            let scale = try await Self.scale(on: sql)
            let names = try await Self.enablerNames(on: sql)
            var problems: [FieldProblem] = []
            for (index, entry) in plan.entries.enumerated() {
                problems += entry.response.problems(scale: scale, enablerNames: names).map {
                    FieldProblem(field: "responses[\(index)].\($0.field)", message: $0.message)
                }
            }
            guard problems.isEmpty else { throw StoreError.conflict(problems) }
            var surveys: [String: MaturitySurvey.ID] = [:]
            let existing = try await sql.select().column("*").from("maturity_surveys")
                .all(decoding: MaturitySurveyRow.self)
            for row in existing {
                if let survey = row.survey { surveys["\(survey.placeID) \(survey.year)"] = survey.id }
            }
            var created = 0
            var answers = 0
            var repeated: [FieldProblem] = []
            for entry in plan.entries {
                let key = "\(entry.placeID) \(entry.year)"
                let surveyID: MaturitySurvey.ID
                if let known = surveys[key] {
                    surveyID = known
                } else {
                    let survey = MaturitySurvey(
                        id: plan.newSurveyID(entry.placeID, entry.year), placeID: entry.placeID, year: entry.year,
                        createdAt: plan.now,
                        createdBy: plan.userID)
                    try await Self.insert(survey, on: sql)
                    surveys[key] = survey.id
                    surveyID = survey.id
                    created += 1
                }
                var response = entry.response
                response.surveyID = surveyID
                response.origin = .import
                let row = MaturityResponseRow(response, respondent: entry.respondent)
                if let hash = row.respondent_hash,
                    try await sql.select().column("id").from("maturity_responses")
                        .where("survey_id", .equal, surveyID.description).where("respondent_hash", .equal, hash)
                        .first() != nil
                {
                    repeated.append(
                        FieldProblem(
                            field: "responses[\(entry.line)]",
                            message: "Line \(entry.line): respondent \"\(entry.respondent ?? "")\" has already "
                                + "answered the \(entry.year) survey of this place (an earlier import)."))
                    continue
                }
                try await Self.insert(response, row: row, on: sql)
                answers += response.answers.count
            }
            // Throwing rolls back the surveys and responses written above.
            guard repeated.isEmpty else { throw StoreError.conflict(repeated) }
            try await AuditLog.record(
                .imported, kind: "maturity_survey", id: "import",
                summary: "Imported \(plan.entries.count) maturity responses (\(answers) answers, "
                    + "\(created) new surveys).",
                changes: [
                    AuditChange(field: "responses", from: nil, to: .number(Double(plan.entries.count))),
                    AuditChange(field: "answers", from: nil, to: .number(Double(answers))),
                    AuditChange(field: "surveys_created", from: nil, to: .number(Double(created))),
                ], on: sql)
            return MaturityImportResult(responses: plan.entries.count, answers: answers, surveysCreated: created)
        }
    }

    // MARK: Results

    public func dontKnowCounts() async throws -> [String: Int] {
        try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT s.place_id, a.enabler_id, s.year, COUNT(*) AS n FROM maturity_answers a \
                JOIN maturity_responses r ON r.id = a.response_id JOIN maturity_surveys s ON s.id = r.survey_id \
                WHERE a.level IS NULL GROUP BY s.place_id, a.enabler_id, s.year
                """
            ).all()
            var counts: [String: Int] = [:]
            for row in rows {
                let place = try row.decode(column: "place_id", as: String.self)
                let enabler = try row.decode(column: "enabler_id", as: String.self)
                let year = try row.decode(column: "year", as: Int.self)
                counts["\(place) \(enabler) \(year)"] = try row.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    public func ratings() async throws -> [MaturityRating] {
        try await database.read { sql in
            let rows = try await sql.raw(
                """
                SELECT s.place_id, a.enabler_id, s.year, a.level FROM maturity_answers a \
                JOIN maturity_responses r ON r.id = a.response_id JOIN maturity_surveys s ON s.id = r.survey_id \
                WHERE a.level IS NOT NULL ORDER BY s.place_id, a.enabler_id, s.year
                """
            ).all()
            return try rows.map { row in
                MaturityRating(
                    placeKey: try row.decode(column: "place_id", as: String.self),
                    enablerKey: try row.decode(column: "enabler_id", as: String.self),
                    year: try row.decode(column: "year", as: Int.self),
                    value: try row.decode(column: "level", as: Int.self))
            }
        }
    }
}
