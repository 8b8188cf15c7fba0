import Foundation

/// The folder of files shipped with the web module (templates, assets, demo data).
enum WebResources {
    /// The URL of a sub-folder or file of `Resources`, or `nil` when the build lacks it.
    static func url(_ path: String) -> URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent(path)
    }
}
