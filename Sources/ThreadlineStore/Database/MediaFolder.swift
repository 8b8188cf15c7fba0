/// Where recordings are kept when nobody says otherwise.
public enum MediaFolder {
    /// The default media folder, relative to where Threadline runs (`media.path`, `MEDIA_PATH`).
    public static let defaultPath = "./threadline-media"
}
