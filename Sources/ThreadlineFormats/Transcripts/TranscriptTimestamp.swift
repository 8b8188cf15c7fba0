/// Reads and writes the clock times used by the transcript formats, in milliseconds.
enum TranscriptTimestamp {
    /// The shape of timestamp a format uses.
    enum Style {
        /// WebVTT: `hh:mm:ss.ttt` or `mm:ss.ttt`; hours may have any number of digits, minutes and seconds are two
        /// digits 00–59 and milliseconds exactly three digits
        /// (https://www.w3.org/TR/webvtt1/#collect-a-webvtt-timestamp), except that in `mm:ss.ttt` the minutes may
        /// have other than two digits (`0:02.500`, `000:01.000`), as vtt.js reads them.
        case webVTT
        /// SRT: `hh:mm:ss,mmm`, hours required; `.` is accepted for `,` because many tools write it.
        case srt
        /// YouTube's SubViewer (`.sbv`): `h:mm:ss.ttt`, hours required and of any number of digits, minutes and
        /// seconds two digits, milliseconds exactly three digits after `.`.
        case sbv
        /// A `[hh:mm:ss]` stamp in timestamped text: as WebVTT, but the milliseconds are optional and may follow
        /// `.` or `,`.
        case bracket
    }

    /// Why a timestamp could not be read: a phrase such as `"minutes must be two digits"`.
    struct Failure: Error {
        let reason: String
    }

    /// Hours are capped at nine digits so the millisecond total cannot overflow `Int`; no recording is that long.
    private static let maximumHourDigits = 9

    /// Reads a timestamp starting at `index`, and moves `index` past it.
    static func scan(
        _ bytes: [UInt8],
        at index: inout Int,
        end: Int,
        style: Style
    ) -> Result<Int, Failure> {
        let example =
            switch style {
            case .srt: "00:01:02,000"
            case .sbv: "0:01:02.000"
            case .webVTT, .bracket: "00:01:02.000"
            }
        guard index < end, TranscriptBytes.isDigit(bytes[index]) else {
            return .failure(Failure(reason: "expected a time such as \(example)"))
        }
        let first = digits(bytes, at: &index, end: end)
        let firstIsHours = style == .srt || style == .sbv || first.count != 2 || first.value > 59
        guard index < end, bytes[index] == TranscriptBytes.colon else {
            return .failure(Failure(reason: "expected ':' after \(first.text(bytes)); times look like \(example)"))
        }
        index += 1
        let second = digits(bytes, at: &index, end: end)
        guard second.count == 2 else {
            let unit = firstIsHours ? "minutes" : "seconds"
            return .failure(Failure(reason: "\(unit) must be two digits, found '\(second.text(bytes))'"))
        }
        var hours = 0
        var minutes = first
        var seconds = second
        let hasThirdField = index < end && bytes[index] == TranscriptBytes.colon
        // W3C reads a first field that is not two digits under 60 as hours, and then wants seconds; without them it
        // drops the cue. vtt.js reads a two-field time whose first field is at most 59 (`0:02.500`, `000:01.000`) as
        // minutes and seconds, which is all it can mean, so WebVTT does too. Over 59 (`120:00.000`) vtt.js reads
        // hours and minutes; that is a guess either way, so it stays refused.
        let minutesAsWritten = style == .webVTT && firstIsHours && !hasThirdField && first.value <= 59
        if minutesAsWritten {
            guard first.count <= maximumHourDigits else {
                return .failure(Failure(reason: "the minutes value \(first.text(bytes)) is too large"))
            }
        } else if firstIsHours || hasThirdField {
            guard index < end, bytes[index] == TranscriptBytes.colon else {
                return .failure(
                    Failure(reason: "expected ':' and seconds after the minutes; times look like \(example)"))
            }
            index += 1
            let third = digits(bytes, at: &index, end: end)
            guard third.count == 2 else {
                return .failure(Failure(reason: "seconds must be two digits, found '\(third.text(bytes))'"))
            }
            guard first.count <= maximumHourDigits else {
                return .failure(Failure(reason: "the hours value \(first.text(bytes)) is too large"))
            }
            hours = first.value
            minutes = second
            seconds = third
        }
        guard minutes.value <= 59 else {
            return .failure(Failure(reason: "minutes must be 00–59, found \(minutes.text(bytes))"))
        }
        guard seconds.value <= 59 else {
            return .failure(Failure(reason: "seconds must be 00–59, found \(seconds.text(bytes))"))
        }
        let milliseconds: Int
        switch fraction(bytes, at: &index, end: end, style: style) {
        case .success(let value): milliseconds = value
        case .failure(let failure): return .failure(failure)
        }
        return .success(((hours * 60 + minutes.value) * 60 + seconds.value) * 1000 + milliseconds)
    }

    private static func fraction(
        _ bytes: [UInt8],
        at index: inout Int,
        end: Int,
        style: Style
    ) -> Result<Int, Failure> {
        // SBV separates its two times with a comma, so only `.` can start its milliseconds.
        let separators: [UInt8] =
            style == .webVTT || style == .sbv
            ? [TranscriptBytes.fullStop] : [TranscriptBytes.comma, TranscriptBytes.fullStop]
        guard index < end, separators.contains(bytes[index]) else {
            if style == .bracket { return .success(0) }
            let separator = style == .srt ? "," : "."
            return .failure(
                Failure(reason: "expected '\(separator)' and three digits of milliseconds after the seconds"))
        }
        index += 1
        let millis = digits(bytes, at: &index, end: end)
        guard millis.count == 3 else {
            return .failure(Failure(reason: "milliseconds must be exactly three digits, found '\(millis.text(bytes))'"))
        }
        return .success(millis.value)
    }

    /// A run of ASCII digits: where it is, how many there are, and its value (exact up to nine digits, which is
    /// all any field here may have).
    private struct Digits {
        let range: Range<Int>
        let value: Int
        var count: Int { range.count }

        func text(_ bytes: [UInt8]) -> String {
            range.isEmpty ? "" : String(decoding: bytes[range.prefix(20)], as: UTF8.self)
        }
    }

    private static func digits(_ bytes: [UInt8], at index: inout Int, end: Int) -> Digits {
        let start = index
        var value = 0
        while index < end, TranscriptBytes.isDigit(bytes[index]) {
            if index - start < maximumHourDigits {
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            index += 1
        }
        return Digits(range: start..<index, value: value)
    }

    /// Formats milliseconds as `hh:mm:ss.ttt` (or with `,` for SRT); hours have at least two digits. Negative times
    /// are written as zero, since neither format can express them.
    static func format(_ milliseconds: Int, fractionSeparator: Character) -> String {
        let clamped = max(0, milliseconds)
        let hours = clamped / 3_600_000
        let minutes = clamped / 60_000 % 60
        let seconds = clamped / 1000 % 60
        let millis = clamped % 1000
        return "\(padded(hours, 2)):\(padded(minutes, 2)):\(padded(seconds, 2))\(fractionSeparator)\(padded(millis, 3))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
