/// A transformation matrix `[a b c d e f]` (ISO 32000-1 §8.3.3), applied to row vectors `[x y 1]`.
struct PDFMatrix: Equatable {
    var a = 1.0
    var b = 0.0
    var c = 0.0
    var d = 1.0
    var e = 0.0
    var f = 0.0

    static let identity = PDFMatrix()

    /// A translation by `(x, y)`.
    static func translation(_ x: Double, _ y: Double) -> PDFMatrix {
        PDFMatrix(e: x, f: y)
    }

    /// A matrix from six operands; `nil` unless all six are finite numbers.
    init?(_ operands: [PDFObject]) {
        let values = operands.compactMap(\.number)
        guard values.count == 6, values.allSatisfy(\.isFinite) else { return nil }
        (a, b, c, d, e, f) = (values[0], values[1], values[2], values[3], values[4], values[5])
    }

    init(a: Double = 1, b: Double = 0, c: Double = 0, d: Double = 1, e: Double = 0, f: Double = 0) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    /// `self × other`: first this transformation, then `other` (§8.3.4).
    func concatenating(_ other: PDFMatrix) -> PDFMatrix {
        PDFMatrix(
            a: a * other.a + b * other.c, b: a * other.b + b * other.d,
            c: c * other.a + d * other.c, d: c * other.b + d * other.d,
            e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
    }

    /// Where the point `(x, y)` goes.
    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (x * a + y * c + e, x * b + y * d + f)
    }

    /// How much the matrix stretches a vertical distance, to turn a font size into an apparent size.
    var verticalScale: Double {
        (c * c + d * d).squareRoot()
    }
}
