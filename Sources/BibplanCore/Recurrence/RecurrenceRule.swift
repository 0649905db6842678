import Foundation

/// The RFC 5545 RRULE subset bibplan understands: FREQ (DAILY, WEEKLY, MONTHLY,
/// YEARLY), INTERVAL, BYDAY (with ordinals under MONTHLY and YEARLY), BYMONTHDAY,
/// BYMONTH, BYSETPOS, COUNT and UNTIL.
public struct RecurrenceRule: Equatable, Hashable, Sendable {
    public enum Frequency: String, CaseIterable, Sendable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// `2SA` is (2, saturday); `FR` is (nil, friday): every Friday of the period.
    public struct WeekdayOrdinal: Equatable, Hashable, Sendable {
        public var ordinal: Int?
        public var weekday: Weekday

        public init(_ ordinal: Int? = nil, _ weekday: Weekday) {
            self.ordinal = ordinal
            self.weekday = weekday
        }

        public var text: String { (ordinal.map(String.init) ?? "") + weekday.code }
    }

    public var frequency: Frequency
    public var interval: Int
    public var byDay: [WeekdayOrdinal]
    public var byMonthDay: [Int]
    public var byMonth: [Int]
    /// Which of each period's days to keep, counted in the period (`-1` is its last):
    /// `BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1` is the last weekday of the month.
    public var bySetPos: [Int]
    public var count: Int?
    /// Inclusive end, in local time.
    public var until: LocalDateTime?

    public init(frequency: Frequency, interval: Int = 1, byDay: [WeekdayOrdinal] = [], byMonthDay: [Int] = [],
                byMonth: [Int] = [], bySetPos: [Int] = [], count: Int? = nil, until: LocalDateTime? = nil) {
        self.frequency = frequency
        self.interval = interval
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byMonth = byMonth
        self.bySetPos = bySetPos
        self.count = count
        self.until = until
    }

    /// The rule in RRULE syntax, parts in a fixed order.
    public var text: String {
        var parts = ["FREQ=" + frequency.rawValue]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.text).joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if !byMonth.isEmpty { parts.append("BYMONTH=" + byMonth.map(String.init).joined(separator: ",")) }
        if !bySetPos.isEmpty { parts.append("BYSETPOS=" + bySetPos.map(String.init).joined(separator: ",")) }
        if let count { parts.append("COUNT=\(count)") }
        if let until {
            let compact = until.day.iso.replacingOccurrences(of: "-", with: "")
            parts.append("UNTIL=" + (until.minutes == Self.endOfDay ? compact : compact + "T" + until.clock.replacingOccurrences(of: ":", with: "") + "00"))
        }
        return parts.joined(separator: ";")
    }

    static let endOfDay = 24 * 60 - 1
}

/// A rule outside the subset or malformed: what, naming the part.
public struct RecurrenceRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
