/// Why a static export stopped, as a sentence naming the folder or file concerned.
public enum SiteExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output folder holds files and no manifest of an earlier export, so they are someone else's.
    case foreignDirectory(path: String)
    /// The output folder (or a folder inside it) cannot be created or written to.
    case unwritable(path: String, reason: String)
    /// The manifest of an earlier export is there but cannot be read.
    case unreadableManifest(path: String, reason: String)
    /// A page address would leave the output folder or name something that is not a plain file name.
    case unsafePath(String)
    /// The built-in assets are missing from the build.
    case missingAssets

    public var description: String {
        switch self {
        case .foreignDirectory(let path):
            "The folder \(path) is not empty and was not written by `threadline site` (it has no "
                + "\(SiteManifest.fileName)). Choose an empty folder, or pass --force to write into it anyway; "
                + "files that Threadline did not write are never deleted."
        case .unwritable(let path, let reason):
            "Cannot write to \(path): \(reason)"
        case .unreadableManifest(let path, let reason):
            "The manifest \(path) of an earlier export cannot be read (\(reason)). Remove it and pass --force "
                + "to write the site again."
        case .unsafePath(let path):
            "The address \(path) cannot be written as a file: each part must be a plain name of letters, digits, "
                + "'-', '_' or '.'."
        case .missingAssets:
            "The built-in assets (stylesheet and scripts) are missing from the build."
        }
    }
}
