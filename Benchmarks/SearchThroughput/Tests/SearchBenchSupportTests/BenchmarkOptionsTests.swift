import SearchBenchSupport
import Testing

@Suite("The command line of search-throughput")
struct BenchmarkOptionsTests {
    @Test("Import and query is the default; the other modes are flags")
    func modes() throws {
        let both = try #require(try BenchmarkOptions.parse(["--corpus", "/c", "--db", "/d.sqlite"]))
        #expect(both.mode == .importAndQuery && both.corpus == "/c" && both.database == "/d.sqlite")
        #expect(both.passes == 5 && both.segmentLimit == nil && !both.rebuildIndex)
        let queries = try #require(try BenchmarkOptions.parse(["--db", "/d", "--queries-only", "--passes", "3"]))
        #expect(queries.mode == .queriesOnly && queries.passes == 3)
        let imports = try #require(try BenchmarkOptions.parse(["--db", "/d", "--corpus", "/c", "--import-only"]))
        #expect(imports.mode == .importOnly)
    }

    @Test("Help is asked for with -h or --help")
    func help() throws {
        #expect(try BenchmarkOptions.parse(["--db", "/d", "--help"]) == nil)
    }

    @Test(
        "Bad command lines name the argument at fault",
        arguments: [
            (["--db"], 1),
            (["--db", "/d", "--passes", "0"], 4),
            (["--db", "/d", "--segments", "many"], 4),
            (["--db", "/d", "--frobnicate"], 3),
            (["--corpus", "/c"], 0),
            (["--db", "/d"], 0),
            (["--db", "/d", "--import-only", "--queries-only", "--corpus", "/c"], 0),
        ])
    func refusals(arguments: [String], index: Int) {
        #expect {
            _ = try BenchmarkOptions.parse(arguments)
        } throws: { error in
            (error as? OptionsError)?.argumentIndex == index
        }
    }
}
