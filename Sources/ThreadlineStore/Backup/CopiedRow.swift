import Crypto
import Foundation
import SQLKit

/// One row read for copying, each value decoded as its column's kind so that both engines read and bind the
/// same Swift values (an integer column binds an integer, even when it is NULL).
struct CopiedRow: Sendable {
    /// One value.
    enum Value: Sendable, Hashable {
        case integer(Int?)
        case double(Double?)
        case text(String?)

        /// The value to bind, typed by its column's kind.
        var bindable: any Encodable & Sendable {
            switch self {
            case .integer(let value): value
            case .double(let value): value
            case .text(let value): value
            }
        }

        /// Whether the value is NULL.
        var isNull: Bool {
            switch self {
            case .integer(let value): value == nil
            case .double(let value): value == nil
            case .text(let value): value == nil
            }
        }

        /// Unambiguous text for hashing: a kind letter, then the value (doubles by their exact bits).
        var canonicalText: String {
            switch self {
            case .integer(let value): value.map { "i\($0)" } ?? "-"
            case .double(let value): value.map { "d\(String($0.bitPattern, radix: 16))" } ?? "-"
            case .text(let value): value.map { "t\($0.utf8.count):\($0)" } ?? "-"
            }
        }
    }

    /// The values in the layout's column order.
    var values: [Value]

    /// Reads `row` by `columns`.
    init(_ row: any SQLRow, columns: [TableLayout.Column]) throws {
        values = try columns.map { column in
            switch column.kind {
            case .integer: .integer(try row.decode(column: column.name, as: Int?.self))
            case .double: .double(try row.decode(column: column.name, as: Double?.self))
            case .text: .text(try row.decode(column: column.name, as: String?.self))
            }
        }
    }

    /// The values of `names` (columns of `columns`), or `nil` when any of them is NULL.
    func key(_ names: [String], in columns: [TableLayout.Column]) -> [Value]? {
        var key: [Value] = []
        for name in names {
            guard let index = columns.firstIndex(where: { $0.name == name }), !values[index].isNull else { return nil }
            key.append(values[index])
        }
        return key
    }

    /// The SHA-256 of the row's values with their column names.
    func digest(columns: [TableLayout.Column]) -> SHA256.Digest {
        var hasher = SHA256()
        for (column, value) in zip(columns, values) {
            hasher.update(data: Data("\(column.name)=\(value.canonicalText)\u{1F}".utf8))
        }
        return hasher.finalize()
    }

    /// A checksum of a whole table that does not depend on row order (each engine may return rows in its own
    /// order, and text sorts by collation): the SHA-256 of the rows' sorted digests.
    static func tableChecksum(_ rows: [CopiedRow], columns: [TableLayout.Column]) -> String {
        let digests = rows.map { Data($0.digest(columns: columns)) }.sorted { $0.lexicographicallyPrecedes($1) }
        var hasher = SHA256()
        for digest in digests { hasher.update(data: digest) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
