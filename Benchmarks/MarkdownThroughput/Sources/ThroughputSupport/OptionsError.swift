/// A command line that cannot be run, with the offending argument and its position.
public enum OptionsError: Error, Equatable, CustomStringConvertible {
    /// An argument that is not one of the known flags. `position` counts from 1, after the program name.
    case unknownArgument(String, position: Int)
    /// A flag that needs a value came last.
    case missingValue(flag: String, position: Int)
    /// A flag's value could not be used; `expected` says what would have been accepted.
    case invalidValue(flag: String, value: String, position: Int, expected: String)
    /// The same flag was given twice; silently keeping one would hide a typo in a script.
    case repeatedFlag(String, position: Int)
    /// `--corpus` is required because the corpus is large and lives outside the package.
    case missingCorpus

    /// A sentence for the terminal.
    public var description: String {
        switch self {
        case .unknownArgument(let argument, let position):
            return "unknown argument '\(argument)' at position \(position); see --help"
        case .missingValue(let flag, let position):
            return "\(flag) at position \(position) needs a value"
        case .invalidValue(let flag, let value, let position, let expected):
            return "\(flag) at position \(position) got '\(value)', expected \(expected)"
        case .repeatedFlag(let flag, let position):
            return "\(flag) is given again at position \(position)"
        case .missingCorpus:
            return "--corpus DIR is required (the folder written by gen_corpus.py)"
        }
    }
}
