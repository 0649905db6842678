/// The interface language. Data is always shown as written.
public enum Language: String, Sendable, CaseIterable {
    case danish = "da", english = "en"

    /// From `LANG` (or `LC_ALL`/`LC_MESSAGES` when set): `da*` is Danish, anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.hasPrefix("da") ? .danish : .english }
        }
        return .english
    }

    /// Picks the text for this language.
    public func pick(_ danish: String, _ english: String) -> String { self == .danish ? danish : english }

    /// `45 %` in Danish (a space before the sign, as Danish writes it), `45%` in English.
    public func percent(_ value: Int) -> String { pick("\(value) %", "\(value)%") }
}

/// Names of days and months, and dates written out, without the system's locale files.
public enum DateNames {
    public static func weekday(_ weekday: Weekday, _ language: Language) -> String {
        let names = language == .danish
            ? ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return names[weekday.index]
    }

    public static func shortWeekday(_ weekday: Weekday, _ language: Language) -> String {
        let names = language == .danish
            ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"]
            : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return names[weekday.index]
    }

    public static func month(_ month: Int, _ language: Language) -> String {
        let names = language == .danish
            ? ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return names[(month - 1) % 12]
    }

    /// `fredag 27. november 2026` / `Friday 27 November 2026`.
    public static func long(_ day: Day, _ language: Language) -> String {
        let (year, month, dayNumber) = day.components
        let weekday = weekday(day.weekday, language)
        return language == .danish
            ? "\(weekday) \(dayNumber). \(self.month(month, language)) \(year)"
            : "\(weekday) \(dayNumber) \(self.month(month, language)) \(year)"
    }

    /// `fre 27/11` / `Fri 27 Nov`.
    public static func short(_ day: Day, _ language: Language) -> String {
        let (_, month, dayNumber) = day.components
        let weekday = shortWeekday(day.weekday, language)
        return language == .danish ? "\(weekday) \(dayNumber)/\(month)" : "\(weekday) \(dayNumber) \(self.month(month, language).prefix(3))"
    }

    /// `november 2026` / `November 2026`.
    public static func monthAndYear(_ day: Day, _ language: Language) -> String {
        "\(month(day.month, language)) \(day.year)"
    }

    /// `uge 48` / `week 48`.
    public static func week(_ day: Day, _ language: Language) -> String {
        language.pick("uge", "week") + " \(day.isoWeek)"
    }
}
