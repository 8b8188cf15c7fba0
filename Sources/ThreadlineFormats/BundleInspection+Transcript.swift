import ThreadlineCore

extension BundleInspection {
    /// Checks a testimony's nested `transcript`: an array of cues, each with whole-millisecond `start_ms` and
    /// `end_ms` (end after start, in time order) and `text`, and an optional `speaker`. `nil` when absent.
    mutating func transcript(_ value: JSONValue?, at testimonyPath: String) -> [TranscriptCue]? {
        guard let value, value != .null else { return nil }
        let path = "\(testimonyPath).\(ProgrammeBundleFormat.transcriptKey)"
        guard let items = value.arrayValue else {
            report(path, "Expected a list of cues, found \(value.kindName).")
            return nil
        }
        var cues: [TranscriptCue] = []
        var previousStart = -1
        for (index, item) in items.enumerated() {
            let cuePath = "\(path)[\(index)]"
            guard let object = item.objectValue else {
                report(cuePath, "Expected an object (one cue), found \(item.kindName).")
                continue
            }
            for key in object.keys.sorted() where !["start_ms", "end_ms", "speaker", "text"].contains(key) {
                report("\(cuePath).\(Self.shortened(key))", "Unknown key; a cue has: end_ms, speaker, start_ms, text.")
            }
            func milliseconds(_ key: String) -> Int? {
                guard let number = object[key]?.numberValue, number >= 0, number == number.rounded(),
                    number < 1e12
                else {
                    report("\(cuePath).\(key)", "Missing or not a whole number of milliseconds.")
                    return nil
                }
                return Int(number)
            }
            let start = milliseconds("start_ms")
            let end = milliseconds("end_ms")
            let text = object["text"]?.stringValue
            if text == nil { report("\(cuePath).text", "Missing: a cue needs its text.") }
            let speaker = object["speaker"]?.stringValue
            if let given = object["speaker"], given != .null, speaker == nil {
                report("\(cuePath).speaker", "Expected text, found \(given.kindName).")
            }
            guard let start, let end, let text else { continue }
            if end <= start {
                report("\(cuePath).end_ms", "The cue must end after it starts (\(start) ms).")
                continue
            }
            if start < previousStart {
                report("\(cuePath).start_ms", "Cues must be in time order; this one starts before the one above.")
            }
            previousStart = start
            cues.append(TranscriptCue(startMs: start, endMs: end, speaker: speaker, text: text))
        }
        return cues
    }
}
