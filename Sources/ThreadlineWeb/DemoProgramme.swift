public import Foundation

/// The demo programme shipped with Threadline: Greater Manchester's Local Pilot as a programme bundle.
public enum DemoProgramme {
    /// The bundle's bytes.
    public static func data() throws -> Data {
        guard let url = WebResources.url("demo/local-pilot.json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }
}
