/// Why the library is closed on a day: a public holiday, or one of its own closing days.
public enum Closure: Equatable, Sendable {
    case holiday(DanishHolidays.Holiday)
    case own(ClosingDay)

    /// `juledag`, `jul` (the library's own words), or empty when the library gave no reason.
    public func reason(_ language: Language) -> String {
        switch self {
        case .holiday(let holiday): return holiday.name(language)
        case .own(let closing): return closing.reason
        }
    }

    /// `lukket: juledag`, or `lukket` alone without a reason.
    public func text(_ language: Language) -> String {
        let reason = reason(language)
        return language.pick("lukket", "closed") + (reason.isEmpty ? "" : ": " + reason)
    }
}

/// The days a library is closed: the Danish public holidays (unless the library opens
/// on them) and the library's own closing days.
public struct ClosingCalendar: Sendable {
    private let own: [ClosingDay]
    private let holidaysClose: Bool

    public init(_ library: Library) {
        own = library.closingDays.sorted { $0.from < $1.from }
        holidaysClose = (library.openingHours?.publicHolidays ?? .closed) == .closed
    }

    /// Why the library is closed on the day, or nil when it is not. A public holiday
    /// names itself even inside a longer closing period of the library's own.
    public func closure(on day: Day) -> Closure? {
        if holidaysClose, let holiday = DanishHolidays.holiday(on: day) { return .holiday(holiday) }
        for closing in own where closing.range.contains(day) { return .own(closing) }
        return nil
    }

    /// The closed days within the range, as day ordinals (to leave out the occurrences that skip them).
    public func closedDays(in range: DayRange) -> Set<Int> {
        guard range.first <= range.last else { return [] }
        var days = Set<Int>()
        if holidaysClose {
            for year in range.first.year...range.last.year {
                for holiday in DanishHolidays.holidays(in: year) where range.contains(holiday.day) { days.insert(holiday.day.ordinal) }
            }
        }
        for closing in own {
            let first = max(closing.from, range.first), last = min(closing.to, range.last)
            guard first <= last else { continue }
            for ordinal in first.ordinal...last.ordinal { days.insert(ordinal) }
        }
        return days
    }
}
