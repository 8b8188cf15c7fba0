/// A strict reader of the tsquery texts this package writes, proving they are well formed and that every operand
/// holds only letters, digits and combining marks.
///
/// Grammar, after https://www.postgresql.org/docs/current/datatype-textsearch.html §8.11.2, with PostgreSQL's
/// precedence from loosest to tightest: `|`, `&`, `<->`, `!`.
struct TsQuerySyntax {
    enum Token: Equatable {
        case operand(String)
        case and
        case or
        case not
        case followedBy
        case open
        case close
    }

    /// The operands (with any `:*`) in the text, or `nil` when it is not a well-formed tsquery of that shape.
    static func operands(in text: String) -> [String]? {
        guard let tokens = tokenize(text) else { return nil }
        var reader = Reader(tokens: tokens)
        guard reader.orExpression(depth: 0), reader.position == tokens.count else { return nil }
        return tokens.compactMap {
            if case .operand(let word) = $0 { return word }
            return nil
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func tokenize(_ text: String) -> [Token]? {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var position = 0
        func next(_ literal: String) -> Bool {
            let expected = Array(literal.unicodeScalars)
            guard position + expected.count <= scalars.count else { return false }
            return Array(scalars[position..<position + expected.count]) == expected
        }
        while position < scalars.count {
            if scalars[position] == " " {
                position += 1
            } else if next("<->") {
                tokens.append(.followedBy)
                position += 3
            } else if next("&") || next("|") || next("!") || next("(") || next(")") {
                let symbols: [Unicode.Scalar: Token] = ["&": .and, "|": .or, "!": .not, "(": .open, ")": .close]
                guard let token = symbols[scalars[position]] else { return nil }
                tokens.append(token)
                position += 1
            } else if isWordScalar(scalars[position]) {
                var word = String.UnicodeScalarView()
                while position < scalars.count, isWordScalar(scalars[position]) {
                    word.append(scalars[position])
                    position += 1
                }
                if next(":*") {
                    word.append(contentsOf: ":*".unicodeScalars)
                    position += 2
                }
                tokens.append(.operand(String(word)))
            } else {
                return nil
            }
        }
        return tokens
    }

    private struct Reader {
        let tokens: [Token]
        var position = 0

        mutating func orExpression(depth: Int) -> Bool {
            binary(.or, depth: depth) { reader, depth in reader.andExpression(depth: depth) }
        }

        mutating func andExpression(depth: Int) -> Bool {
            binary(.and, depth: depth) { reader, depth in reader.phraseExpression(depth: depth) }
        }

        mutating func phraseExpression(depth: Int) -> Bool {
            binary(.followedBy, depth: depth) { reader, depth in reader.unary(depth: depth) }
        }

        mutating func binary(_ operation: Token, depth: Int, operand: (inout Reader, Int) -> Bool) -> Bool {
            guard operand(&self, depth) else { return false }
            while position < tokens.count, tokens[position] == operation {
                position += 1
                guard operand(&self, depth) else { return false }
            }
            return true
        }

        mutating func unary(depth: Int) -> Bool {
            guard depth < 8, position < tokens.count else { return false }
            switch tokens[position] {
            case .not:
                position += 1
                return unary(depth: depth + 1)
            case .open:
                position += 1
                guard orExpression(depth: depth + 1), position < tokens.count, tokens[position] == .close else {
                    return false
                }
                position += 1
                return true
            case .operand:
                position += 1
                return true
            default:
                return false
            }
        }
    }
}
