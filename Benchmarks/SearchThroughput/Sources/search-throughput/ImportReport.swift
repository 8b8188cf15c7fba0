/// What importing the corpus took.
struct ImportReport {
    /// Segments stored as transcript cues.
    var cues = 0
    /// Testimonies created.
    var testimonies = 0
    /// Seconds spent reading and decoding `segments.jsonl`.
    var readSeconds = 0.0
    /// Seconds spent in the store: creating each testimony and replacing its transcript (which indexes it).
    var storeSeconds = 0.0
    /// Wall-clock seconds of the whole import.
    var wallSeconds = 0.0
}
