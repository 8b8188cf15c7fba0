import Foundation

/// WCAG 2.x contrast ratio (L₁ + 0.05) / (L₂ + 0.05) from sRGB relative luminance,
/// per https://www.w3.org/TR/WCAG21/#dfn-relative-luminance.
enum WCAGContrast {
    static func relativeLuminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { byte -> Double in
            let fraction = Double(byte) / 255
            return fraction <= 0.04045 ? fraction / 12.92 : pow((fraction + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func ratio(_ first: String, _ second: String) -> Double {
        let lighter = max(relativeLuminance(first), relativeLuminance(second))
        let darker = min(relativeLuminance(first), relativeLuminance(second))
        return (lighter + 0.05) / (darker + 0.05)
    }
}
