import Foundation

/// The demo programme's files shipped with the services module (`Resources/demo`): the bundle, and the demo
/// testimony's recording and captions.
public enum DemoResources {
    /// The URL of a file of `Resources/demo`, or `nil` when the build lacks it.
    public static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("demo/\(name)")
    }
}
