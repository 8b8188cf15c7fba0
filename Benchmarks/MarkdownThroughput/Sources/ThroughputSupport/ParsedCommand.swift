/// What the command line asks for: a run, or the usage text.
public enum ParsedCommand: Sendable, Equatable {
    /// Run the benchmark with these options.
    case run(BenchmarkOptions)
    /// Print `BenchmarkOptions.usage` and stop.
    case help

    /// Parses the arguments that follow the program name.
    ///
    /// Every flag takes its value as the next argument. Flags may come in any order but only once each.
    public static func parse(_ arguments: [String]) throws(OptionsError) -> ParsedCommand {
        var corpus: String?
        var options = BenchmarkOptions(corpusDirectory: "")
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            let position = index + 1
            if flag == "-h" || flag == "--help" {
                return .help
            }
            guard Self.valueFlags.contains(flag) else {
                throw .unknownArgument(flag, position: position)
            }
            guard seen.insert(flag).inserted else {
                throw .repeatedFlag(flag, position: position)
            }
            guard index + 1 < arguments.count else {
                throw .missingValue(flag: flag, position: position)
            }
            let value = arguments[index + 1]
            let valuePosition = position + 1
            switch flag {
            case "--corpus":
                guard !value.isEmpty else {
                    throw .invalidValue(
                        flag: flag, value: value, position: valuePosition, expected: "a folder path")
                }
                corpus = value
            case "--repeat":
                guard let count = Int(value), (1...1000).contains(count) else {
                    throw .invalidValue(
                        flag: flag, value: value, position: valuePosition,
                        expected: "a whole number from 1 to 1000")
                }
                options.repeatCount = count
            case "--only":
                guard let selection = RendererSelection(rawValue: value), selection != .all else {
                    throw .invalidValue(
                        flag: flag, value: value, position: valuePosition, expected: "threadline or ink")
                }
                options.selection = selection
            case "--story-timeout":
                options.storyTimeoutSeconds = try Self.seconds(value, flag: flag, position: valuePosition)
            default:
                options.passTimeoutSeconds = try Self.seconds(value, flag: flag, position: valuePosition)
            }
            index += 2
        }
        guard let corpus else {
            throw .missingCorpus
        }
        options.corpusDirectory = corpus
        return .run(options)
    }

    private static let valueFlags: Set<String> = [
        "--corpus", "--repeat", "--only", "--story-timeout", "--pass-timeout",
    ]

    private static func seconds(_ value: String, flag: String, position: Int) throws(OptionsError)
        -> Double
    {
        // The upper bound keeps the value convertible to a Duration without overflow.
        guard let seconds = Double(value), seconds.isFinite, seconds > 0, seconds <= 86_400 else {
            throw .invalidValue(
                flag: flag, value: value, position: position,
                expected: "seconds, more than 0 and at most 86400")
        }
        return seconds
    }
}
