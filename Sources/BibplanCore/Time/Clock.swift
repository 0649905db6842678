import Foundation

/// Today in a library's time zone. A server often runs on UTC; the counter in
/// Copenhagen must still see its own date just after midnight.
public enum LibraryClock {
    public static func today(in timeZone: String = Library.defaultTimeZone, now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: Library.defaultTimeZone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(ordinal: Int(now.timeIntervalSince1970) / 86_400)
    }
}
