/// The text level of RFC 5545: TEXT escaping and unescaping, line folding at 75
/// octets with CRLF, and the compact date and date-time forms.
public enum ICSText {
    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11),
    /// after the one sanitiser, so no control from the data reaches a calendar program.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        for scalar in SafeText.lines(text).unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": if previous != "\r" { result += "\\n" }
            case "\r": result += "\\n"
            default:
                // Other control characters have no place in a content line.
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// The inverse of `escape`: `\\`, `\;`, `\,`, `\n` and `\N`. A backslash before
    /// anything else is kept as it is (lenient, as most calendar programs are).
    public static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n", "N": result.append("\n")
                case "\\", ";", ",": result.append(character)
                default: result.append("\\"); result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// Splits a TEXT list value at the commas that are not escaped, then unescapes each item.
    public static func unescapeList(_ text: Substring) -> [String] {
        var items: [String] = []
        var start = text.startIndex
        var position = text.startIndex
        var escaping = false
        while position < text.endIndex {
            let character = text[position]
            if escaping {
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                items.append(unescape(text[start..<position]))
                start = text.index(after: position)
            }
            position = text.index(after: position)
        }
        items.append(unescape(text[start...]))
        return items.filter { !$0.isEmpty }
    }

    /// Splits a content line into lines of at most 75 octets, never inside a UTF-8
    /// sequence; each continuation starts with a space (RFC 5545 3.1). Ends in CRLF.
    public static func fold(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out += bytes[start..<end]
            out += [13, 10, 32]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [13, 10]
        return out
    }

    /// `20260106T140000`.
    public static func compact(_ time: LocalDateTime, seconds: Int = 0) -> String {
        compact(time.day) + "T" + Day.pad(time.hour, 2) + Day.pad(time.minute, 2) + Day.pad(seconds, 2)
    }

    /// A DATE (`20260106`) or DATE-TIME (`20260106T140000`, `…Z` in UTC) value, every
    /// part range-checked; nil when it is neither.
    static func dateTime(_ text: Substring) -> (time: LocalDateTime, seconds: Int, isDate: Bool, isUTC: Bool)? {
        let bytes = Array(text.utf8)
        let digits = { (range: Range<Int>) -> Int? in Day.number(bytes[range]) }
        guard bytes.count >= 8, let year = digits(0..<4), let month = digits(4..<6), let dayNumber = digits(6..<8),
              let day = Day(year: year, month: month, day: dayNumber) else { return nil }
        if bytes.count == 8 { return (LocalDateTime(day: day, minutes: 0), 0, true, false) }
        let isUTC = bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")
        guard bytes.count == 15 || isUTC, bytes[8] == UInt8(ascii: "T"), let hour = digits(9..<11), let minute = digits(11..<13),
              let second = digits(13..<15), hour < 24, minute < 60, second < 61 else { return nil }
        return (LocalDateTime(day: day, minutes: hour * 60 + minute), min(second, 59), false, isUTC)
    }

    /// `20260106`.
    public static func compact(_ day: Day) -> String {
        let (year, month, dayNumber) = day.components
        return Day.pad(year, 4) + Day.pad(month, 2) + Day.pad(dayNumber, 2)
    }
}

/// Content lines collected in order, folded and joined with CRLF at the end.
struct ICSLines {
    private(set) var lines: [String] = []

    mutating func add(_ line: String) { lines.append(line) }
    mutating func add(_ more: [String]) { lines += more }

    /// `NAME:escaped text`, left out when the text is empty.
    mutating func addText(_ name: String, _ value: String) {
        if !value.isEmpty { add(name + ":" + ICSText.escape(value)) }
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        for line in lines { out += ICSText.fold(line) }
        return out
    }
}
