import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats

/// `threadline agreement FILE.csv`: agreement between coders for a table coded elsewhere.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Agreement between coders for a table coded elsewhere (CSV).",
        discussion: """
            The CSV has one row per unit and one column per coder (a first row of names is optional); a blank \
            cell means that coder did not code the unit. Prints Krippendorff's alpha for all coders, and for each \
            pair of coders the units both coded, percent agreement and Cohen's kappa.
            """
    )

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "How values compare: nominal (categories), ordinal (ranks) or interval (numbers).")
    var level: String = "nominal"

    @Flag(help: "Print JSON for machines.")
    var json = false

    @Flag(help: "Also print, on standard error, how long reading the table and computing alpha and kappa took.")
    var timings = false

    /// One pair of coders.
    struct Pair: Encodable {
        var first: String
        var second: String
        var units: Int
        var percentAgreement: Double?
        var kappa: Double?

        enum CodingKeys: String, CodingKey {
            case first, second, units, kappa
            case percentAgreement = "percent_agreement"
        }
    }

    /// The whole answer.
    struct Report: Encodable {
        var file: String
        var coders: [String]
        var units: Int
        var level: String
        var alpha: Double?
        var pairs: [Pair]
    }

    func run() throws {
        guard let measurement = MeasurementLevel(rawValue: level) else {
            throw ValidationError("--level must be nominal, ordinal or interval, not \"\(level)\".")
        }
        let clock = ContinuousClock()
        let started = clock.now
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("\(file) cannot be read.")
        }
        let table: ReliabilityTable
        do {
            table = try ReliabilityTable(csv: data)
        } catch {
            throw CommandFailure("\(file): \(error.description)")
        }
        if table.hasLabels, measurement != .nominal {
            throw CommandFailure("\(file) holds category labels, which have no order or distance: use --level nominal.")
        }
        let read = clock.now
        let alpha = KrippendorffAlpha.alpha(table.values, level: measurement)
        let alphaDone = clock.now
        var pairs: [Pair] = []
        for a in 0..<table.coders.count {
            for b in (a + 1)..<table.coders.count {
                let both = zip(table.values[a], table.values[b]).filter { $0 != nil && $1 != nil }
                let agreeing = both.filter { $0 == $1 }.count
                pairs.append(
                    Pair(
                        first: table.coders[a], second: table.coders[b], units: both.count,
                        percentAgreement: both.isEmpty ? nil : Double(agreeing) / Double(both.count),
                        kappa: CohenKappa.kappa(table.values[a], table.values[b])))
            }
        }
        let report = Report(
            file: file, coders: table.coders, units: table.values.first?.count ?? 0, level: measurement.rawValue,
            alpha: alpha, pairs: pairs)
        if timings {
            func seconds(_ duration: Duration) -> String {
                String(
                    format: "%.3f s",
                    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
            }
            FileHandle.standardError.write(
                Data(
                    ("timings: read and parse \(seconds(read - started)), alpha \(seconds(alphaDone - read)), "
                        + "kappa and agreement for \(pairs.count) pairs \(seconds(clock.now - alphaDone))\n").utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        func figure(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "undefined" }
        print("\(report.units) units, \(table.coders.count) coders (\(table.coders.joined(separator: ", ")))")
        print("Krippendorff's alpha (\(measurement.rawValue)): \(figure(report.alpha))")
        for pair in pairs {
            print(
                "\(pair.first) and \(pair.second): \(pair.units) units both coded, agreement "
                    + "\(pair.percentAgreement.map { String(format: "%.1f%%", $0 * 100) } ?? "undefined"), "
                    + "Cohen's kappa \(figure(pair.kappa))")
        }
    }
}
