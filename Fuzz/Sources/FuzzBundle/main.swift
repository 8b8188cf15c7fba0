import Foundation
import FuzzSupport
import ThreadlineCore
import ThreadlineFormats

/// Undated records are dated with this fixed instant, so a bundle reads the same every time.
let now = Date(timeIntervalSince1970: 1_700_000_000)

// One programme bundle (JSON) per input: a bundle that reads must write and read back the same; a refused one
// lists problems that say something.
FuzzDriver.run { data in
    let bundle: ProgrammeBundle
    do throws(ValidationError) {
        bundle = try ProgrammeBundleReader(now: now).read(data)
    } catch {
        invariant(!error.problems.isEmpty, "a refused bundle with no problems")
        for problem in error.problems {
            invariant(!problem.message.isEmpty, "a bundle problem without a message in field '\(problem.field)'")
        }
        return
    }
    do {
        let written = try ProgrammeBundleWriter().data(for: bundle)
        let reread = try ProgrammeBundleReader(now: now).read(written)
        invariant(reread == bundle, "bundle changed on a write and re-read")
    } catch {
        invariant(false, "a bundle that was read could not be written and read back: \(error)")
    }
}
