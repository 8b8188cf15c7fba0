import Foundation

/// The folder of files shipped with the site module: templates (`templates/`) and the stylesheet and scripts
/// (`assets/`), which the server answers and the static site copies.
public enum SiteResources {
    /// The URL of a sub-folder or file of `Resources`, or `nil` when the build lacks it.
    public static func url(_ path: String) -> URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent(path)
    }
}
