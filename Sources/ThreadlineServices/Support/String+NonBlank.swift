import Foundation

extension String {
    /// `nil` for blank text, so templates can test for it and imports can treat a blank cell as absent.
    public var nonBlank: String? {
        trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self
    }
}
