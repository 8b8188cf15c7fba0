/// Rules for paths inside a `.qdpx` archive and for the `internal://` URLs that point at them.
enum QDPXPath {
    /// Where a path attribute points.
    enum Target: Equatable {
        /// A file inside the archive's `sources/` folder, relative to it.
        case archive(String)
        /// A file outside the archive (`relative://`, `absolute://`, `file://`), which the reader cannot load.
        case external
    }

    /// Whether an archive entry path could escape the folder it is extracted into.
    static func isUnsafe(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("\\") { return true }
        let scalars = Array(path.unicodeScalars.prefix(2))
        // A Windows drive letter such as `C:` makes the path absolute on that platform.
        if scalars.count == 2, scalars[1] == ":" { return true }
        return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// Interprets a `plainTextPath`, `richTextPath` or `path` attribute.
    ///
    /// The REFI-QDA standard writes `internal://name` for files in `sources/`; some tools (the `qc` sample) write
    /// a bare file name, which is read the same way.
    static func target(of value: String) -> Target? {
        let lowered = value.lowercased()
        var relative: Substring
        if lowered.hasPrefix("internal://") {
            relative = value.dropFirst("internal://".count)
        } else if lowered.contains("://") {
            return .external
        } else {
            relative = Substring(value)
        }
        if relative.contains("%"), let decoded = String(relative).removingPercentEncodingIfValid() {
            relative = Substring(decoded)
        }
        let path = String(relative)
        guard !path.isEmpty, !isUnsafe(path) else { return nil }
        return .archive(path)
    }
}

extension String {
    /// Percent-decodes without Foundation, returning `nil` for malformed escapes or invalid UTF-8.
    fileprivate func removingPercentEncodingIfValid() -> String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue),
                let low = iterator.next().flatMap(Self.hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
