import Foundation

/// A time zone that a time in an imported file is written in: one the system's time
/// zone data knows (an IANA name, found directly, through a Windows name or behind a
/// vendor's prefix), or one the file defines only by its VTIMEZONE rules.
struct ICSSourceZone: Sendable {
    enum Rules: Sendable {
        case system(TimeZone)
        case observances(ICSObservances)
    }

    /// The IANA name, or the file's TZID for a zone the file defines.
    let identifier: String
    let rules: Rules

    static let utc = ICSSourceZone(identifier: "UTC", rules: .system(TimeZone(secondsFromGMT: 0) ?? .current))

    /// Seconds east of UTC at a UTC time (seconds since 1970).
    func offset(atUTC seconds: Int) -> Int {
        switch rules {
        case .system(let zone): return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        case .observances(let observances): return observances.offset(atUTC: seconds)
        }
    }

    /// The UTC time of a wall-clock time here (both in seconds since 1970).
    func utcSeconds(ofWall wall: Int) -> Int { Self.utcSeconds(ofWall: wall, offset: offset(atUTC:)) }

    /// A wall-clock time in a zone whose offset at a UTC time is `offset`: a time
    /// skipped by the spring change is taken with the offset before it.
    static func utcSeconds(ofWall wall: Int, offset: (Int) -> Int) -> Int {
        let guess = wall - offset(wall)
        return wall - offset(guess)
    }
}

/// A zone from a VTIMEZONE: its STANDARD and DAYLIGHT observances, each starting
/// at its DTSTART and again on each day of its RRULE and at each RDATE.
struct ICSObservances: Sendable {
    struct Observance: Sendable {
        /// Wall-clock start in the offset before it.
        var start: LocalDateTime
        var offsetFrom: Int
        var offsetTo: Int
        var rule: RecurrenceRule?
        var extraStarts: [LocalDateTime]
    }

    var observances: [Observance]

    /// The offset of the latest observance begun by `seconds`; before any, the first one's offset before it.
    func offset(atUTC seconds: Int) -> Int {
        let year = ICSTimeZone.split(seconds).time.day.year
        var latest: (onset: Int, offset: Int)?
        for observance in observances {
            for onset in onsets(of: observance, years: (year - 1)...year) where onset <= seconds {
                if latest.map({ onset > $0.onset }) ?? true { latest = (onset, observance.offsetTo) }
            }
        }
        if let latest { return latest.offset }
        return observances.min { $0.start < $1.start }?.offsetFrom ?? 0
    }

    /// The UTC times (seconds) at which the observance begins in those years.
    private func onsets(of observance: Observance, years: ClosedRange<Int>) -> [Int] {
        let wall = { (time: LocalDateTime) in time.day.ordinal * 86_400 + time.minutes * 60 - observance.offsetFrom }
        var starts = ([observance.start] + observance.extraStarts).filter { years.contains($0.day.year) }
        if let rule = observance.rule, let first = Day(year: years.lowerBound, month: 1, day: 1),
           let last = Day(year: years.upperBound, month: 12, day: 31) {
            starts += rule.days(startingAt: observance.start, in: DayRange(first, last)).map {
                LocalDateTime(day: $0, minutes: observance.start.minutes)
            }
        }
        return starts.map(wall)
    }
}
