/// Why a `multipart/form-data` body could not be read; the message says where.
public struct MultipartFormDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the part (counted from 1) where there is one.
    public var message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
