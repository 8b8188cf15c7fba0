public import Foundation
import ThreadlineCore
public import ThreadlineStore

/// Two years of maturity survey answers for the demo places, so the results pages have something to show on
/// `threadline demo`.
///
/// The answers are made up by a fixed rule (no randomness, so the demo is the same every time): each place starts
/// somewhere between "emerging" and "developing", most enablers move up a little in the second year, and
/// respondents differ by a level either way, with the odd "don't know".
public enum DemoMaturity {
    /// The survey years.
    public static let years = [2022, 2023]
    /// The respondents' roles, in turn.
    public static let roles = [
        "Council officer", "Leisure trust manager", "Community group volunteer", "Health partner", "Youth worker",
        "Housing officer",
    ]

    /// Adds the demo answers when no survey exists yet; does nothing otherwise.
    public static func install(store: ThreadlineStore, now: Date) async throws {
        guard try await store.maturity.surveys().isEmpty else { return }
        let places = try await store.places.all().sorted { $0.slug < $1.slug }
        let enablers = try await store.enablers.all().sorted { $0.number < $1.number }
        guard !places.isEmpty, !enablers.isEmpty else { return }
        var entries: [MaturityImportPlan.Entry] = []
        for (placeIndex, place) in places.enumerated() {
            for (yearIndex, year) in years.enumerated() {
                for respondent in 0..<roles.count {
                    let answers = enablers.enumerated().map { enablerIndex, enabler in
                        // A fixed pattern that reads like real answers: spread of ±1 round a per-place centre.
                        let centre =
                            2 + (placeIndex + enablerIndex) % 2 + (yearIndex == 1 && enablerIndex % 3 != 2 ? 1 : 0)
                        let spread = (respondent * 7 + enablerIndex * 3 + placeIndex) % 3 - 1
                        let level = min(max(centre + spread, 1), 5)
                        let dontKnow = (respondent + enablerIndex + yearIndex) % 11 == 0
                        return MaturityAnswer(enablerID: enabler.id, level: dontKnow ? nil : level)
                    }
                    let name = "\(place.slug)-\(year)-\(respondent)"
                    entries.append(
                        MaturityImportPlan.Entry(
                            placeID: place.id, year: year,
                            response: MaturityResponse(
                                id: id("response-\(name)"), surveyID: id("survey-\(place.id)-\(year)"),
                                role: roles[respondent], submittedAt: now, origin: .import, answers: answers)))
                }
            }
        }
        _ = try await store.maturity.importResponses(
            MaturityImportPlan(
                entries: entries, now: now, userID: nil, newSurveyID: { place, year in id("survey-\(place)-\(year)") }
            ))
    }

    /// A fixed ID per name, so the demo is the same every time.
    public static func id<E>(_ name: String) -> EntityID<E> {
        EntityID(UUID(uuidString: REFIExporter.derived("demo-maturity:\(name)").rawValue)!)
    }
}
