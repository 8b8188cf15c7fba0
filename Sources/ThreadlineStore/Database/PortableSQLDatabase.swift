import Foundation
import Logging
import NIOCore
// For FakeSendableCodable: SQLQueryEncoder wraps each encoded model field in it, so a model's dates arrive as
// FakeSendableCodable<Date> rather than as Date.
@_spi(CodableUtilities) import SQLKit

/// A PostgreSQL connection that stores values as SQLite does: dates as seconds since 1970 (the
/// schema's DOUBLE PRECISION columns), booleans as INTEGER 0 or 1 and lists as JSON text.
///
/// PostgresNIO binds a `Date` as `timestamptz`, a `Bool` as `boolean` and a list as an array, which PostgreSQL
/// refuses (or, for a list, turns into array text) in those columns, and it will not read them back from numbers
/// or JSON either. Rewriting binds and decodes here keeps the entities' `Codable` shapes, and the schema, the same
/// on both engines.
struct PortableSQLDatabase: SQLDatabase {
    /// The connection the queries run on.
    let base: any SQLDatabase

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<
        Void
    > {
        base.execute(sql: PortableBinds(query: query)) { row in onRow(PortableRow(base: row)) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await base.execute(sql: PortableBinds(query: query)) { row in onRow(PortableRow(base: row)) }
    }
}

/// A query whose binds are stored as SQLite stores them (see `portable(_:)`).
private struct PortableBinds: SQLExpression {
    let query: any SQLExpression

    func serialize(to serializer: inout SQLSerializer) {
        let first = serializer.binds.count
        query.serialize(to: &serializer)
        for index in first..<serializer.binds.count {
            serializer.binds[index] = Self.portable(serializer.binds[index])
        }
    }

    /// `bind` as SQLite's encoder would store it: seconds for a date, 0 or 1 for a boolean, JSON text for a
    /// list or any other nested value (the schema keeps lists in TEXT columns).
    static func portable(_ bind: any Encodable & Sendable) -> any Encodable & Sendable {
        switch bind {
        case let date as Date: return date.timeIntervalSince1970
        case let date as FakeSendableCodable<Date>: return date.value.timeIntervalSince1970
        case let flag as Bool: return flag ? 1 : 0
        case let flag as FakeSendableCodable<Bool>: return flag.value ? 1 : 0
        case is String, is Int, is Double, is Int64, is FakeSendableCodable<String>, is FakeSendableCodable<Int>,
            is FakeSendableCodable<Double>, is FakeSendableCodable<Int64>:
            return bind
        default:
            // Only lists and nested values become JSON text; anything that encodes as one value (an ID, a
            // status) is left for PostgresKit to bind as it is.
            guard let json = try? JSONEncoder().encode(bind), let first = json.first,
                first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
            else { return bind }
            return String(decoding: json, as: UTF8.self)
        }
    }
}

/// A row that reads a `Date` from seconds since 1970, a `Bool` from 0 or 1 and a list from JSON text.
private struct PortableRow: SQLRow {
    let base: any SQLRow

    var allColumns: [String] { base.allColumns }

    func contains(column: String) -> Bool { base.contains(column: column) }

    func decodeNil(column: String) throws -> Bool { try base.decodeNil(column: column) }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        if type == Date.self,
            let date = Date(timeIntervalSince1970: try base.decode(column: column, as: Double.self))
                as? D
        {
            return date
        }
        if type == Date?.self, let date = try decodeOptionalDate(column: column) as? D { return date }
        if type == Bool.self, let flag = (try base.decode(column: column, as: Int.self) != 0) as? D { return flag }
        do {
            return try base.decode(column: column, as: type)
        } catch {
            // Lists and nested values are JSON text in TEXT columns (see `PortableBinds.portable`).
            guard let text = try? base.decode(column: column, as: String.self),
                let value = try? JSONDecoder().decode(type, from: Data(text.utf8))
            else { throw error }
            return value
        }
    }

    private func decodeOptionalDate(column: String) throws -> Date? {
        try base.decodeNil(column: column)
            ? nil : Date(timeIntervalSince1970: try base.decode(column: column, as: Double.self))
    }
}
