import Foundation

/// Dates as people type them: `27/11`, `27-11-2026`, `27.11.26`, `27/11 2026`, `2026-11-27`,
/// `27. november`, `27. november 2026`, `November 27, 2026`, `i dag`, `i morgen`, `mandag`.
extension Day {
    /// Nil when the text is not a date; a date without a year, and a weekday, take the
    /// next such day from `today` on (today included).
    public init?(typed text: String, today: Day) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Day(iso: trimmed) { self = iso; return }
        if let relative = Self.relative(trimmed.lowercased(), today: today) { self = relative; return }
        let parts = trimmed.split(whereSeparator: { "/-., ".contains($0) }).map { $0.lowercased() }
        guard let (day, month, year) = Self.dayMonthYear(parts) else { return nil }
        if let year {
            guard let value = Day(year: year, month: month, day: day) else { return nil }
            self = value
            return
        }
        guard let thisYear = Day(year: today.year, month: month, day: day) ?? Day(year: today.year + 1, month: month, day: day) else { return nil }
        self = thisYear >= today ? thisYear : (Day(year: today.year + 1, month: month, day: day) ?? thisYear)
    }

    /// `i dag`, `i morgen`, `i overmorgen`, `today`, `tomorrow`, and a weekday's name.
    private static func relative(_ text: String, today: Day) -> Day? {
        switch text {
        case "i dag", "idag", "today": return today
        case "i morgen", "imorgen", "tomorrow": return today.adding(days: 1)
        case "i overmorgen", "overmorgen": return today.adding(days: 2)
        default: break
        }
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        for weekday in Weekday.allCases {
            let names = Language.allCases.flatMap { [DateNames.weekday(weekday, $0).lowercased(), DateNames.shortWeekday(weekday, $0).lowercased()] }
            if names.contains(name) { return today.adding(days: (weekday.index - today.weekday.index + 7) % 7) }
        }
        return nil
    }

    /// Day, month (a number or a name, either order) and year if given; years of two digits are 20xx.
    private static func dayMonthYear(_ parts: [String]) -> (Int, Int, Int?)? {
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let year: Int?
        if parts.count == 3 {
            guard parts[2].count == 2 || parts[2].count == 4, let value = Int(parts[2]) else { return nil }
            year = parts[2].count == 2 ? 2000 + value : value
        } else {
            year = nil
        }
        if let day = Int(parts[0]), let month = Int(parts[1]) ?? monthNumber(parts[1]) { return (day, month, year) }
        if let month = monthNumber(parts[0]), let day = Int(parts[1]) { return (day, month, year) }
        return nil
    }

    /// `december`, `dec`, `December`: the month's number.
    static func monthNumber(_ word: String) -> Int? {
        for month in 1...12 {
            for language in Language.allCases {
                let name = DateNames.month(month, language).lowercased()
                if word == name || (word.count >= 3 && name.hasPrefix(word)) { return month }
            }
        }
        return word == "okt" ? 10 : nil
    }
}
