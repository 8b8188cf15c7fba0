public import Foundation
import ThreadlineCore
public import ThreadlineStore

/// A small codebook and two evaluators' coding of the demo stories, so the coding, matrix and agreement pages
/// have something to show on `threadline demo`.
///
/// The two demo coders are not workspace users (no one signs in as them); they code each story's first sentence
/// and first two sentences respectively, so they agree in part, as real coders do.
public enum DemoCoding {
    /// Adds the demo codebook and codings to a programme that has no codes yet; does nothing otherwise.
    public static func install(store: ThreadlineStore, now: Date) async throws {
        guard try await store.coding.codes().isEmpty else { return }
        let enablers = try await store.enablers.all().sorted { $0.number < $1.number }
        let colours = ["#1f6fb2", "#b45309", "#047857", "#7c3aed", "#be123c"]
        var codeOfEnabler: [Enabler.ID: Code.ID] = [:]
        var plan = CodingImport()
        for (index, enabler) in enablers.enumerated() {
            let code = Code(
                id: Self.id("code-\(enabler.id)"), name: enabler.name, description: "Evidence of “\(enabler.name)”.",
                colour: colours[index % colours.count], enablerID: enabler.id, position: index, createdAt: now)
            plan.codes.append(code)
            codeOfEnabler[enabler.id] = code.id
        }
        let trust = Code(
            id: Self.id("code-trust"), parentID: enablers.dropFirst().first.flatMap { codeOfEnabler[$0.id] },
            name: "Trust between partners", description: "Partners rely on, respect and understand each other.",
            colour: "#0e7490", createdAt: now)
        plan.codes.append(trust)
        let first = Coder(id: Self.id("coder-a"), name: "Evaluator A (demo)")
        let second = Coder(id: Self.id("coder-b"), name: "Evaluator B (demo)")
        plan.coders = [first, second]
        for story in try await store.stories.all() {
            guard let enabler = story.enablerID, let code = codeOfEnabler[enabler] else { continue }
            let text = CodableText(markdown: story.body)
            let ends = Self.sentenceEnds(text)
            guard let one = ends.first else { continue }
            let two = ends.dropFirst().first ?? one
            let source = CodingSource(story: story.id)
            plan.codings.append(
                Coding(
                    id: Self.id("a-\(story.id)"), codeID: code, source: source, coderID: first.id, start: 0, end: one,
                    createdAt: now))
            plan.codings.append(
                Coding(
                    id: Self.id("b-\(story.id)"), codeID: code, source: source, coderID: second.id, start: 0, end: two,
                    createdAt: now))
            if let found = PassageFinder(text).find("trust") {
                plan.codings.append(
                    Coding(
                        id: Self.id("t-\(story.id)"), codeID: trust.id, source: source, coderID: first.id,
                        start: found.lowerBound, end: found.upperBound, memo: "Trust named in so many words.",
                        createdAt: now))
            }
        }
        _ = try await store.coding.importProject(plan)
        try await DemoCases.install(store: store, now: now)
    }

    /// The positions just after each ". " that ends a sentence.
    public static func sentenceEnds(_ text: CodableText) -> [Int] {
        var ends: [Int] = []
        for index in text.scalars.indices.dropLast() where text.scalars[index] == "." && text.scalars[index + 1] == " "
        {
            ends.append(index + 1)
        }
        return ends
    }

    /// A fixed ID per name, so the demo is the same every time.
    public static func id<E>(_ name: String) -> EntityID<E> {
        EntityID(UUID(uuidString: REFIExporter.derived("demo-coding:\(name)").rawValue)!)
    }
}
