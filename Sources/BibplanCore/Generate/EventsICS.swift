import Foundation

/// A library's events as an RFC 5545 iCalendar file, for other calendar programs
/// (calcurse imports it with `calcurse -i FILE`). One VEVENT per event: a series
/// keeps its RRULE and EXDATEs. Times are local: with `TZID=Europe/Copenhagen`
/// (and its VTIMEZONE) for a library in that zone, floating otherwise. Lines end
/// in CRLF and are folded at 75 octets; text is escaped.
public enum EventsICS {
    /// - Parameter stamp: DTSTAMP of every event (UTC); a fixed value keeps the file reproducible.
    public static func encode(_ library: Library, stamp: LocalDateTime? = nil) -> [UInt8] {
        var out = Lines()
        let zoneID = library.timeZone
        let zone = zoneID == copenhagen ? TimeZone(identifier: zoneID) : nil
        let stampText = compact(stamp ?? LocalDateTime(day: library.plan?.from ?? Day(ordinal: 0), minutes: 0), seconds: 0) + "Z"
        out.add("BEGIN:VCALENDAR")
        out.add("VERSION:2.0")
        out.add("PRODID:-//bibplan//bibplan generate//DA")
        out.add("CALSCALE:GREGORIAN")
        out.add("METHOD:PUBLISH")
        out.add("X-WR-CALNAME:" + escape(library.name))
        out.add("X-WR-TIMEZONE:" + zoneID)
        if zone != nil { out.lines += copenhagenTimeZone }
        let timeParameter = zone != nil ? ";TZID=" + zoneID : ""
        for event in library.events {
            out.add("BEGIN:VEVENT")
            out.add("UID:" + escape("\(library.id)-\(event.id)@bibplan"))
            out.add("DTSTAMP:" + stampText)
            out.add("DTSTART\(timeParameter):" + compact(event.start, seconds: 0))
            out.add("DTEND\(timeParameter):" + compact(event.start.adding(minutes: max(event.durationMinutes, 0)), seconds: 0))
            if let text = event.rrule, let rule = try? RecurrenceRule(parsing: text) {
                out.add("RRULE:" + ruleText(rule, zone: zone))
                if !event.exdates.isEmpty {
                    let days = event.exdates.map { compact(LocalDateTime(day: $0, minutes: event.start.minutes), seconds: 0) }
                    out.add("EXDATE\(timeParameter):" + days.joined(separator: ","))
                }
            }
            out.add("SUMMARY:" + escape(event.title))
            if !event.location.isEmpty { out.add("LOCATION:" + escape(event.location)) }
            if !event.description.isEmpty { out.add("DESCRIPTION:" + escape(event.description)) }
            out.add("END:VEVENT")
        }
        out.add("END:VCALENDAR")
        return out.bytes()
    }

    static let copenhagen = "Europe/Copenhagen"

    /// The rule as written in the file; an UNTIL becomes UTC when the times carry a zone
    /// (RFC 5545 3.3.10), else stays a local date-time like DTSTART.
    static func ruleText(_ rule: RecurrenceRule, zone: TimeZone?) -> String {
        var plain = rule
        plain.until = nil
        guard let until = rule.until else { return plain.text }
        let seconds = until.minutes == 24 * 60 - 1 ? 59 : 0
        guard let zone else { return plain.text + ";UNTIL=" + compact(until, seconds: seconds) }
        let local = until.day.ordinal * 86_400 + until.minutes * 60 + seconds
        var utc = local - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        utc = local - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        let day = Day(ordinal: utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400)
        let rest = utc - day.ordinal * 86_400
        return plain.text + ";UNTIL=" + compact(LocalDateTime(day: day, minutes: rest / 60), seconds: rest % 60) + "Z"
    }

    /// `20260106T140000`.
    static func compact(_ time: LocalDateTime, seconds: Int) -> String {
        let (year, month, day) = time.day.components
        return pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(time.hour, 2) + pad(time.minute, 2) + pad(seconds, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            default:
                // Other control characters have no place in a content line.
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Splits a content line into lines of at most 75 octets, never inside a UTF-8
    /// sequence; each continuation starts with a space (RFC 5545 3.1).
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

    private struct Lines {
        var lines: [String] = []
        mutating func add(_ line: String) { lines.append(line) }
        func bytes() -> [UInt8] {
            var out: [UInt8] = []
            for line in lines { out += EventsICS.fold(line) }
            return out
        }
    }

    /// Central European time with the EU's daylight-saving rule (since 1996).
    static let copenhagenTimeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Copenhagen",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
