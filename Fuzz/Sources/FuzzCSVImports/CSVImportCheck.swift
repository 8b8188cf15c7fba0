import Foundation
import FuzzSupport
import ThreadlineCore
import ThreadlineFormats

/// The checks of the CSV fuzz target, one per reader.
enum CSVImportCheck {
    /// A reported line must exist: from 1 to the number of lines in the file.
    static func checkLine(_ line: Int, _ message: String, lines: Int, _ reader: String) {
        invariant((1...lines).contains(line), "\(reader): problem on line \(line) of \(lines): \(message)")
        invariant(!message.isEmpty, "\(reader): a problem without a message on line \(line)")
    }

    static func rows(_ text: String, lines: Int) {
        do {
            let rows = try CSVReader.rows(of: text)
            var previous = 0
            for row in rows {
                invariant(row.line > previous && row.line <= lines, "CSV row on line \(row.line) after \(previous)")
                previous = row.line
            }
        } catch {
            checkLine(error.line, error.message, lines: lines, "CSVReader")
        }
    }

    static func countsMeasures(_ data: Data, lines: Int) {
        do {
            let records = try CountsMeasuresCSV.records(from: data)
            for record in records {
                invariant((1...lines).contains(record.line), "Counts and Measures record on line \(record.line)")
            }
            let written = CountsMeasuresCSV.csv(records)
            do {
                // A record's line is where it was read and is not written, so it is left out of the comparison.
                let reread = try CountsMeasuresCSV.records(from: written)
                invariant(
                    reread.map(withoutLine) == records.map(withoutLine),
                    "Counts and Measures changed on a write and re-read")
            } catch {
                invariant(false, "Counts and Measures' own output was refused: \(error)\n---\n\(written)")
            }
        } catch {
            invariant(!error.problems.isEmpty, "Counts and Measures: an error with no problems")
            for problem in error.problems {
                checkLine(problem.line, problem.message, lines: lines, "CountsMeasuresCSV")
            }
        }
    }

    static func withoutLine(_ record: CountsMeasuresRecord) -> CountsMeasuresRecord {
        var copy = record
        copy.line = 0
        return copy
    }

    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let places = [
        Place(
            id: EntityID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))), name: "Salford",
            slug: "salford", createdAt: now)
    ]
    static let enablers = [
        Enabler(
            id: EntityID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2))), number: 1, name: "Leadership",
            slug: "leadership", createdAt: now)
    ]

    static func maturity(_ text: String, lines: Int) {
        switch MaturityCSV.read(text, places: places, enablers: enablers, scale: .standard) {
        case .responses(let responses):
            for response in responses {
                invariant((1...lines).contains(response.line), "maturity response on line \(response.line)")
                for answer in response.answers {
                    if let level = answer.level {
                        invariant((1...5).contains(level), "maturity level \(level) outside the scale")
                    }
                }
            }
        case .problems(let problems):
            invariant(!problems.isEmpty, "maturity: no responses and no problems")
            for problem in problems {
                checkLine(problem.line, problem.message, lines: lines, "MaturityCSV")
            }
        }
    }

    static func network(_ text: String, lines: Int) {
        switch NetworkCSV.readMembers(text) {
        case .members(let members):
            let written = NetworkCSV.writeMembers(members)
            invariant(
                NetworkCSV.readMembers(written) == .members(members), "members changed on a write and re-read")
        case .problems(let problems):
            invariant(!problems.isEmpty, "members: none and no problems")
            for problem in problems { checkLine(problem.line, problem.message, lines: lines, "members") }
        }
        let keys: Set<String> = ["a", "b", "1", "2"]
        switch NetworkCSV.readTies(text, memberKeys: keys) {
        case .ties(let ties):
            let written = NetworkCSV.writeTies(ties)
            invariant(
                NetworkCSV.readTies(written, memberKeys: keys) == .ties(ties), "ties changed on a write and re-read")
        case .problems(let problems):
            invariant(!problems.isEmpty, "ties: none and no problems")
            for problem in problems { checkLine(problem.line, problem.message, lines: lines, "ties") }
        }
        // The two files together: split at the first form feed, which no real members file holds.
        let parts = text.split(separator: "\u{0C}", maxSplits: 1, omittingEmptySubsequences: false)
        let members = String(parts[0])
        let ties = parts.count > 1 ? String(parts[1]) : ""
        if case .problems(let problems) = NetworkCSV.read(members: members, ties: ties) {
            invariant(!problems.isEmpty, "network: no graph and no problems")
            for problem in problems {
                let file = problem.file == .members ? members : ties
                checkLine(problem.line, problem.message, lines: LineCount.of(Data(file.utf8)), "network")
            }
        }
    }
}
