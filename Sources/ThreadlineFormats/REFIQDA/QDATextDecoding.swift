import Foundation

/// Decodes plain-text source files.
enum QDATextDecoding {
    /// Decodes UTF-8 (a leading BOM removed) or BOM-marked UTF-16; keeps line ends exactly as stored, because
    /// selection positions count every scalar of the stored text, CR included.
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: data.dropFirst(2), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data.dropFirst(2), encoding: .utf16BigEndian)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
