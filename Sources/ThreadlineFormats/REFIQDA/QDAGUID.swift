/// A REFI-QDA GUID, normalised to upper-case hexadecimal without braces.
///
/// The QDA-XML schema accepts `8-4-4-4-12` hexadecimal GUIDs with or without surrounding braces and in any
/// case; tools disagree on which form they write, so every GUID is normalised once on the way in and compared
/// in that single form afterwards.
public struct QDAGUID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The normalised text, for example `088B08AC-D5CD-4ADB-8B71-B4F3459C177F`.
    public let rawValue: String

    /// Creates a GUID from text, accepting braces and any letter case.
    ///
    /// - Parameter text: The GUID as written in a QDA-XML document.
    /// - Returns: `nil` when the text is not an `8-4-4-4-12` hexadecimal GUID.
    public init?(_ text: String) {
        var input = text
        // This runs for every GUID attribute of a project, often hundreds of thousands of times, so it works on
        // the raw UTF-8 buffer with plain index loops (generic iterators are very slow in debug builds).
        let normalised: String?? = input.withUTF8 { buffer -> String?? in
            var start = 0
            var end = buffer.count
            if end >= 2, buffer[0] == UInt8(ascii: "{"), buffer[end - 1] == UInt8(ascii: "}") {
                start = 1
                end -= 1
            }
            guard end - start == 36 else { return .some(nil) }
            var needsCopy = start != 0
            var index = 0
            while index < 36 {
                let byte = buffer[start + index]
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard byte == UInt8(ascii: "-") else { return .some(nil) }
                } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f") {
                    needsCopy = true
                } else {
                    let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                    let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F")
                    guard isDigit || isUpper else { return .some(nil) }
                }
                index += 1
            }
            guard needsCopy else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
            // Lower-case hex letters sit 32 code points above their upper-case forms.
            return String(decoding: bytes.map { $0 >= UInt8(ascii: "a") ? $0 - 32 : $0 }, as: UTF8.self)
        }
        switch normalised {
        case .none: self.rawValue = input
        case .some(.none): return nil
        case .some(.some(let copy)): self.rawValue = copy
        }
    }

    /// Creates a random GUID, useful when building new projects.
    public static func random() -> QDAGUID {
        // `UUID().uuidString` is always a valid upper-case GUID, so the force unwrap cannot fail.
        QDAGUID(QDAUUIDText.random())!
    }

    /// The normalised text of the GUID.
    public var description: String { rawValue }

    /// Orders GUIDs by their normalised text.
    public static func < (lhs: QDAGUID, rhs: QDAGUID) -> Bool { lhs.rawValue < rhs.rawValue }
}
