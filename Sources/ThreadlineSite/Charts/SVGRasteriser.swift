public import Foundation

/// Turns an SVG drawing into a PNG by running `rsvg-convert` (librsvg; Debian's `librsvg2-bin`) as a subprocess:
/// the SVG goes in on standard input and the PNG comes back on standard output, with no shell in between.
///
/// Journeys are offered as PNG only where a rasteriser is found, so the server and the static site ask
/// ``located(environment:)`` once and pass the answer (or `nil`) down.
public struct SVGRasteriser: Sendable {
    /// The `rsvg-convert` executable to run.
    public let executablePath: String
    /// How long one conversion may take before the process is stopped.
    public let timeout: Duration

    /// The environment variable naming the executable, which wins over `PATH`.
    public static let environmentKey = "THREADLINE_RSVG_CONVERT"
    /// The executable's name on `PATH`.
    public static let executableName = "rsvg-convert"

    /// Creates a rasteriser over a known executable.
    public init(executablePath: String, timeout: Duration = .seconds(20)) {
        self.executablePath = executablePath
        self.timeout = timeout
    }

    /// Why a drawing could not be turned into a PNG.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// The rasteriser named by `THREADLINE_RSVG_CONVERT` when it is set (none when that is not an executable),
    /// otherwise `rsvg-convert` on `PATH`; `nil` when there is none.
    public static func located(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> SVGRasteriser?
    {
        if let explicit = environment[environmentKey], !explicit.isEmpty {
            // An explicit choice is obeyed, even when wrong: falling back to PATH would hide the mistake.
            return FileManager.default.isExecutableFile(atPath: explicit)
                ? SVGRasteriser(executablePath: explicit) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(executableName)") {
            return SVGRasteriser(executablePath: "\(folder)/\(executableName)")
        }
        return nil
    }

    /// What to tell someone whose machine has no rasteriser.
    public static let installAdvice =
        "Journey PNGs need rsvg-convert (Debian or Ubuntu: `sudo apt install librsvg2-bin`; Fedora: "
        + "`sudo dnf install librsvg2-tools`; macOS: `brew install librsvg`), or THREADLINE_RSVG_CONVERT set to it."

    /// The PNG drawn from `svg`.
    public func png(fromSVG svg: String) async throws -> Data {
        _ = Self.ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = ["--format", "png"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "\(executablePath) could not be started: \(error.localizedDescription)")
        }
        // A converter that hangs must not hold a request or an export for ever.
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        // Writing, reading and waiting each block, and a drawing larger than a pipe's buffer would stall if they
        // took turns on one thread, so each has its own.
        async let written: Bool = Self.blocking {
            let handle = input.fileHandleForWriting
            defer { try? handle.close() }
            do {
                try handle.write(contentsOf: Data(svg.utf8))
                return true
            } catch {
                return false
            }
        }
        async let png = Self.blocking { output.fileHandleForReading.readDataToEndOfFile() }
        async let messages = Self.blocking { errors.fileHandleForReading.readDataToEndOfFile() }
        let (sent, bytes, detail) = await (written, png, messages)
        await Self.blocking { process.waitUntilExit() }
        guard sent, process.terminationReason == .exit, process.terminationStatus == 0,
            bytes.starts(with: Self.pngSignature)
        else {
            let text = String(decoding: detail.suffix(1_000), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let how =
                process.terminationReason == .uncaughtSignal
                ? "was stopped (signal \(process.terminationStatus); the limit is \(timeout))"
                : "exited with status \(process.terminationStatus)"
            throw Failure(description: "\(executablePath) \(how) without a PNG. \(text)")
        }
        return bytes
    }

    /// The eight bytes every PNG file starts with.
    public static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// A converter that exits before reading all its input would otherwise kill this process with SIGPIPE; with
    /// the signal ignored the write fails instead, and the conversion reports it. Done once, on first use.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
