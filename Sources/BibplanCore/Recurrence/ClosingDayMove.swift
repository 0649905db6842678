/// The days a library is open: not a public holiday it closes on, not one of its own
/// closing days, and, when it gives opening hours, a weekday with hours (staffed or
/// self-service). A library that gives no hours is open every day it is not closed.
public struct OpenDays: Sendable {
    private let closing: ClosingCalendar
    /// Seven flags, Monday first; nil when the library gives no opening hours.
    private let weekdays: [Bool]?

    public init(_ library: Library) {
        closing = ClosingCalendar(library)
        if let hours = library.openingHours, !hours.isEmpty {
            weekdays = Weekday.allCases.map { !hours.open(on: $0).isEmpty }
        } else {
            weekdays = nil
        }
    }

    public func isOpen(_ day: Day) -> Bool {
        if let weekdays, !weekdays[day.weekday.index] { return false }
        return closing.closure(on: day) == nil
    }
}

/// A series whose times move off the days the library is not open (`onClosingDay`
/// `earlier` or `later`, remind's OMIT with BEFORE and AFTER): a time on a closed day
/// moves a day at a time to the nearest open day, never onto or past the neighbouring
/// time of the rule and at most `maximumDays` away; a time with no open day within
/// reach is left out. So "the last day of the month, earlier" is exactly the last
/// opening day of the month, and a month without one has no time.
public enum ClosingDayMove {
    /// The furthest a time moves: a month, so a monthly time never leaves its month.
    public static let maximumDays = 31

    /// The rule's days in `range` after the moves, in order (exdates not applied).
    public static func days(of rule: RecurrenceRule, startingAt start: LocalDateTime, in range: DayRange, step: Int,
                            open: OpenDays) -> [Day] {
        guard range.first <= range.last else { return [] }
        let window = DayRange(range.first.adding(days: -maximumDays), range.last.adding(days: maximumDays))
        let ruled = rule.days(startingAt: start, in: window)
        var result: [Day] = []
        for (position, day) in ruled.enumerated() {
            // A time moving earlier can only land in the range from inside it or after it, and the other way round.
            guard step < 0 ? day >= range.first : day <= range.last else { continue }
            let neighbour = position + step
            let bound = ruled.indices.contains(neighbour) ? ruled[neighbour] : nil
            if let moved = target(of: day, step: step, bound: bound, open: open), range.contains(moved) { result.append(moved) }
        }
        return result
    }

    /// The day itself when open, else the first open day in the direction of `step`
    /// before the neighbouring time `bound`; nil when there is none within reach.
    static func target(of day: Day, step: Int, bound: Day?, open: OpenDays) -> Day? {
        var candidate = day
        for _ in 0...maximumDays {
            if let bound, candidate == bound { return nil }
            if open.isOpen(candidate) { return candidate }
            candidate = candidate.adding(days: step)
        }
        return nil
    }
}
