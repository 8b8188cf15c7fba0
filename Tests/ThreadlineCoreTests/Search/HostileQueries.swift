/// Odd and hostile search texts: FTS5 and tsquery syntax, SQL, broken quotes, stars, and unusual Unicode.
///
/// Every one must either give a problem or compile to expressions the engines accept as plain terms.
let hostileQueries: [String] = [
    // FTS5 syntax: column filters, NEAR, initial token, boolean keywords, grouping, phrase concatenation.
    "title:foo", "-title:foo", "{title body}:foo", "title : foo", "col:*", "NEAR(a b)", "NEAR(trust grant, 2)",
    "a NEAR/2 b", "NEAR", "^x", "^trust", "a AND OR", "AND", "NOT", "a NOT b", "trust AND NOT grant", "OR OR OR",
    "(a OR b) AND c", ")(", "(((", ")))", "a + b", "+a", "trust*grant", "\"a\" + \"b\"", "a:b:c", "x^y",
    // Quotes, stars and minus signs in awkward places.
    "\"", "\"\"", "\"\"\"", "\"a\"\"b\"", "a\"b", "trust \"", "\"unterminated phrase", "-\"", "\"ab\"*", "ab**",
    "*ab", "a*b", "ab*cd*", "--a", "- a", "a -", "a - b", "-a-b", "**trust**", "“curly” „low“ «guillemets»",
    // SQL and other injection habits.
    "'; DROP TABLE stories; --", "' OR '1'='1", "\\", "\\\"", "%", "_", "a_b", "%trust%", "trust'--", "1=1",
    "<script>alert(1)</script>", "$1", "?", "@@version", "trust;", "`trust`",
    // tsquery syntax: operators, weights, prefix marks, followed-by distances.
    "a & b", "a | b", "!a trust", "a <-> b", "a <2> b", "trust:*", "trust:AB", "trust:*A", "'trust grant'",
    "a:* | !b", "&|!<>:*()",
    // Unicode: scripts, accents, case, digits, emoji, invisible and control characters.
    "Café Łódź", "مرحبا بالعالم", "東京の交通", "한국어 검색", "İstanbul ΑΘΉΝΑ", "ǅemal", "٣٤٥ 2024 Ⅻ", "trust 😀",
    "😀*", "trust\u{0}grant", "\u{FEFF}trust\u{200B}", "trust\u{200D}ed", "می\u{200C}خواهم", "\u{301}abc",
    "trust\u{301}\u{302}\u{303}", "a\tb\nc\r\nd", "don't", "o’brien", "place-based", "infor\u{AD}mation",
    // Plain searches, so the list also shows normal queries pass untouched.
    "trust", "partner*", "\"place based\"", "trust -partnerships", "café OR النقل", "fund*", "grants OR trust -core",
]
