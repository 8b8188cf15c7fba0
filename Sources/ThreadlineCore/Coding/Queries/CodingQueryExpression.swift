/// A question asked of the coded passages, as in NVivo's coding queries: a code, or codes combined with AND, OR,
/// NOT and NEAR.
///
/// Written in JSON (see ``init(json:path:resolve:codePath:)``) as a code's ID, name or path in quotes,
/// `{"and": [e, e, …]}`, `{"or": [e, e, …]}`, `{"not": e}` or `{"near": [e, e], "within": 200}` (a number of
/// characters, `"cue"` or `"paragraph"`; 200 characters when left out). ``CodingQueryEvaluator`` finds the passages.
public indirect enum CodingQueryExpression: Hashable, Sendable {
    /// The passages coded with this code.
    case code(Code.ID)
    /// The passages every part covers (AND).
    case all([CodingQueryExpression])
    /// The passages some part covers (OR).
    case any([CodingQueryExpression])
    /// The text the part does not cover (NOT), within each source's whole text.
    case not(CodingQueryExpression)
    /// The passages of each part that lie near a passage of the other (NVivo's "Near Content" keeps both).
    case near(CodingQueryExpression, CodingQueryExpression, within: NearScope)

    /// How close two passages must be to count as near each other.
    public enum NearScope: Hashable, Sendable {
        /// At most this many characters (Unicode scalars) between them; overlapping or touching passages are
        /// within 0.
        case characters(Int)
        /// Both touch one transcript cue.
        case sameCue
        /// Both touch one paragraph.
        case sameParagraph

        /// The scope when a query does not say: 200 characters.
        public static let standard = NearScope.characters(200)

        /// The largest number of characters a query may ask for.
        public static let maximumCharacters = 100_000

        /// "within 200 characters", "in the same cue", "in the same paragraph".
        public var phrase: String {
            switch self {
            case .characters(let count): "within \(count) \(count == 1 ? "character" : "characters")"
            case .sameCue: "in the same cue"
            case .sameParagraph: "in the same paragraph"
            }
        }
    }

    /// The deepest nesting of expressions accepted from JSON.
    public static let maximumDepth = 32

    /// Every code the expression names.
    public var codeIDs: Set<Code.ID> {
        var ids: Set<Code.ID> = []
        var pending: [CodingQueryExpression] = [self]
        while let expression = pending.popLast() {
            switch expression {
            case .code(let id): ids.insert(id)
            case .all(let parts), .any(let parts): pending.append(contentsOf: parts)
            case .not(let part): pending.append(part)
            case .near(let first, let second, _): pending.append(contentsOf: [first, second])
            }
        }
        return ids
    }

    /// The expression written for people, with codes named by `codeName`: for example
    /// `Trust AND (Leadership NEAR Place within 200 characters)`. A part that combines others is put in brackets
    /// when it sits inside another combination; NOT binds to the code or bracket after it.
    public func description(codeName: (Code.ID) -> String) -> String {
        switch self {
        case .code(let id):
            return codeName(id)
        case .all(let parts):
            return parts.map { $0.operand(codeName) }.joined(separator: " AND ")
        case .any(let parts):
            return parts.map { $0.operand(codeName) }.joined(separator: " OR ")
        case .not(let part):
            return "NOT " + part.operand(codeName)
        case .near(let first, let second, let scope):
            return "\(first.operand(codeName)) NEAR \(second.operand(codeName)) \(scope.phrase)"
        }
    }

    /// This expression as a part of another: bracketed unless it is a code or a NOT.
    private func operand(_ codeName: (Code.ID) -> String) -> String {
        switch self {
        case .code, .not: description(codeName: codeName)
        case .all, .any, .near: "(" + description(codeName: codeName) + ")"
        }
    }

    /// The expression as JSON in the form ``init(json:path:resolve:codePath:)`` reads, each code written by
    /// `codeReference` (its ID by default).
    public func json(codeReference: (Code.ID) -> String = { $0.description }) -> JSONValue {
        switch self {
        case .code(let id):
            return .string(codeReference(id))
        case .all(let parts):
            return .object(["and": .array(parts.map { $0.json(codeReference: codeReference) })])
        case .any(let parts):
            return .object(["or": .array(parts.map { $0.json(codeReference: codeReference) })])
        case .not(let part):
            return .object(["not": part.json(codeReference: codeReference)])
        case .near(let first, let second, let scope):
            let within: JSONValue =
                switch scope {
                case .characters(let count): .number(Double(count))
                case .sameCue: "cue"
                case .sameParagraph: "paragraph"
                }
            return .object([
                "near": .array([first.json(codeReference: codeReference), second.json(codeReference: codeReference)]),
                "within": within,
            ])
        }
    }
}
