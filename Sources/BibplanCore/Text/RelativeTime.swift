import Foundation

/// How long ago, as a person says it: "lige nu", "for 5 minutter siden", "i går",
/// "for 2 dage siden" / "just now", "5 minutes ago", "yesterday", "2 days ago".
/// Calendar days ("i går") are counted in the library's time zone.
public enum RelativeTime {
    public static func text(_ moment: Date, now: Date, timeZone: String, language: Language) -> String {
        let seconds = now.timeIntervalSince(moment)
        // A moment ahead of the clock beyond a minute (another machine's clock): the time itself.
        guard seconds >= -60 else { return absolute(moment, timeZone: timeZone) }
        if seconds < 60 { return language.pick("lige nu", "just now") }
        if seconds < 3600 { return ago(Int(seconds / 60), .minute, language) }
        let days = calendarDays(from: moment, to: now, timeZone: timeZone)
        switch days {
        case ...0: return ago(Int(seconds / 3600), .hour, language)
        case 1: return language.pick("i går", "yesterday")
        case 2...13: return ago(days, .day, language)
        case 14...60: return ago(days / 7, .week, language)
        case 61...364: return ago(days / 30, .month, language)
        default: return ago(days / 365, .year, language)
        }
    }

    enum Unit {
        case minute, hour, day, week, month, year
    }

    static func ago(_ count: Int, _ unit: Unit, _ language: Language) -> String {
        let one = count == 1
        let danish: String, english: String
        switch unit {
        case .minute: (danish, english) = (one ? "minut" : "minutter", one ? "minute" : "minutes")
        case .hour: (danish, english) = (one ? "time" : "timer", one ? "hour" : "hours")
        case .day: (danish, english) = (one ? "dag" : "dage", one ? "day" : "days")
        case .week: (danish, english) = (one ? "uge" : "uger", one ? "week" : "weeks")
        case .month: (danish, english) = (one ? "måned" : "måneder", one ? "month" : "months")
        case .year: (danish, english) = ("år", one ? "year" : "years")
        }
        return language.pick("for \(count) \(danish) siden", "\(count) \(english) ago")
    }

    /// Midnights passed between the two moments on the library's wall clock.
    static func calendarDays(from moment: Date, to now: Date, timeZone: String) -> Int {
        let calendar = calendar(timeZone)
        let start = calendar.startOfDay(for: moment), end = calendar.startOfDay(for: now)
        return calendar.dateComponents([.day], from: start, to: end).day ?? 0
    }

    static func absolute(_ moment: Date, timeZone: String) -> String {
        let parts = calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + "-" + two(parts.month) + "-" + two(parts.day) + " " + two(parts.hour)
            + ":" + two(parts.minute)
    }

    private static func calendar(_ timeZone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }
}
