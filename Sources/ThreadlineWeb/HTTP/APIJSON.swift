import Foundation
import Hummingbird
import ThreadlineCore

/// JSON bodies in and out of the API: ISO 8601 dates, sorted keys, a size limit, and clear errors.
enum APIJSON {
    /// The largest request body the API reads.
    static let maximumBodySize = 1024 * 1024

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// Reads the body as a JSON object, or throws an `APIError` saying what is wrong with it.
    static func object(from request: Request) async throws -> [String: JSONValue] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBodySize)
        } catch {
            throw APIError(
                .contentTooLarge, code: "too_large", message: "The body is larger than \(maximumBodySize) bytes.")
        }
        return try object(from: buffer)
    }

    /// Reads bytes already collected as a JSON object, or throws an `APIError` saying what is wrong with them.
    static func object(from buffer: ByteBuffer) throws -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(Data(buffer: buffer))
        } catch {
            throw APIError(.badRequest, code: "invalid_json", message: "The body is not valid JSON.")
        }
        guard let object = value.objectValue else {
            throw APIError(
                .badRequest, code: "invalid_json", message: "The body must be a JSON object, not \(value.kindName).")
        }
        return object
    }
}
