/// Names common files that are not accepted recordings, so that a refusal can say what was uploaded instead
/// ("they look like a PNG image") rather than only what was expected.
enum ForeignFormatResemblance {
    /// A phrase such as "a PNG image" for the format the leading bytes `head` belong to, or `nil`.
    static func describe(_ head: MediaBytes) -> String? {
        for (signature, offset, phrase) in signatures where head.matches(signature, at: offset) {
            return phrase
        }
        if head.matches(ascii: "RIFF", at: 0) {
            // RIFF is a family: name the member by its form type.
            if head.matches(ascii: "AVI ", at: 8) { return "an AVI video" }
            if head.matches(ascii: "WEBP", at: 8) { return "a WebP image" }
            return "a RIFF file that is not WAVE audio"
        }
        if head.matches(ascii: "FORM", at: 0), head.matches(ascii: "AIFF", at: 8) || head.matches(ascii: "AIFC", at: 8)
        {
            return "an AIFF recording"
        }
        if let first = head.byte(at: 0), let second = head.byte(at: 1), first == 0xFF, second & 0xF6 == 0xF0 {
            // ADTS: a 12-bit sync word and layer 0 (ISO/IEC 13818-7 §6.2); the stream needs a container.
            return "raw AAC (ADTS) audio, which needs to be saved as M4A"
        }
        if looksLikeText(head) { return "text" }
        return nil
    }

    /// Leading bytes, where they sit, and the phrase for them; sources are each format's own specification.
    private static let signatures: [([UInt8], Int, String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        (Array("GIF8".utf8), 0, "a GIF image"),
        (Array("%PDF-".utf8), 0, "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "a ZIP archive or an office document"),
        (Array("fLaC".utf8), 0, "a FLAC recording"),
        (Array("#!AMR".utf8), 0, "an AMR voice recording"),
        ([0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11], 0, "a Windows Media (WMA or WMV) file"),
        ([0x00, 0x00, 0x01, 0xBA], 0, "an MPEG program stream (VOB or MPG) video"),
    ]

    /// Whether the first bytes are printable UTF-8 text with line breaks, such as HTML or a transcript.
    private static func looksLikeText(_ head: MediaBytes) -> Bool {
        let sample = head.storage.prefix(512)
        guard !sample.isEmpty else { return false }
        let isPrintable = sample.allSatisfy { byte in byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        return isPrintable && String(validating: sample, as: UTF8.self) != nil
    }
}
