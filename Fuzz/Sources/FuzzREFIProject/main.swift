import Foundation
import FuzzSupport
import ThreadlineFormats

// One `project.qde` per input, read both as a code book and, packed into a `.qdpx` beside a fixed text source, as a
// whole project; a project that reads must write and read back the same.
FuzzDriver.run { data in
    REFIProjectCheck.codebook(data)
    REFIProjectCheck.archive(data)
}
