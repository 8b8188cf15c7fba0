import Testing
import ThroughputSupport

@Suite("Command line parsing")
struct ParsedCommandTests {
    @Test("defaults apply when only the corpus is given")
    func defaults() throws {
        let command = try ParsedCommand.parse(["--corpus", "/tmp/bench/corpus"])
        #expect(command == .run(BenchmarkOptions(corpusDirectory: "/tmp/bench/corpus")))
        guard case .run(let options) = command else {
            Issue.record("expected a run")
            return
        }
        #expect(options.repeatCount == 5)
        #expect(options.selection == .all)
        #expect(options.storiesPath == "/tmp/bench/corpus/jsonl/stories.jsonl")
    }

    @Test("every flag is read, in any order")
    func allFlags() throws {
        let command = try ParsedCommand.parse([
            "--only", "ink", "--repeat", "7", "--corpus", "c/", "--story-timeout", "2.5",
            "--pass-timeout", "90",
        ])
        let expected = BenchmarkOptions(
            corpusDirectory: "c/", repeatCount: 7, selection: .ink, storyTimeoutSeconds: 2.5,
            passTimeoutSeconds: 90)
        #expect(command == .run(expected))
        #expect(expected.storiesPath == "c/jsonl/stories.jsonl")
    }

    @Test("help wins over everything else")
    func help() throws {
        #expect(try ParsedCommand.parse(["--repeat", "3", "--help"]) == .help)
        #expect(try ParsedCommand.parse(["-h"]) == .help)
    }

    @Test(
        "bad command lines are rejected with the argument and its position",
        arguments: [
            (["--corpus", "c", "--fast"], OptionsError.unknownArgument("--fast", position: 3)),
            (["--corpus"], OptionsError.missingValue(flag: "--corpus", position: 1)),
            ([], OptionsError.missingCorpus),
            (["--repeat", "3"], OptionsError.missingCorpus),
            (["--corpus", "a", "--corpus", "b"], OptionsError.repeatedFlag("--corpus", position: 3)),
            (
                ["--corpus", "c", "--repeat", "0"],
                OptionsError.invalidValue(
                    flag: "--repeat", value: "0", position: 4, expected: "a whole number from 1 to 1000")
            ),
            (
                ["--corpus", "c", "--only", "all"],
                OptionsError.invalidValue(
                    flag: "--only", value: "all", position: 4, expected: "threadline or ink")
            ),
            (
                ["--story-timeout", "nan", "--corpus", "c"],
                OptionsError.invalidValue(
                    flag: "--story-timeout", value: "nan", position: 2,
                    expected: "seconds, more than 0 and at most 86400")
            ),
        ]
    )
    func rejects(arguments: [String], expected: OptionsError) {
        #expect(throws: expected) {
            try ParsedCommand.parse(arguments)
        }
    }
}
