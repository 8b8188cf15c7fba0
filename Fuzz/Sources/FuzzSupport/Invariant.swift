/// Stops the process when a parser broke a promise, so libFuzzer records the input as a crash.
///
/// A parser that returns nonsense without crashing is as much a bug as one that traps; `fatalError` turns the
/// broken invariant into a deadly signal that libFuzzer saves as `crash-…`, with the message printed above it.
///
/// - Parameters:
///   - condition: What the parser promised.
///   - message: What was broken, printed with the crash.
public func invariant(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() {
        fatalError("invariant broken: \(message())", file: file, line: line)
    }
}
