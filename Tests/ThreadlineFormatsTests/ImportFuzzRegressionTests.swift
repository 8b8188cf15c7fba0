import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Hostile inputs for the import readers (bundle JSON and the CSV files), of the kinds the libFuzzer targets in
/// `Fuzz/` throw at them: truncated files, NUL bytes, huge numbers, deep nesting and bytes that are not UTF-8. Each
/// must be refused with problems that say where, never crash or hang.
@Suite("Import fuzz regressions")
struct ImportFuzzRegressionTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    /// The problems reading `data` as a bundle, or `nil` when it reads.
    static func bundleProblems(_ data: Data) -> [FieldProblem]? {
        do throws(ValidationError) {
            _ = try ProgrammeBundleReader(now: now).read(data)
            return nil
        } catch {
            return error.problems
        }
    }

    static let minimalBundle = #"{"format":"threadline-programme","version":1,"programme":{"name":"P"}}"#

    @Test(
        "hostile bundles are refused with problems that say something",
        arguments: [
            Data(minimalBundle.utf8.dropLast(7)),  // truncated
            Data(#"{"format":"threadline-programme","version":1e999,"programme":{"name":"P"}}"#.utf8),
            Data(#"{"format":"threadline-programme","version":99999999999999999999999,"programme":{}}"#.utf8),
            Data(#"{"format":"threadline-programme","version":-1,"programme":{"name":"P"}}"#.utf8),
            Data(String(repeating: "[", count: 100_000).utf8),
            Data("{\"format\":\"threadline-\u{0}programme\",\"version\":1}".utf8),
            Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),  // {"\xC3(":1}
            Data([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]),
            Data(),
        ])
    func hostileBundles(data: Data) throws {
        let problems = try #require(Self.bundleProblems(data))
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { !$0.message.isEmpty })
    }

    /// The number of lines in `text`, counting CR, LF and CRLF endings.
    static func lineCount(_ text: String) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }

    static let hostileCSV: [String] = [
        "place,period,enabler,indicator,value\nBolton,2024,Data,Count,\"1,200",  // unterminated quote
        "place,period,enabler,indicator,value\nBol\u{0}ton,2024,Data,Count,1\n",
        "place,period,enabler,indicator,value\nBolton,2024,Data,Count,1e999999\n",
        "place,period,enabler,indicator,value\nBolton,2024,Data,Count,99999999999999999999999999999999999\n",
        "respondent,place,year,role,enabler,level\nr1,Salford,99999999999999999999999,Officer,1,3\n",
        "respondent,place,year,role,enabler,level\nr1,Salford,2024,Officer,1,-99999999999999999999\n",
        "id,name,sector,type\n\u{0},\u{0},,\n",
        "from,to,frequency,reliability,mission,openness,power,involvement,resources\na,b,99999999999999999999,,,,,,\n",
        "\"" + String(repeating: "\"\"", count: 10_000),
        String(decoding: [0x70, 0x6C, 0xC3, 0x28, 0xFF, 0x0A, 0x31], as: UTF8.self),
        "\r\r\r\"\r",
    ]

    @Test("hostile CSV files give rows or problems on lines that exist, in every CSV import", arguments: hostileCSV)
    func hostileCSVFiles(text: String) throws {
        let lines = Self.lineCount(text)
        do throws(CSVReadError) {
            _ = try CSVReader.rows(of: text)
        } catch {
            #expect((1...lines).contains(error.line))
        }
        do throws(CountsMeasuresCSVError) {
            _ = try CountsMeasuresCSV.records(from: text)
        } catch {
            #expect(!error.problems.isEmpty)
            #expect(error.problems.allSatisfy { (1...lines).contains($0.line) && !$0.message.isEmpty })
        }
        let salford = Place(id: EntityID(UUID()), name: "Salford", slug: "salford", createdAt: Self.now)
        let leadership = Enabler(
            id: EntityID(UUID()), number: 1, name: "Leadership", slug: "leadership", createdAt: Self.now)
        if case .problems(let problems) = MaturityCSV.read(
            text, places: [salford], enablers: [leadership], scale: .standard)
        {
            #expect(!problems.isEmpty)
            #expect(problems.allSatisfy { (1...lines).contains($0.line) })
        }
        if case .problems(let problems) = NetworkCSV.read(members: text, ties: text) {
            #expect(!problems.isEmpty)
            #expect(problems.allSatisfy { (1...lines).contains($0.line) })
        }
    }

    @Test("a maturity file with a year too big for an integer is refused on its line")
    func hugeMaturityYear() {
        let salford = Place(id: EntityID(UUID()), name: "Salford", slug: "salford", createdAt: Self.now)
        let leadership = Enabler(
            id: EntityID(UUID()), number: 1, name: "Leadership", slug: "leadership", createdAt: Self.now)
        let outcome = MaturityCSV.read(
            Self.hostileCSV[4], places: [salford], enablers: [leadership], scale: .standard)
        guard case .problems(let problems) = outcome else {
            Issue.record("A year of 23 digits was accepted: \(outcome)")
            return
        }
        #expect(problems.map(\.line) == [2])
    }
}
