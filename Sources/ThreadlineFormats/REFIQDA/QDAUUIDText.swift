import Foundation

/// Keeps the Foundation dependency of ``QDAGUID/random()`` out of the public file.
enum QDAUUIDText {
    static func random() -> String { UUID().uuidString }
}
