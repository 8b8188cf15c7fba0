import CLibFuzzer
public import Foundation

/// Hands the process to libFuzzer, which calls back once per input with its bytes.
///
/// SwiftPM renames an executable's `main` (so tests can link executables), which keeps libFuzzer's own `main` out
/// of the link; `LLVMFuzzerRunDriver` is libFuzzer's documented way to start from a program's own `main` instead.
public enum FuzzDriver {
    /// The body of one fuzz target, called with each input. Set once, before libFuzzer starts.
    nonisolated(unsafe) private static var body: (Data) -> Void = { _ in }

    /// Runs libFuzzer with the process's command line, passing each input to `body`, and exits with its status.
    public static func run(_ body: @escaping (Data) -> Void) -> Never {
        Self.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            // libFuzzer may pass a null pointer for the empty input.
            let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
            FuzzDriver.body(data)
            return 0
        }
        exit(status)
    }
}
