import Foundation

/// WCAG 2.x contrast: relative luminance of sRGB colours and the ratio (L₁ + 0.05)/(L₂ + 0.05).
/// (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)
enum CheckedContrastRatio {
    static func luminance(_ hex: String) -> Double? {
        let digits = Array(hex.dropFirst())
        guard hex.first == "#", digits.count == 6 else { return nil }
        var channels: [Double] = []
        for index in stride(from: 0, to: 6, by: 2) {
            guard let byte = Int(String(digits[index...index + 1]), radix: 16) else { return nil }
            let value = Double(byte) / 255
            channels.append(value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4))
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func between(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
