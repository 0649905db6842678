/// A wall-clock time in the library's time zone: a day and minutes after midnight.
///
/// Recurrence works on these civil values, so an event at 19:00 stays at 19:00
/// across the daylight-saving changes.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: Day
    public let minutes: Int

    public init(day: Day, minutes: Int) {
        self.day = day
        self.minutes = minutes
    }

    /// Parses `YYYY-MM-DDTHH:MM`.
    public init?(iso text: some StringProtocol) {
        let string = String(text)
        let bytes = Array(string.utf8)
        guard bytes.count == 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let day = Day(iso: string.prefix(10)),
              let hour = Day.number(bytes[11..<13]), let minute = Day.number(bytes[14..<16]),
              hour < 24, minute < 60 else { return nil }
        self.init(day: day, minutes: hour * 60 + minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var clock: String { Day.pad(hour, 2) + ":" + Day.pad(minute, 2) }

    public var iso: String { day.iso + "T" + clock }
    public var description: String { iso }

    /// Adds minutes, carrying over midnight.
    public func adding(minutes delta: Int) -> LocalDateTime {
        let total = minutes + delta
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return LocalDateTime(day: day.adding(days: days), minutes: total - days * 1440)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.day != rhs.day ? lhs.day < rhs.day : lhs.minutes < rhs.minutes
    }
}
