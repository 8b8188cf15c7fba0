import ArgumentParser

/// The `--media-path` option of the commands that read or write recordings.
struct MediaOptions: ParsableArguments {
    @Option(help: "The folder recordings are stored in (media.path, MEDIA_PATH). Default ./threadline-media.")
    var mediaPath: String?

    /// The folder in force: the flag, else `MEDIA_PATH`, else the default.
    var resolvedPath: String {
        HubConfiguration(flags: HubConfiguration.flag("media.path", mediaPath)).mediaPath
    }
}
