import Foundation
import SQLKit
import ThreadlineCore

/// Writes a Counts and Measures import: the one write a controller needs that spans several kinds of content.
public protocol CountsMeasuresWriting: Sendable {
    /// Writes every item of `batch` or none.
    func save(_ batch: CountsMeasuresBatch) async throws
}

extension ThreadlineStore: CountsMeasuresWriting {
    /// Writes a Counts and Measures import in one transaction: every item is checked against its schema and the
    /// data's rules first, and any problem (named with its kind and position in the batch) leaves the store as it was.
    public func save(_ batch: CountsMeasuresBatch) async throws {
        var problems: [FieldProblem] = []
        func check<E: ContentEntity>(_ items: [E], _ label: String) {
            for (index, item) in items.enumerated() {
                problems += item.validationProblems().map { $0.prefixed(by: "\(label)[\(index)]") }
            }
        }
        check(batch.newIndicators, "indicators")
        check(batch.newFigures, "figures")
        check(batch.changedFigures, "changed_figures")
        check(batch.newExamples, "examples")
        try ValidationError.check(problems)
        guard !batch.isEmpty else { return }
        try await database.write { sql in
            var conflicts: [FieldProblem] = []
            func insert<E: ContentEntity>(_ items: [E], _ label: String) async throws {
                let table = ContentTable<E>()
                for (index, item) in items.enumerated() {
                    let found = try await table.conflicts(for: item, on: sql)
                    conflicts += found.map { $0.prefixed(by: "\(label)[\(index)]") }
                    if found.isEmpty { try await table.insert(item, on: sql) }
                }
            }
            // Indicators first: the new figures refer to them.
            try await insert(batch.newIndicators, "indicators")
            try await insert(batch.newFigures, "figures")
            try await insert(batch.newExamples, "examples")
            let figures = ContentTable<IndicatorFigure>()
            for (index, figure) in batch.changedFigures.enumerated() {
                guard try await figures.exists(figure.id, on: sql) else {
                    conflicts.append(
                        FieldProblem(field: "changed_figures[\(index)]", message: "The figure was deleted meanwhile."))
                    continue
                }
                try await figures.update(figure, on: sql)
            }
            // Throwing rolls the whole transaction back, including rows inserted before the problem was found.
            if !conflicts.isEmpty { throw StoreError.conflict(conflicts) }
            let counts: [(String, Int)] = [
                ("indicators", batch.newIndicators.count), ("figures", batch.newFigures.count),
                ("changed_figures", batch.changedFigures.count), ("examples", batch.newExamples.count),
            ]
            try await AuditLog.record(
                .imported, kind: "counts_measures", id: "import",
                summary: "Imported Counts and Measures: "
                    + counts.map { "\($0.1) \($0.0.replacingOccurrences(of: "_", with: " "))" }.joined(separator: ", ")
                    + ".",
                changes: counts.filter { $0.1 > 0 }.map {
                    AuditChange(field: $0.0, from: nil, to: .number(Double($0.1)))
                }, on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }
}
