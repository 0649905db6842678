import Foundation

/// A library's time zone in iCalendar: its VTIMEZONE component, and conversions
/// between the library's wall-clock times and UTC (for UNTIL, and for imported
/// times written in UTC).
public struct ICSTimeZone: Sendable {
    public let identifier: String
    let zone: TimeZone

    public static let copenhagen = "Europe/Copenhagen"

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    /// The UTC time of a wall-clock time in this zone (seconds since 1970). A time
    /// skipped by the spring change is taken with the offset before it.
    public func utcSeconds(of local: LocalDateTime, seconds: Int = 0) -> Int {
        let wall = local.day.ordinal * 86_400 + local.minutes * 60 + seconds
        return ICSSourceZone.utcSeconds(ofWall: wall) { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0))) }
    }

    /// The wall-clock time in this zone of a UTC time, and its seconds.
    public func local(ofUTC seconds: Int) -> (time: LocalDateTime, seconds: Int) {
        let wall = seconds + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return Self.split(wall)
    }

    /// A count of seconds since 1970 as a civil date-time and its leftover seconds.
    static func split(_ total: Int) -> (time: LocalDateTime, seconds: Int) {
        let day = Day(ordinal: total >= 0 ? total / 86_400 : (total - 86_399) / 86_400)
        let rest = total - day.ordinal * 86_400
        return (LocalDateTime(day: day, minutes: rest / 60), rest % 60)
    }

    /// `20260630T215959Z`.
    public func utcText(of local: LocalDateTime, seconds: Int = 0) -> String {
        let (time, rest) = Self.split(utcSeconds(of: local, seconds: seconds))
        return ICSText.compact(time, seconds: rest) + "Z"
    }

    /// The VTIMEZONE component. Europe/Copenhagen is written with the EU rule (since
    /// 1996); any other zone with its actual changes over `years`, taken from the
    /// system's time zone data.
    public func component(years: ClosedRange<Int>) -> [String] {
        if identifier == Self.copenhagen { return Self.copenhagenComponent }
        return ["BEGIN:VTIMEZONE", "TZID:" + identifier] + observances(years: years) + ["END:VTIMEZONE"]
    }

    private func observances(years: ClosedRange<Int>) -> [String] {
        let start = (Day(year: years.lowerBound, month: 1, day: 1) ?? Day(ordinal: 0)).ordinal * 86_400
        let end = (Day(year: years.upperBound, month: 12, day: 31) ?? Day(ordinal: 0)).ordinal * 86_400
        let startDate = Date(timeIntervalSince1970: TimeInterval(start))
        let first = zone.secondsFromGMT(for: startDate)
        var lines = observance(at: start + first, from: first, to: first, daylight: zone.isDaylightSavingTime(for: startDate),
                               name: zone.abbreviation(for: startDate))
        var cursor = startDate
        while let change = zone.nextDaylightSavingTimeTransition(after: cursor), change.timeIntervalSince1970 < TimeInterval(end) {
            let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: change)
            lines += observance(at: Int(change.timeIntervalSince1970) + before, from: before, to: after,
                                daylight: zone.isDaylightSavingTime(for: change), name: zone.abbreviation(for: change))
            cursor = change
        }
        return lines
    }

    /// One STANDARD or DAYLIGHT observance starting at the wall-clock time `wall` (seconds).
    private func observance(at wall: Int, from: Int, to: Int, daylight: Bool, name: String?) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        let (time, seconds) = Self.split(wall)
        var lines = ["BEGIN:" + kind, "TZOFFSETFROM:" + Self.offset(from), "TZOFFSETTO:" + Self.offset(to)]
        if let name, !name.isEmpty { lines.append("TZNAME:" + ICSText.escape(name)) }
        lines += ["DTSTART:" + ICSText.compact(time, seconds: seconds), "END:" + kind]
        return lines
    }

    /// `+0100`, `-0330`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + Day.pad(minutes / 60, 2) + Day.pad(minutes % 60, 2)
    }

    /// Central European time with the EU's daylight-saving rule.
    static let copenhagenComponent = [
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
