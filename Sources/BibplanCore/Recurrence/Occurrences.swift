/// One occurrence of an event: the event's position in the library and the day.
public struct Occurrence: Hashable, Sendable, Comparable {
    public let eventIndex: Int
    public let start: LocalDateTime
    public let end: LocalDateTime
    /// The position of the override that changes this occurrence in the event's `overrides`.
    public let override: Int?
    /// Where the rule put it, when an override moved it (see `Occurrences+Overrides`).
    public let movedFrom: LocalDateTime?

    public init(eventIndex: Int, start: LocalDateTime, durationMinutes: Int, override: Int? = nil, movedFrom: LocalDateTime? = nil) {
        self.eventIndex = eventIndex
        self.start = start
        self.end = start.adding(minutes: durationMinutes)
        self.override = override
        self.movedFrom = movedFrom
    }

    public var day: Day { start.day }

    public static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.eventIndex < rhs.eventIndex
    }
}

/// Days an event occurs on: its rule (or its single start), moved off the library's
/// closed days when the event says so (`open`: the library's open days), less its exdates.
/// The exdates, overrides, shifts and cancellations of a moved time name the day it moved to.
public enum Occurrences {
    public static func days(of event: Event, rule: RecurrenceRule?, in range: DayRange, open: OpenDays? = nil) -> [Day] {
        let days: [Day]
        if let rule, let open, let step = event.onClosingDay.step {
            days = ClosingDayMove.days(of: rule, startingAt: event.start, in: range, step: step, open: open)
        } else if let rule {
            days = rule.days(startingAt: event.start, in: range)
        } else if event.rrule == nil {
            days = range.contains(event.start.day) ? [event.start.day] : []
        } else {
            days = [] // a rule that does not parse gives no occurrences
        }
        guard !event.exdates.isEmpty else { return days }
        return days.filter { !event.exdates.contains($0) }
    }

    public static func occurs(_ event: Event, rule: RecurrenceRule?, on day: Day, open: OpenDays? = nil) -> Bool {
        !days(of: event, rule: rule, in: DayRange(day: day), open: open).isEmpty
    }
}
