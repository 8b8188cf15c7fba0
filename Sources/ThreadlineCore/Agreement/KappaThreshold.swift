import Foundation

/// "Show where kappa is below …": keeps the comparisons whose Cohen's kappa falls short of a value from 0 to 1.
public struct KappaThreshold: Sendable, Hashable {
    /// The kappa a comparison must reach to be left out.
    public var value: Double

    /// Creates a threshold; `value` is clamped to 0…1.
    public init(_ value: Double) {
        self.value = min(max(value, 0), 1)
    }

    /// Reads a threshold typed into the field `field`: a number from 0 to 1 such as "0.6" (a comma is taken as the
    /// decimal mark); an empty text is no threshold.
    /// - Throws: `ValidationError` naming `field` when the text is not such a number.
    public static func parse(_ text: String?, field: String = "below") throws(ValidationError) -> KappaThreshold? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let normalised = trimmed.replacingOccurrences(of: ",", with: ".")
        guard normalised.count <= 32, normalised.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Double(normalised), value.isFinite, value >= 0, value <= 1
        else {
            throw ValidationError([
                FieldProblem(
                    field: field,
                    message: "“Show where kappa is below” needs a number from 0 to 1, such as 0.6.")
            ])
        }
        return KappaThreshold(value)
    }

    /// Whether `kappa` is kept: below the threshold, or undefined (`nil`).
    public func keeps(kappa: Double?) -> Bool {
        guard let kappa else { return true }
        return kappa < value
    }

    /// Whether the pair's comparison is kept: its kappa is below the threshold or undefined.
    public func keeps(_ agreement: PairAgreement) -> Bool { keeps(kappa: agreement.kappa) }
}
