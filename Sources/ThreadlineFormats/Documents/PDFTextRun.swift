/// A piece of text shown by one text-showing operator, where it sits on the page in default user space.
struct PDFTextRun {
    var text: String
    /// Where the first glyph's origin is.
    var x: Double
    /// The baseline's height, growing upwards (§8.3.2.3).
    var y: Double
    /// Where the origin after the last glyph is.
    var endX: Double
    /// The apparent font size: the size from `Tf` scaled by the text matrix and the CTM.
    var fontSize: Double
}
