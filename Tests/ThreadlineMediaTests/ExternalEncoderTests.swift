import Foundation
import Testing
import ThreadlineMedia

/// Runs files made by a real encoder through the inspector when `ffmpeg` is on the `PATH`; the synthetic tests
/// are the ones that always run, these only confirm them against real muxers where the tool exists.
@Suite("Files made by ffmpeg", .enabled(if: ExternalEncoder.ffmpeg != nil, "ffmpeg is not installed"))
struct ExternalEncoderTests {
    /// One file to make: ffmpeg arguments after the inputs, what the inspector should find, and the encoders
    /// the file needs (the case is skipped when this ffmpeg lacks one).
    struct Case: CustomTestStringConvertible {
        let fileName: String
        let arguments: [String]
        let kind: MediaKind
        let codec: String
        let hasDuration: Bool
        let encoders: [String]
        var testDescription: String { fileName }
    }

    static let cases: [Case] = [
        Case(
            fileName: "cbr.mp3", arguments: ["-c:a", "libmp3lame", "-b:a", "128k"], kind: .mp3, codec: "mp3",
            hasDuration: true, encoders: ["libmp3lame"]),
        Case(
            fileName: "vbr.mp3", arguments: ["-c:a", "libmp3lame", "-q:a", "4"], kind: .mp3, codec: "mp3",
            hasDuration: true, encoders: ["libmp3lame"]),
        Case(
            fileName: "voice.m4a", arguments: ["-c:a", "aac"], kind: .m4a, codec: "mp4a", hasDuration: true,
            encoders: ["aac"]),
        Case(
            fileName: "video.mp4", arguments: ["-c:v", "mpeg4", "-c:a", "aac"], kind: .mp4, codec: "mp4v,mp4a",
            hasDuration: true, encoders: ["mpeg4", "aac"]),
        Case(
            fileName: "faststart.mp4", arguments: ["-c:v", "mpeg4", "-c:a", "aac", "-movflags", "+faststart"],
            kind: .mp4, codec: "mp4v,mp4a", hasDuration: true, encoders: ["mpeg4", "aac"]),
        Case(
            fileName: "voice.wav", arguments: ["-c:a", "pcm_s16le"], kind: .wav, codec: "pcm", hasDuration: true,
            encoders: ["pcm_s16le"]),
        Case(
            fileName: "voice.opus", arguments: ["-c:a", "libopus"], kind: .ogg, codec: "opus", hasDuration: true,
            encoders: ["libopus"]),
        Case(
            fileName: "voice.ogg", arguments: ["-c:a", "libvorbis"], kind: .ogg, codec: "vorbis", hasDuration: true,
            encoders: ["libvorbis"]),
        Case(
            fileName: "video.webm", arguments: ["-c:v", "libvpx", "-deadline", "realtime", "-c:a", "libopus"],
            kind: .webm, codec: "vp8,opus", hasDuration: true, encoders: ["libvpx", "libopus"]),
    ]

    @Test("a 3.2 s file made by ffmpeg is recognised, with its codec and a duration within 60 ms", arguments: cases)
    func realFile(_ testCase: Case) throws {
        let ffmpeg = try #require(ExternalEncoder.ffmpeg)
        let available = try ExternalEncoder.encoders(ffmpeg)
        let missing = testCase.encoders.filter { !available.contains($0) }
        guard missing.isEmpty else {
            print("skipped \(testCase.fileName): this ffmpeg lacks \(missing.joined(separator: ", "))")
            return
        }
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent(testCase.fileName)
        var inputs = ["-f", "lavfi", "-i", "sine=frequency=440:duration=3.2"]
        if testCase.kind.isVideo {
            inputs = ["-f", "lavfi", "-i", "testsrc=duration=3.2:size=160x120:rate=25"] + inputs
        }
        let status = try ExternalEncoder.run(
            ffmpeg,
            ["-hide_banner", "-loglevel", "error", "-threads", "1"] + inputs + testCase.arguments
                + [output.path])
        try #require(status == 0, "ffmpeg failed to make \(testCase.fileName)")

        let info = try MediaInspector().inspect(fileAt: output)
        #expect(info.kind == testCase.kind)
        #expect(info.codec == testCase.codec)
        let duration = try #require(info.durationMs)
        #expect(abs(duration - 3_200) <= 60)
    }
}

/// Finding and running an encoder installed on the machine.
enum ExternalEncoder {
    /// The `ffmpeg` executable on the `PATH`, if any.
    static let ffmpeg: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("ffmpeg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs `tool` with `arguments`, discarding its output, and returns its exit status.
    static func run(_ tool: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The names of the encoders `ffmpeg` was built with.
    static func encoders(_ ffmpeg: URL) throws -> Set<String> {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = ffmpeg
        process.arguments = ["-hide_banner", "-encoders"]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Lines look like " A....D libopus   libopus Opus (codec opus)": flags, then the name.
        return Set(
            text.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: " ")
                return fields.count >= 2 ? String(fields[1]) : nil
            })
    }
}
