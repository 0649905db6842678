import Foundation

/// Dates as people type them: `27/11`, `27-11-2026`, `27.11.26`, `27/11 2026`, `2026-11-27`.
extension Day {
    /// Nil when the text is not a date; a day and month without a year take the
    /// next such date from `today` on.
    public init?(typed text: String, today: Day) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Day(iso: trimmed) { self = iso; return }
        let parts = trimmed.split(whereSeparator: { "/-. ".contains($0) }).map(String.init)
        guard parts.count == 2 || parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        if parts.count == 3 {
            guard var year = Int(parts[2]) else { return nil }
            if parts[2].count == 2 { year += 2000 }
            guard let value = Day(year: year, month: month, day: day) else { return nil }
            self = value
            return
        }
        guard let thisYear = Day(year: today.year, month: month, day: day) ?? Day(year: today.year + 1, month: month, day: day) else { return nil }
        self = thisYear >= today ? thisYear : (Day(year: today.year + 1, month: month, day: day) ?? thisYear)
    }
}
