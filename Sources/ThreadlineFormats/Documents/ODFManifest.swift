/// Reads an OpenDocument package's manifest (`META-INF/manifest.xml`) for the one thing extraction needs: whether any
/// entry is encrypted, which the manifest says with a `manifest:encryption-data` element (OASIS ODF 1.2 Part 3, §4.8).
struct ODFManifest: DocumentXMLHandler {
    /// The manifest's namespace.
    static let namespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// Whether an entry of the package is encrypted (a document saved with a password encrypts `content.xml`).
    private(set) var hasEncryptedEntries = false

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        if name == "encryption-data", namespace == Self.namespace { hasEncryptedEntries = true }
    }

    mutating func end(_ name: String, namespace: String) {}

    mutating func characters(_ text: String) {}
}
