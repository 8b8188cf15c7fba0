import Foundation

/// Reads typed attribute values of one XML element, throwing errors that name the element, attribute and line.
struct QDAAttributeReader {
    let element: String
    let attributes: [String: String]
    let line: Int

    func string(_ name: String) -> String? { attributes[name] }

    func requiredString(_ name: String) throws(REFIQDAError) -> String {
        guard let value = attributes[name] else {
            throw REFIQDAError(
                .missingAttribute, "Required attribute is missing.", element: element, attribute: name,
                line: line)
        }
        return value
    }

    func guid(_ name: String) throws(REFIQDAError) -> QDAGUID {
        let text = try requiredString(name)
        return try parseGUID(text, attribute: name)
    }

    func optionalGUID(_ name: String) throws(REFIQDAError) -> QDAGUID? {
        guard let text = attributes[name] else { return nil }
        return try parseGUID(text, attribute: name)
    }

    private func parseGUID(_ text: String, attribute: String) throws(REFIQDAError) -> QDAGUID {
        guard let guid = QDAGUID(text) ?? QDAGUID(text.trimmingCharacters(in: .whitespaces)) else {
            throw REFIQDAError(
                .invalidValue, "'\(text.prefix(60))' is not a GUID.", element: element,
                attribute: attribute,
                line: line)
        }
        return guid
    }

    func integer(_ name: String) throws(REFIQDAError) -> Int {
        let text = try requiredString(name)
        guard let value = Int(text) ?? Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw REFIQDAError(
                .invalidValue, "'\(text.prefix(60))' is not an integer.", element: element, attribute: name,
                line: line)
        }
        return value
    }

    func optionalInteger(_ name: String) throws(REFIQDAError) -> Int? {
        guard attributes[name] != nil else { return nil }
        return try integer(name)
    }

    func optionalDate(_ name: String) throws(REFIQDAError) -> Date? {
        guard let text = attributes[name] else { return nil }
        guard let date = QDADateTime.parse(text.trimmingCharacters(in: .whitespaces)) else {
            throw REFIQDAError(
                .invalidValue, "'\(text.prefix(60))' is not an xsd:dateTime.", element: element,
                attribute: name, line: line)
        }
        return date
    }

    /// Reads an `xsd:boolean`; a missing value counts as `true` because tools that omit `isCodable` mean it.
    func boolean(_ name: String) throws(REFIQDAError) -> Bool {
        switch attributes[name]?.trimmingCharacters(in: .whitespaces) {
        case nil, "true", "1": return true
        case "false", "0": return false
        case let other?:
            throw REFIQDAError(
                .invalidValue, "'\(other.prefix(60))' is not an xsd:boolean.", element: element,
                attribute: name,
                line: line)
        }
    }

    /// Reads a `#RGB` or `#RRGGBB` colour and normalises it to upper-case `#RRGGBB`.
    func optionalColor(_ name: String) throws(REFIQDAError) -> String? {
        guard let text = attributes[name]?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard let color = QDAColor.normalise(text) else {
            throw REFIQDAError(
                .invalidValue, "'\(text.prefix(60))' is not a #RRGGBB colour.", element: element,
                attribute: name, line: line)
        }
        return color
    }
}

/// Colour normalisation shared by reader and writer.
enum QDAColor {
    /// Returns `#RRGGBB` in upper case for `#RGB` or `#RRGGBB` input, else `nil`.
    static func normalise(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "#", scalars.count == 4 || scalars.count == 7 else { return nil }
        var digits = ""
        for scalar in scalars.dropFirst() {
            guard scalar.properties.isASCIIHexDigit else { return nil }
            let upper = String(scalar).uppercased()
            digits += scalars.count == 4 ? upper + upper : upper
        }
        return "#" + digits
    }
}
