import Foundation
import Testing
import ThreadlineCore

/// Every case of ../shared/bench/fixtures/icr_oracle.json (values from the PyPI `krippendorff` package and
/// scikit-learn), checked to 1e-9. The fixture is read from the shared folder beside the repository; without it
/// the test says so and checks the copy of the published example below instead.
@Suite("Agreement between coders: the oracle fixtures")
struct AgreementOracleTests {
    struct Case: Decodable {
        var name: String
        var reliability_data: [[Double?]]
        var expected: [String: Double]
    }

    struct Fixture: Decodable {
        var cases: [Case]
    }

    /// ../shared beside the repository, or the machine's shared folder when the repository is cloned elsewhere.
    static var fixtureURL: URL {
        let beside = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/bench/fixtures/icr_oracle.json")
        let machine = URL(fileURLWithPath: "/work/shared/bench/fixtures/icr_oracle.json")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : machine
    }

    static var fixtureCases: [Case] {
        guard let data = try? Data(contentsOf: fixtureURL) else { return [] }
        return (try? JSONDecoder().decode(Fixture.self, from: data).cases) ?? []
    }

    @Test(
        "alpha (nominal, ordinal, interval) and kappa (plain, linear, quadratic) equal the oracle to 1e-9",
        .enabled(if: !fixtureCases.isEmpty, "../shared/bench/fixtures/icr_oracle.json is not beside the repository"))
    func oracle() throws {
        let cases = Self.fixtureCases
        #expect(cases.count == 22)
        for item in cases {
            let data = item.reliability_data
            for level in MeasurementLevel.allCases {
                let expected = try #require(item.expected["alpha_\(level.rawValue)"], "\(item.name)")
                let alpha = try #require(KrippendorffAlpha.alpha(data, level: level), "\(item.name) \(level)")
                #expect(abs(alpha - expected) < 1e-9, "\(item.name) alpha \(level): \(alpha) vs \(expected)")
            }
            for (key, weighting) in [
                ("kappa", CohenKappa.Weighting.none), ("kappa_linear", .linear),
                ("kappa_quadratic", .quadratic),
            ] {
                let expected = try #require(item.expected[key], "\(item.name)")
                let kappa = try #require(CohenKappa.kappa(data[0], data[1], weighting: weighting), "\(item.name)")
                #expect(abs(kappa - expected) < 1e-9, "\(item.name) \(key): \(kappa) vs \(expected)")
            }
        }
    }

    @Test("the krippendorff README example, kept here so the check runs without the shared folder")
    func publishedExample() throws {
        let data: [[Double?]] = [
            [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],
            [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],
            [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],
        ]
        #expect(abs(try #require(KrippendorffAlpha.alpha(data, level: .nominal)) - 0.691358024691) < 1e-9)
        #expect(abs(try #require(KrippendorffAlpha.alpha(data, level: .ordinal)) - 0.806721419941) < 1e-9)
        #expect(abs(try #require(KrippendorffAlpha.alpha(data, level: .interval)) - 0.810844892812) < 1e-9)
        #expect(abs(try #require(CohenKappa.kappa(data[0], data[1])) - 0.5) < 1e-9)
    }

    @Test("characters as units: 1,000 characters, each coder codes 100, 50 overlap → κ = 0.444…, 90 % agreement")
    func characters() throws {
        let kappa = try #require(CohenKappa.kappa(total: 1_000, both: 50, onlyFirst: 50, onlySecond: 50))
        #expect(abs(kappa - 0.08 / 0.18) < 1e-12)
        #expect(CohenKappa.percentAgreement(total: 1_000, both: 50, onlyFirst: 50, onlySecond: 50) == 0.9)
        #expect(CohenKappa.kappa(total: 1_000, both: 0, onlyFirst: 0, onlySecond: 0) == 1)
        #expect(CohenKappa.kappa(total: 10, both: 6, onlyFirst: 6, onlySecond: 0) == nil)
        #expect(KrippendorffAlpha.alpha([[1, nil], [nil, 2]]) == nil)
    }
}
