/// A strict reader of the FTS5 expressions this package writes, used to prove that no typed text escapes its
/// quotes: outside strings only `AND`, `OR`, `NOT`, parentheses and a prefix `*` after a string may appear.
///
/// Grammar, after https://www.sqlite.org/fts5.html §3 but narrowed to what the compiler should produce:
/// `expression := not ("OR" not | "AND" not)*`, `not := primary ("NOT" primary)*`,
/// `primary := "(" expression ")" | string ["*"]`.
struct FTS5Syntax {
    enum Token: Equatable {
        case string(String)
        case star
        case open
        case close
        case keyword(String)
    }

    /// The strings (unescaped) in the expression, or `nil` when it is not a well-formed, fully quoted expression.
    static func strings(in expression: String) -> [String]? {
        guard let tokens = tokenize(expression) else { return nil }
        var reader = Reader(tokens: tokens)
        guard reader.expression(depth: 0), reader.position == tokens.count else { return nil }
        return tokens.compactMap {
            if case .string(let text) = $0 { return text }
            return nil
        }
    }

    private static func tokenize(_ expression: String) -> [Token]? {
        var tokens: [Token] = []
        let characters = Array(expression)
        var position = 0
        while position < characters.count {
            let character = characters[position]
            switch character {
            case " ":
                position += 1
            case "(":
                tokens.append(.open)
                position += 1
            case ")":
                tokens.append(.close)
                position += 1
            case "*":
                tokens.append(.star)
                position += 1
            case "\"":
                var text = ""
                position += 1
                var isClosed = false
                while position < characters.count {
                    if characters[position] == "\"" {
                        if position + 1 < characters.count, characters[position + 1] == "\"" {
                            text.append("\"")
                            position += 2
                            continue
                        }
                        isClosed = true
                        position += 1
                        break
                    }
                    text.append(characters[position])
                    position += 1
                }
                guard isClosed else { return nil }
                tokens.append(.string(text))
            default:
                var bareword = ""
                while position < characters.count, characters[position].isLetter {
                    bareword.append(characters[position])
                    position += 1
                }
                guard ["AND", "OR", "NOT"].contains(bareword) else { return nil }
                tokens.append(.keyword(bareword))
            }
        }
        return tokens
    }

    private struct Reader {
        let tokens: [Token]
        var position = 0

        mutating func expression(depth: Int) -> Bool {
            guard depth < 8, notExpression(depth: depth) else { return false }
            while position < tokens.count, tokens[position] == .keyword("OR") || tokens[position] == .keyword("AND") {
                position += 1
                guard notExpression(depth: depth) else { return false }
            }
            return true
        }

        mutating func notExpression(depth: Int) -> Bool {
            guard primary(depth: depth) else { return false }
            while position < tokens.count, tokens[position] == .keyword("NOT") {
                position += 1
                guard primary(depth: depth) else { return false }
            }
            return true
        }

        mutating func primary(depth: Int) -> Bool {
            guard position < tokens.count else { return false }
            switch tokens[position] {
            case .open:
                position += 1
                guard expression(depth: depth + 1), position < tokens.count, tokens[position] == .close else {
                    return false
                }
                position += 1
                return true
            case .string:
                position += 1
                if position < tokens.count, tokens[position] == .star { position += 1 }
                return true
            default:
                return false
            }
        }
    }
}
