/// How the values coders give are compared (Krippendorff's levels of measurement).
public enum MeasurementLevel: String, Sendable, CaseIterable {
    /// Categories: two values agree or they do not (codes applied or not).
    case nominal
    /// Ranked values: disagreement grows with how many values lie between them.
    case ordinal
    /// Numbers: disagreement is the squared difference.
    case interval
}
