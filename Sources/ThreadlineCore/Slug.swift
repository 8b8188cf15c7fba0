import Foundation

/// Rules for the URL names of public pages (`/places/{slug}`).
public enum Slug {
    /// The longest slug accepted.
    public static let maximumLength = 80

    /// Whether `text` is a valid slug: lower-case ASCII letters and digits in words joined by single hyphens.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maximumLength else { return false }
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// Makes a slug from a title: accents folded, letters lower-cased, everything else a hyphen.
    public static func make(from title: String) -> String {
        let folded = title.folding(
            options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        for scalar in folded.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Salford's" reads better as "salfords" than "salford-s".
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug
    }

    /// The problem with `text` as a slug, if any.
    public static func problem(with text: String, field: String = "slug") -> FieldProblem? {
        if text.isEmpty { return FieldProblem(field: field, message: "Enter a URL name.") }
        if isValid(text) { return nil }
        return FieldProblem(
            field: field,
            message: "Use only lower-case letters, digits and single hyphens (at most \(maximumLength) characters)."
        )
    }
}
