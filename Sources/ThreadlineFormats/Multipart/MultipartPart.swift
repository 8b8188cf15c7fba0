public import Foundation

/// One part of a `multipart/form-data` body (RFC 7578): a form field, or a file with its name.
public struct MultipartPart: Hashable, Sendable {
    /// The form field's name.
    public var name: String
    /// The file's name as the browser sent it, for a file field; `nil` for a plain field.
    public var fileName: String?
    /// The part's `Content-Type`, if it gave one.
    public var contentType: String?
    /// The part's bytes.
    public var data: Data

    /// Creates a part.
    public init(name: String, fileName: String? = nil, contentType: String? = nil, data: Data) {
        self.name = name
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }

    /// The part's bytes as UTF-8 text (a plain field's value); invalid bytes become U+FFFD.
    public var text: String { String(decoding: data, as: UTF8.self) }
}
