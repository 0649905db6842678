/// A calendar day in the library's own time zone (a civil date, no clock, no zone).
///
/// Stored as days since 1970-01-01 so that arithmetic and comparison are integer operations.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Nil when the triple is not a real date (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, year: year)).contains(day) else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        let parsed = text.utf8.withContiguousStorageIfAvailable { Day(isoBytes: $0) }
        guard let day = parsed ?? Array(text.utf8).withUnsafeBufferPointer({ Day(isoBytes: $0) }) else { return nil }
        self = day
    }

    /// Parses the UTF-8 bytes of `YYYY-MM-DD` exactly.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Day.number(bytes, 0, 4), let month = Day.number(bytes, 5, 2),
              let day = Day.number(bytes, 8, 2) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((ordinal % 7) + 7 + 3) % 7
        return Weekday(rawValue: index) ?? .monday
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day of month `count` months later, clamped to the month's length.
    public func adding(months count: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + count
        let newYear = total / 12, newMonth = total % 12 + 1
        let clamped = min(day, Day.length(ofMonth: newMonth, year: newYear))
        return Day(ordinal: Day.ordinal(year: newYear, month: newMonth, day: clamped))
    }

    /// Monday of this day's week (weeks start on Monday, as in Denmark and ISO 8601).
    public var startOfWeek: Day { adding(days: -weekday.index) }

    public var firstOfMonth: Day { Day(ordinal: Day.ordinal(year: year, month: month, day: 1)) }

    /// ISO 8601 week number (uge).
    public var isoWeek: Int {
        let thursday = adding(days: 3 - weekday.index)
        let firstOfYear = Day(ordinal: Day.ordinal(year: thursday.year, month: 1, day: 1))
        return (thursday.ordinal - firstOfYear.ordinal) / 7 + 1
    }

    public var iso: String {
        let (year, month, day) = components
        return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The decimal number in `count` bytes from `start`; nil if one is not a digit.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
            let digit = bytes[index] &- 48
            guard digit <= 9 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// Days of the week, Monday first.
public enum Weekday: Int, CaseIterable, Sendable, Hashable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var index: Int { rawValue }

    /// The two-letter RFC 5545 code (`MO` … `SU`).
    public var code: String { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue] }

    public init?(code: some StringProtocol) {
        guard let index = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].firstIndex(of: String(code)) else { return nil }
        self = Weekday.allCases[index]
    }
}

/// An inclusive range of days.
public struct DayRange: Hashable, Sendable {
    public let first: Day
    public let last: Day

    public init(_ first: Day, _ last: Day) {
        self.first = first
        self.last = last
    }

    public init(day: Day) { self.init(day, day) }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public var days: [Day] {
        guard first <= last else { return [] }
        return (first.ordinal...last.ordinal).map(Day.init(ordinal:))
    }
}
