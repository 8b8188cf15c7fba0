public import Foundation
import ThreadlineCore
public import ThreadlineStore

/// The demo places as cases, each holding the evidence recorded there, with one attribute (which kind of council
/// runs the place), so the Cases page, the case filters and the attribute matrix have something to show.
public enum DemoCases {
    /// Adds the demo cases to a programme that has no cases yet; does nothing otherwise.
    public static func install(store: ThreadlineStore, now: Date) async throws {
        guard try await store.cases.cases().isEmpty, try await store.cases.attributes().isEmpty else { return }
        let council = CaseAttribute(
            id: DemoCoding.id("attribute-council"), name: "Council", kind: .list,
            choices: ["City council", "Metropolitan borough council"], createdAt: now)
        try await store.cases.save(council)
        // Manchester and Salford are cities; the other boroughs' councils are metropolitan borough councils.
        let cities: Set<String> = ["manchester", "salford"]
        let catalog = try await CodingSourceCatalog.load(from: .init(store: store))
        for place in catalog.places.sorted(by: { $0.name < $1.name }) {
            let item = ResearchCase(
                id: DemoCoding.id("case-\(place.id)"), name: place.name, kind: .place,
                description: "The evidence recorded in \(place.name).",
                values: [council.id: cities.contains(place.slug) ? "City council" : "Metropolitan borough council"],
                createdAt: now)
            try await store.cases.save(item)
            for source in catalog.entries.keys.sorted() where catalog.entries[source]?.placeID == place.id {
                try await store.cases.add(
                    CaseMembership(
                        id: DemoCoding.id("membership-\(place.id)-\(source.key)"), caseID: item.id, source: source,
                        createdAt: now))
            }
        }
    }
}
