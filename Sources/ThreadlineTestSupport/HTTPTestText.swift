import Foundation
import Hummingbird
import HummingbirdTesting

/// Small readers and writers of HTTP text for router tests: URL-encoded forms, `Set-Cookie` headers and
/// the `<input>` elements of an HTML page.
public enum HTTPTestText {
    /// The characters a form value may keep unescaped (RFC 3986 "unreserved").
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// An `application/x-www-form-urlencoded` body of `fields`, in order (a name may repeat, as checkboxes do).
    public static func form(_ fields: [(String, String)]) -> String {
        fields.map { name, value in "\(percentEncoded(name))=\(percentEncoded(value))" }.joined(separator: "&")
    }

    /// `text` with everything but unreserved characters percent-encoded.
    public static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// The body of a response as UTF-8 text.
    public static func text(of response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The cookies a response sets, by name.
    public static func setCookies(of response: TestResponse) -> [String: SetCookie] {
        var cookies: [String: SetCookie] = [:]
        for line in response.headers[values: .setCookie] {
            if let cookie = SetCookie(line) { cookies[cookie.name] = cookie }
        }
        return cookies
    }

    /// The `value` of the first `<input>` whose `name` is `name`, with HTML entities decoded; `nil` when absent.
    public static func inputValue(named name: String, in html: String) -> String? {
        inputs(in: html).first { $0["name"] == name }?["value"]
    }

    /// The attributes of every `<input>` element of a page, in document order.
    public static func inputs(in html: String) -> [[String: String]] {
        var result: [[String: String]] = []
        var rest = html[...]
        while let start = rest.range(of: "<input") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            result.append(attributes(of: rest[start.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    /// The `name="value"` attributes of a tag's inside (double-quoted values only, as Threadline writes them).
    static func attributes(of tag: Substring) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = tag
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            guard let close = rest[equals.upperBound...].firstIndex(of: "\"") else { break }
            attributes[name] = unescapedHTML(String(rest[equals.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return attributes
    }

    /// `text` with the entities Mustache writes (`&lt; &gt; &amp; &quot; &#39;`) turned back into characters.
    public static func unescapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `text` escaped exactly as Mustache's `{{value}}` escapes it.
    public static func escapedHTML(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// One `Set-Cookie` header: the cookie's name and value and its attributes (names lower-cased).
public struct SetCookie: Sendable, Equatable {
    /// The cookie's name.
    public var name: String
    /// The cookie's value.
    public var value: String
    /// Attributes by lower-cased name (`httponly`, `samesite`, `max-age`, `path`, `secure`); flags map to "".
    public var attributes: [String: String]

    /// Parses a `Set-Cookie` header value; `nil` when it has no `name=value` pair.
    public init?(_ header: String) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        name = String(first[..<equals])
        value = String(first[first.index(after: equals)...])
        var attributes: [String: String] = [:]
        for part in parts.dropFirst() {
            if let equals = part.firstIndex(of: "=") {
                attributes[part[..<equals].lowercased()] = String(part[part.index(after: equals)...])
            } else {
                attributes[part.lowercased()] = ""
            }
        }
        self.attributes = attributes
    }

    /// Whether the cookie is hidden from scripts.
    public var isHttpOnly: Bool { attributes["httponly"] != nil }
    /// The `SameSite` attribute, as written.
    public var sameSite: String? { attributes["samesite"] }
    /// The `Max-Age` attribute as a number.
    public var maxAge: Int? { attributes["max-age"].flatMap { Int($0) } }
    /// The `Cookie` request header that sends this cookie back.
    public var requestHeader: String { "\(name)=\(value)" }
}
