import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, keeping every value of repeated names
/// (checkbox lists send one `organisation_ids` per ticked box).
struct FormData: Sendable {
    private(set) var values: [String: [String]] = [:]

    /// Parses a URL-encoded body; malformed escapes are kept as typed rather than rejected.
    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    init(values: [String: [String]]) {
        self.values = values
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a field, or "".
    subscript(_ name: String) -> String { values[name]?.first ?? "" }

    /// The first value of `name`, or `nil` when the field is absent.
    func get(_ name: String) -> String? { values[name]?.first }

    /// A request's query string read as a GET form sends it, so the "+" a browser writes for each space typed in a
    /// box is a space again (Hummingbird's `queryParameters` keeps it as "+").
    static func query(of request: Request) -> FormData { FormData(request.uri.query ?? "") }

    /// Every value of a field.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Reads and parses a request's body (at most the context's upload limit).
    static func read(from request: Request, context: AppRequestContext) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return FormData(String(buffer: buffer))
    }
}
