/// Row and delimiter-row scanning for GFM pipe tables.
enum TableSyntax {
    private static let pipe = UInt8(ascii: "|")

    /// Splits a table row into trimmed cells.
    ///
    /// Leading and trailing pipes are optional. `\|` keeps a literal pipe in the cell (GFM applies this even
    /// inside code spans, so the backslash is dropped here before inline parsing); other escapes are left for
    /// the inline parser.
    static func splitRow(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
        var bytes = Array(line)
        trimSpaces(&bytes)
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        if index < bytes.count && bytes[index] == pipe { index += 1 }
        var endedWithPipe = false
        while index < bytes.count {
            let byte = bytes[index]
            endedWithPipe = false
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == pipe {
                current.append(pipe)
                index += 2
                continue
            }
            if byte == pipe {
                trimSpaces(&current)
                cells.append(current)
                current = []
                endedWithPipe = true
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !endedWithPipe || cells.isEmpty {
            trimSpaces(&current)
            if !(endedWithPipe && current.isEmpty) && !(cells.isEmpty && current.isEmpty && bytes.isEmpty) {
                cells.append(current)
            }
        }
        return cells
    }

    /// Parses a delimiter row such as `| :--- | ---: |`, returning the alignment of each column.
    ///
    /// A pipe is required somewhere in the row so that a lone `---` under a paragraph stays a setext heading.
    static func parseDelimiterRow(_ line: ArraySlice<UInt8>) -> [TableAlignment]? {
        guard line.contains(pipe) else { return nil }
        let cells = splitRow(line)
        guard !cells.isEmpty else { return nil }
        var alignments: [TableAlignment] = []
        for cell in cells {
            guard !cell.isEmpty else { return nil }
            var body = cell[...]
            let leftColon = body.first == UInt8(ascii: ":")
            if leftColon { body = body.dropFirst() }
            let rightColon = body.last == UInt8(ascii: ":")
            if rightColon { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (leftColon, rightColon) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    private static func trimSpaces(_ bytes: inout [UInt8]) {
        while let last = bytes.last, CharacterClass.isSpaceOrTab(last) { bytes.removeLast() }
        var leading = 0
        while leading < bytes.count && CharacterClass.isSpaceOrTab(bytes[leading]) { leading += 1 }
        if leading > 0 { bytes.removeFirst(leading) }
    }
}
